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
    private static final String INDENT = "    ";
    private final Terminal term;
    private final int width;
    private boolean firstFile = true;

    public TextReporter(Terminal term) {
        this(term, TextWidth.fromEnvironment());
    }

    /** @param width the columns to fit: messages wrap at word boundaries, excerpts and evidence are cut to fit */
    public TextReporter(Terminal term, int width) {
        this.term = term;
        this.width = width;
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
        for (String line : TextWidth.wrap(summary(summary), width, "  ")) {
            out.println(line);
        }
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
        List<String> head = TextWidth.wrap(name + "  (" + typeLine(report) + ")", width, INDENT);
        out.println(term.bold(head.get(0).startsWith(name) ? name : head.get(0)) + term.dim(head.get(0).startsWith(name) ? head.get(0).substring(name.length()) : ""));
        for (String more : head.subList(1, head.size())) {
            out.println(term.dim(more));
        }
        boolean any = false;
        for (LocatedFinding f : letter.findings()) {
            // A missing element is said once, in the checklist below, with its severity and what to add.
            if (missingElement(letter, f.finding()) == null) {
                finding(letter, f, out);
                any = true;
            }
        }
        if (!any) {
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
        String line = where + "  " + severity(f.severity()) + "  " + safe(f.message()) + "  " + term.dim("[" + safe(f.rule()) + "]");
        for (String part : TextWidth.wrap(line, width, INDENT)) {
            out.println(part);
        }
        if (f.length() > 0) {
            excerpt(letter, f, located.line(), out);
        }
        if (!f.suggestions().isEmpty()) {
            String arrow = f.length() == 0 ? "    add: " : "    \u2192 ";
            List<String> shown = f.suggestions().stream().map(s -> s.isEmpty() ? "(leave it out)" : safe(s)).toList();
            for (String part : TextWidth.wrap(arrow + String.join(" | ", shown), width, "      ")) {
                out.println(term.green(part));
            }
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
        int room = Math.max(20, width - INDENT.length() - 2);
        // A flagged span longer than the line's room (a long sentence) is shown as its opening words.
        int spanEnd = Math.min(Math.min(f.end(), lineEnd), f.start() + room);
        // The flagged words with as much context as fits: up to a third of the room before them.
        int context = Math.max(0, room - (spanEnd - f.start()));
        int from = Math.max(lineStart, f.start() - Math.min(context / 3, 40));
        int to = Math.min(lineEnd, spanEnd + (context - (f.start() - from)));
        from = Math.max(lineStart, Math.min(from, to - room));
        // Never cut between the two halves of a character outside the BMP (an emoji, say).
        if (from > lineStart && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        if (to < lineEnd && to > spanEnd && Character.isHighSurrogate(text.charAt(to - 1))) {
            to--;
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
                String where = "line " + line + ": ";
                String evidence = TextWidth.cut(safe(e.evidence()), Math.max(10, width - 18 - where.length()));
                out.println("    " + term.green("\u2713") + " " + String.format(Locale.ROOT, "%-11s", e.id()) + term.dim(where + evidence));
            } else {
                LocatedFinding finding = letter.findings().stream().filter(f -> e.id().equals(missingElement(letter, f.finding()))).findFirst().orElse(null);
                String mark = "    " + (e.verdict() == ElementStatus.Verdict.UNSURE ? term.yellow("?") : term.red("\u2717")) + " "
                        + String.format(Locale.ROOT, "%-11s", e.id());
                if (finding == null) {
                    // Its finding is hidden (--min-severity, a suppression, the baseline): still say it is missing.
                    out.println(mark + term.red("missing"));
                    continue;
                }
                Finding f = finding.finding();
                String what = e.summary().substring(0, 1).toLowerCase(Locale.ROOT) + e.summary().substring(1);
                // How sure: missing outright, or a sentence that may give it in other words.
                String verdict = switch (e.verdict()) {
                    case UNSURE -> "not sure (" + f.severity().id() + "): " + safe(what) + "; line "
                            + letter.lineOf(e.near().offset()) + " may give it: \"" + safe(e.near().text()) + "\"";
                    default -> "missing (" + f.severity().id() + "): " + safe(what);
                };
                List<String> lines = TextWidth.wrap(verdict + "  [" + safe(f.rule()) + "]", width - 17, "");
                for (int i = 0; i < lines.size(); i++) {
                    String line = f.severity() == Severity.ERROR ? term.red(lines.get(i)) : term.yellow(lines.get(i));
                    out.println((i == 0 ? mark : " ".repeat(17)) + line);
                }
                if (!f.suggestions().isEmpty() && !f.suggestions().get(0).isEmpty()) {
                    for (String part : TextWidth.wrap("                 add: " + safe(f.suggestions().get(0)), width, "                      ")) {
                        out.println(term.green(part));
                    }
                }
            }
        }
    }

    /** The id of the required element a finding reports missing, or null if it is not such a finding. */
    private static String missingElement(LocatedReport letter, Finding f) {
        String id = org.letterlint.rules.RequiredElementRule.missingElement(f);
        return id != null && letter.report().facts().elements().stream().anyMatch(e -> e.required() && !e.present() && e.id().equals(id)) ? id : null;
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
                String sentence = safe(report.source().text().substring(hard.sentence().start(), hard.sentence().end()).replaceAll("\\s+", " "));
                String head = String.format(Locale.ROOT, "      line %d (grade %.1f, %d words): ", line, hard.grade(), hard.words());
                out.println(head + term.dim(TextWidth.cut(sentence, Math.max(20, width - head.length()))));
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
