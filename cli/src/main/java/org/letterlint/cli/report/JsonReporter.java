package org.letterlint.cli.report;

import java.io.PrintWriter;
import org.letterlint.engine.LetterReport;
import org.letterlint.engine.RuleSet;
import org.letterlint.letter.ElementStatus;
import org.letterlint.letter.LetterType;
import org.letterlint.readability.ReadabilityScores;
import org.letterlint.rules.Finding;
import org.letterlint.rules.Severity;
import org.letterlint.source.LineIndex;

/**
 * The JSON contract (docs/contract.md, version 1): one object on stdout. Fields are only ever
 * added, never renamed or removed; letterlint's additions are listed at the end of docs/contract.md.
 */
public final class JsonReporter implements Reporter {
    private final String version;

    public JsonReporter(String version) {
        this.version = version;
    }

    @Override
    public void write(RunResult result, RuleSet rules, PrintWriter out) {
        Json json = new Json(true);
        json.beginObject();
        json.value("tool", "letterlint");
        json.value("version", version);
        json.name("files").beginArray();
        for (LetterReport report : result.reports()) {
            file(json, report);
        }
        json.endArray();
        json.name("errors").beginArray();
        for (InputError error : result.errors()) {
            json.beginObject().value("path", error.path()).value("message", error.message()).endObject();
        }
        json.endArray();
        json.name("summary").beginObject()
                .value("files", result.reports().size())
                .value("findings", result.findings())
                .value("errors", result.count(Severity.ERROR))
                .value("warnings", result.count(Severity.WARNING))
                .value("infos", result.count(Severity.INFO))
                .value("unreadable", result.errors().size())
                .value("baselined", result.baselined())
                .endObject();
        json.endObject();
        out.println(json);
    }

    private static void file(Json json, LetterReport report) {
        json.beginObject();
        json.value("path", report.source().name());
        json.value("type", report.type().id());
        json.value("typeSource", report.typeSource().id());
        json.value("encoding", report.source().encoding());
        json.value("scheme", report.facts().scheme().name());
        if (report.type() == LetterType.OUTCOME) {
            json.value("upheld", report.facts().upheld());
        }
        ReadabilityScores r = report.readability();
        json.name("readability").beginObject()
                .value("words", r.words())
                .value("sentences", r.sentences())
                .value("syllables", r.syllables())
                .value("averageSentenceLength", r.averageSentenceLength())
                .value("fleschReadingEase", r.fleschReadingEase())
                .value("fleschKincaidGrade", r.fleschKincaidGrade())
                .value("readingAge", r.readingAge())
                .value("verdict", r.verdict())
                .endObject();
        json.name("findings").beginArray();
        for (Finding f : report.findings()) {
            finding(json, f, report.lines());
        }
        json.endArray();
        json.name("elements").beginArray();
        for (ElementStatus e : report.facts().elements()) {
            json.beginObject().value("id", e.id()).value("required", e.required()).value("present", e.present());
            if (e.present()) {
                json.value("line", report.lines().position(e.offset()).line()).value("evidence", e.evidence());
            } else {
                json.name("line").raw("null").name("evidence").raw("null");
            }
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void finding(Json json, Finding f, LineIndex lines) {
        LineIndex.Position start = lines.position(f.start());
        LineIndex.Position end = lines.position(f.end());
        json.beginObject()
                .value("rule", f.rule())
                .value("category", f.category().id())
                .value("severity", f.severity().id())
                .value("line", start.line()).value("column", start.column())
                .value("endLine", end.line()).value("endColumn", end.column())
                .value("offset", f.start()).value("length", f.length())
                .value("text", f.text())
                .value("message", f.message());
        json.name("suggestions").beginArray();
        for (String s : f.suggestions()) {
            json.string(s);
        }
        json.endArray();
        json.endObject();
    }
}
