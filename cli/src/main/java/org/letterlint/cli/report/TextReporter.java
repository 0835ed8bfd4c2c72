package org.letterlint.cli.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.letterlint.engine.LetterReport;
import org.letterlint.engine.RuleSet;
import org.letterlint.letter.ElementStatus;
import org.letterlint.letter.LetterType;
import org.letterlint.readability.Readability.HardSentence;
import org.letterlint.readability.ReadabilityScores;
import org.letterlint.rules.Finding;
import org.letterlint.rules.Severity;

/**
 * The report a caseworker reads in a terminal: each finding as {@code path:line:column severity
 * message [rule]}, the line with the words highlighted, the rewrites under it; then the letter's
 * readability against the plain-English target.
 */
public final class TextReporter implements Reporter {
    private static final int MAX_EXCERPT = 100;
    private final Terminal term;
    private boolean firstFile = true;

    public TextReporter(Terminal term) {
        this.term = term;
    }

    @Override
    public void letter(LocatedReport letter, PrintWriter out) {
        if (!firstFile) {
            out.println();
        }
        firstFile = false;
        file(letter, new Lines(out));
    }

    @Override
    public void end(RunSummary summary, RuleSet rules, PrintWriter out) {
        if (summary.letters() + summary.errors().size() > 1 || !summary.errors().isEmpty()) {
            out.println();
        }
        out.println(summary(summary));
        out.flush();
    }

    /**
     * The report's output, a line at a time: each line is defused (see {@link SafeText}) once it is
     * whole; every piece from a letter, a file name or a wordlist is escaped as it goes in.
     */
    private static final class Lines {
        private final PrintWriter out;

        Lines(PrintWriter out) {
            this.out = out;
        }

        void println(String line) {
            out.println(SafeText.defuseLine(line));
        }

        void println() {
            out.println();
        }
    }

    private static String safe(String s) {
        return SafeText.escape(s);
    }

    private void file(LocatedReport letter, Lines out) {
        LetterReport report = letter.report();
        String name = safe(letter.name());
        out.println(term.bold(name) + term.dim("  (" + typeLine(report) + ")"));
        for (LocatedFinding f : letter.findings()) {
            finding(letter, f, out);
        }
        if (letter.findings().isEmpty()) {
            out.println("  " + term.green("No findings."));
        }
        checklist(letter, out);
        readability(letter, out);
    }

    private static String typeLine(LetterReport report) {
        String type = report.type().id() + " letter";
        return switch (report.typeSource()) {
            case OPTION -> type + ", from --type";
            case CONFIG -> type + ", from the config";
            case DETECTED -> report.typeCue() == null
                    ? type + ", assumed: no clear cue in the text; use --type to say"
                    : type + ", detected from \u201c" + safe(report.typeCue()) + "\u201d; use --type to override";
        };
    }

    private void finding(LocatedReport letter, LocatedFinding located, Lines out) {
        Finding f = located.finding();
        String where = safe(letter.name()) + ":" + located.line() + ":" + located.column();
        out.println(where + "  " + severity(f.severity()) + "  " + safe(f.message()) + "  " + term.dim("[" + safe(f.rule()) + "]"));
        if (f.length() > 0) {
            excerpt(letter, f, located.line(), out);
        }
        if (!f.suggestions().isEmpty()) {
            String arrow = f.length() == 0 ? "    add: " : "    \u2192 ";
            List<String> shown = f.suggestions().stream().map(s -> s.isEmpty() ? "(leave it out)" : safe(s)).toList();
            out.println(arrow + term.green(String.join(term.dim(" | "), shown)));
        }
    }

