package org.letterlint.cli.report;

import java.io.PrintWriter;
import java.nio.file.Path;
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
    private static final String SRCROOT = "%SRCROOT%";
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
        // Relative paths are relative to the folder letterlint ran in: %SRCROOT%, which code-scanning
        // tools map to the repository root, so findings land on the right files.
        json.name("originalUriBaseIds").beginObject().name(SRCROOT).beginObject()
                .value("uri", Path.of("").toAbsolutePath().toUri().toString()).endObject().endObject();
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
            json.name("locations").beginArray().beginObject().name("physicalLocation").beginObject().name("artifactLocation");
            artifactLocation(json, error.path());
            json.endObject().endObject().endArray();
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
        String path = letter.name();
        json.beginObject().value("ruleId", f.rule()).value("ruleIndex", ruleIndex).value("level", level(f.severity()));
        json.name("message").beginObject().value("text", f.message()).endObject();
        json.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
        json.name("artifactLocation");
        artifactLocation(json, path);
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
                json.name("artifactLocation");
                artifactLocation(json, path);
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

    /**
     * An artifact location: a relative path becomes a relative URI against %SRCROOT%; an absolute
     * one a file: URI of its own.
     */
    private static void artifactLocation(Json json, String path) {
        String p = path.replace('\\', '/');
        json.beginObject();
        if (p.startsWith("/")) {
            json.value("uri", "file://" + uri(p));
        } else {
            json.value("uri", uri(p.startsWith("./") ? p.substring(2) : p)).value("uriBaseId", SRCROOT);
        }
        json.endObject();
    }

    /** A URI reference for a path: forward slashes kept, every other reserved or non-ASCII character percent-encoded as UTF-8. */
    static String uri(String path) {
        StringBuilder out = new StringBuilder();
        path.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        });
        return out.toString();
    }
}
