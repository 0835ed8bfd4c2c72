package org.letterlint.cli.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.letterlint.engine.RuleSet;
import org.letterlint.rules.Finding;
import org.letterlint.rules.RuleInfo;
import org.letterlint.rules.Severity;
import org.letterlint.source.LineIndex;

/**
 * SARIF 2.1.0 (OASIS), read by GitHub code scanning and other tools: the rules that fired with
 * their help text, each finding with its region, and a fix for each suggestion.
 */
public final class SarifReporter implements Reporter {
    private static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** Depth of the results array's items: document, runs, run, results. */
    private static final int RESULTS_DEPTH = 4;
    private final String version;
    private final List<String> ruleIds = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    /** The results, spooled: the rules they use come first in the file. */
    private final Spool spool = new Spool();
    private final PrintWriter resultsWriter = new PrintWriter(spool.writer());
    private final Json results = Json.part(true, resultsWriter, RESULTS_DEPTH);

    public SarifReporter(String version) {
        this.version = version;
    }

    @Override
    public void letter(LocatedReport letter, PrintWriter out) {
        for (LocatedFinding f : letter.findings()) {
            String rule = f.finding().rule();
            if (!index.containsKey(rule)) {
                index.put(rule, ruleIds.size());
                ruleIds.add(rule);
            }
            result(results, letter, f, index.get(rule));
        }
    }

    @Override
    public void end(RunSummary summary, RuleSet rules, PrintWriter out) {
        Json json = new Json(true, out);
        json.beginObject().value("$schema", SCHEMA).value("version", "2.1.0");
        json.name("runs").beginArray().beginObject();
        json.name("tool").beginObject().name("driver").beginObject()
                .value("name", "letterlint").value("version", version)
                .value("informationUri", "https://github.com/letterlint/letterlint");
        json.name("rules").beginArray();
        for (String id : ruleIds) {
            rule(json, id, rules.info(id));
        }
        json.endArray().endObject().endObject();
        json.name("results").beginArray();
        resultsWriter.flush();
        out.flush();
        spool.copyTo(out);
        json.join(results);
        json.endArray();
        json.name("invocations").beginArray().beginObject()
                .value("executionSuccessful", summary.errors().isEmpty());
        json.name("toolExecutionNotifications").beginArray();
        for (InputError error : summary.errors()) {
            json.beginObject().value("level", "error").name("message").beginObject().value("text", error.message()).endObject();
            json.name("locations").beginArray().beginObject().name("physicalLocation").beginObject()
                    .name("artifactLocation").beginObject().value("uri", uri(error.path())).endObject()
                    .endObject().endObject().endArray();
            json.endObject();
        }
        json.endArray().endObject().endArray();
        json.endObject().endArray().endObject();
        out.println();
        out.flush();
    }

    private static void rule(Json json, String id, RuleInfo info) {
        json.beginObject().value("id", id);
        if (info != null) {
            json.name("shortDescription").beginObject().value("text", info.summary()).endObject();
            json.name("fullDescription").beginObject().value("text", info.explanation()).endObject();
            json.name("help").beginObject()
                    .value("text", info.explanation() + " Example: " + info.example() + " Better: " + info.rewrite())
                    .endObject();
            json.name("defaultConfiguration").beginObject().value("level", level(info.severity())).endObject();
            json.name("properties").beginObject().value("category", info.category().id()).endObject();
        }
        json.endObject();
    }

    private static void result(Json json, LocatedReport letter, LocatedFinding located, int ruleIndex) {
        Finding f = located.finding();
        LineIndex.Position start = located.start();
        LineIndex.Position end = located.end();
        String uri = uri(letter.name());
        json.beginObject().value("ruleId", f.rule()).value("ruleIndex", ruleIndex).value("level", level(f.severity()));
        json.name("message").beginObject().value("text", f.message()).endObject();
        json.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
        json.name("artifactLocation").beginObject().value("uri", uri).endObject();
        region(json, start, end, f);
        json.endObject().endObject().endArray();
        if (f.length() > 0 && !f.suggestions().isEmpty()) {
            json.name("fixes").beginArray();
            for (String suggestion : f.suggestions()) {
                if (suggestion.contains("<")) {
                    continue; // a suggestion with gaps to fill is advice, not a fix a tool can apply
                }
                json.beginObject();
                json.name("description").beginObject().value("text", suggestion.isEmpty() ? "Delete '" + f.text() + "'" : "Replace with '" + suggestion + "'").endObject();
                json.name("artifactChanges").beginArray().beginObject();
                json.name("artifactLocation").beginObject().value("uri", uri).endObject();
                json.name("replacements").beginArray().beginObject();
                json.name("deletedRegion");
                json.beginObject().value("startLine", start.line()).value("startColumn", start.column())
                        .value("endLine", end.line()).value("endColumn", end.column()).endObject();
                json.name("insertedContent").beginObject().value("text", suggestion).endObject();
                json.endObject().endArray();
                json.endObject().endArray();
                json.endObject();
            }
            json.endArray();
        }
        json.endObject();
    }

    private static void region(Json json, LineIndex.Position start, LineIndex.Position end, Finding f) {
        json.name("region").beginObject().value("startLine", start.line()).value("startColumn", start.column());
        if (f.length() > 0) {
            json.value("endLine", end.line()).value("endColumn", end.column());
            json.name("snippet").beginObject().value("text", f.text()).endObject();
        }
        json.endObject();
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative URI reference for a path: forward slashes, spaces and other reserved characters escaped. */
    static String uri(String path) {
        String p = path.replace('\\', '/');
        StringBuilder out = new StringBuilder();
        // By code point, so a character outside the BMP is its own four UTF-8 bytes, not two '?'.
        p.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                for (byte b : Character.toString(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xFF));
                }
            }
        });
        return out.toString();
    }
}