    /** The finding's line, trimmed to fit, with the flagged words highlighted and underlined with carets. */
    private void excerpt(LocatedReport letter, Finding f, int line, Lines out) {
        String text = letter.report().source().text();
        int lineStart = letter.lineStart(line);
        int lineEnd = lineStart;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
            lineEnd++;
        }
        int spanEnd = Math.min(f.end(), lineEnd);
        int from = Math.max(lineStart, f.start() - 40);
        int to = Math.min(lineEnd, Math.max(spanEnd + 40, from + MAX_EXCERPT));
        if (to - from > MAX_EXCERPT + (spanEnd - f.start())) {
            to = Math.min(lineEnd, spanEnd + 40);
        }
        String before = (from > lineStart ? "\u2026" : "") + safe(text.substring(from, f.start()));
        String flagged = safe(text.substring(f.start(), spanEnd));
        String after = safe(text.substring(spanEnd, to)) + (to < lineEnd ? "\u2026" : "");
        out.println("    " + before + term.highlight(flagged) + after);
        if (!term.isColour()) {
            out.println("    " + " ".repeat(before.length()) + "^".repeat(Math.max(1, flagged.length())));
        }
    }

    private String severity(Severity s) {
        String label = String.format(Locale.ROOT, "%-7s", s.id());
        return switch (s) {
            case ERROR -> term.red(label);
            case WARNING -> term.yellow(label);
            case INFO -> term.blue(label);
        };
    }

    /** One line per required element: present, with where and a few words of evidence; or missing. */
    private void checklist(LocatedReport letter, Lines out) {
        LetterReport report = letter.report();
        List<ElementStatus> required = report.facts().elements().stream().filter(ElementStatus::required).toList();
        if (required.isEmpty()) {
            return;
        }
        out.println();
        String upheld = report.type() == LetterType.OUTCOME ? (report.facts().upheld() ? ", upholds part of the complaint" : ", upholds nothing") : "";
        String scheme = report.facts().scheme().isGeneric() ? "" : ", " + report.facts().scheme().name() + " scheme";
        out.println("  What " + article(report.type().id()) + " " + report.type().id() + " letter must say" + upheld + scheme + ":");
        for (ElementStatus e : required) {
            if (e.present()) {
                int line = letter.lineOf(e.offset());
                out.println("    " + term.green("\u2713") + " " + String.format(Locale.ROOT, "%-11s", e.id()) + term.dim("line " + line + ": " + safe(e.evidence())));
            } else {
                out.println("    " + term.red("\u2717") + " " + String.format(Locale.ROOT, "%-11s", e.id()) + term.red("missing"));
            }
        }
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private void readability(LocatedReport letter, Lines out) {
        LetterReport report = letter.report();
        ReadabilityScores r = report.readability();
        out.println();
        if (r.words() == 0) {
            out.println("  Readability: no prose to measure.");
            return;
        }
        String verdict = r.meetsTarget() ? term.green(r.verdict()) : term.yellow(r.verdict());
        out.println(String.format(Locale.ROOT, "  Readability: %s (Flesch Reading Ease %.1f; target %.0f or more)",
                verdict, r.fleschReadingEase(), ReadabilityScores.TARGET_READING_EASE));
        out.println(String.format(Locale.ROOT, "    Flesch-Kincaid grade %.1f, UK reading age %d (target %d to %d)",
                r.fleschKincaidGrade(), r.readingAge(), ReadabilityScores.TARGET_READING_AGE_MIN, ReadabilityScores.TARGET_READING_AGE_MAX));
        out.println(String.format(Locale.ROOT, "    %d words, %d sentences, %.1f words a sentence",
                r.words(), r.sentences(), r.averageSentenceLength()));
        if (!report.hardest().isEmpty()) {
            out.println("    Hardest sentences:");
            for (HardSentence hard : report.hardest()) {
                int line = letter.lineOf(hard.sentence().start());
                String sentence = report.source().text().substring(hard.sentence().start(), hard.sentence().end()).replaceAll("\\s+", " ");
                if (sentence.length() > 70) {
                    sentence = sentence.substring(0, 69) + "\u2026";
                }
                sentence = safe(sentence);
                out.println(String.format(Locale.ROOT, "      line %d (grade %.1f, %d words): %s", line, hard.grade(), hard.words(), term.dim(sentence)));
            }
        }
    }

    private String summary(RunSummary result) {
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        long infos = result.count(Severity.INFO);
        String files = plural(result.letters(), "letter");
        String text = files + " checked: " + plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(infos, "note");
        if (result.baselined() > 0) {
            text += " (" + plural(result.baselined(), "known finding") + " in the baseline not shown)";
        }
        if (!result.errors().isEmpty()) {
            text += "; " + plural(result.errors().size(), "input") + " could not be read";
        }
        return errors > 0 || !result.errors().isEmpty() ? term.red(text) : warnings > 0 ? term.yellow(text) : term.green(text);
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
