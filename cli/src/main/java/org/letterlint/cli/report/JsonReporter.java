package org.letterlint.cli.report;

import java.io.PrintWriter;
import org.letterlint.engine.LetterReport;
import org.letterlint.engine.RuleSet;
import org.letterlint.letter.ElementStatus;
import org.letterlint.letter.LetterType;
import org.letterlint.readability.ReadabilityScores;
import org.letterlint.rules.Finding;
import org.letterlint.rules.Severity;

/**
 * The JSON contract (docs/contract.md, version 1): one object on stdout. Fields are only ever
 * added, never renamed or removed; letterlint's additions are listed at the end of docs/contract.md.
 */
public final class JsonReporter implements Reporter {
    private final String version;
    private Json json;

    public JsonReporter(String version) {
        this.version = version;
    }

    @Override
    public void letter(LocatedReport letter, PrintWriter out) {
        file(json(out), letter);
    }

    @Override
    public void end(RunSummary summary, RuleSet rules, PrintWriter out) {
        Json json = json(out);
        json.endArray();
        json.name("errors").beginArray();
        for (InputError error : summary.errors()) {
            json.beginObject().value("path", error.path()).value("message", error.message()).endObject();
        }
        json.endArray();
        json.name("summary").beginObject()
                .value("files", summary.letters())
                .value("findings", summary.findings())
                .value("errors", summary.count(Severity.ERROR))
                .value("warnings", summary.count(Severity.WARNING))
                .value("infos", summary.count(Severity.INFO))
                .value("unreadable", summary.errors().size())
                .value("baselined", summary.baselined())
                .endObject();
        json.endObject();
        out.println();
        out.flush();
    }

    /** The writer, begun on first use: the header, then the files array the letters go in. */
    private Json json(PrintWriter out) {
        if (json == null) {
            json = new Json(true, out);
            json.beginObject();
            json.value("tool", "letterlint");
            json.value("version", version);
            json.name("files").beginArray();
        }
        return json;
    }

    private static void file(Json json, LocatedReport letter) {
        LetterReport report = letter.report();
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
        for (LocatedFinding f : letter.findings()) {
            finding(json, f);
        }
        json.endArray();
        json.name("elements").beginArray();
        for (ElementStatus e : report.facts().elements()) {
            json.beginObject().value("id", e.id()).value("required", e.required()).value("present", e.present());
            if (e.present()) {
                json.value("line", letter.lineOf(e.offset())).value("evidence", e.evidence());
            } else {
                json.name("line").raw("null").name("evidence").raw("null");
            }
            json.value("verdict", e.verdict().id());
            if (e.near() != null) {
                json.name("near").beginObject().value("line", letter.lineOf(e.near().offset())).value("evidence", e.near().text()).endObject();
            }
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void finding(Json json, LocatedFinding located) {
        Finding f = located.finding();
        json.beginObject()
                .value("rule", f.rule())
                .value("category", f.category().id())
                .value("severity", f.severity().id())
                .value("line", located.line()).value("column", located.column())
                .value("endLine", located.endLine()).value("endColumn", located.endColumn())
                .value("offset", f.start()).value("length", f.length())
                .value("text", f.text())
                .value("message", f.message());
        json.name("suggestions").beginArray();
        for (String s : f.suggestions()) {
            json.string(s);
        }
        json.endArray();
        json.name("also").beginArray();
        for (String rule : f.also()) {
            json.string(rule);
        }
        json.endArray();
        json.endObject();
    }
}
