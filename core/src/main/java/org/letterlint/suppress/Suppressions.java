package org.letterlint.suppress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letterlint.rules.Category;
import org.letterlint.rules.Finding;
import org.letterlint.rules.Severity;
import org.letterlint.source.LineIndex;

/**
 * Inline suppressions, written in whatever comment syntax the template language has
 * ({@code {# #}}, {@code <!-- -->}, {@code #}, {@code //}):
 * <pre>
 *   {# letterlint-disable-next-line jargon.escalate, acronym.undefined #}
 *   &lt;!-- letterlint-disable defensive.* --&gt; ... &lt;!-- letterlint-enable defensive.* --&gt;
 * </pre>
 * A "disable" with no "enable" lasts to the end of the letter. A directive that suppresses nothing
 * is reported as a note, so stale ones get cleaned up.
 */
public final class Suppressions {
    public static final String UNUSED_ID = "style.unused-suppression";

    /** The note about a stale suppression is a finding like any other, so {@code explain} and SARIF can describe it. */
    public static final org.letterlint.rules.RuleInfo UNUSED = new org.letterlint.rules.RuleInfo(UNUSED_ID, Category.STYLE, Severity.INFO,
            "A letterlint-disable comment that suppresses nothing",
            "A suppression that no longer hides anything (the words were rewritten, or the rule changed) only hides the next"
                    + " real problem at that place. Remove it, so the letter is checked in full.",
            "{# letterlint-disable-next-line jargon.escalate #} above a line that no longer says \"escalate\"",
            "(remove the comment)", org.letterlint.rules.RuleInfo.Kind.WORDS, org.letterlint.rules.RuleInfo.Origin.LETTERLINT,
            true); // fix removes a stale comment, as ESLint removes unused disable directives

    /*
     * The rest of the line is taken whole and its closing comment cut off afterwards: matching it
     * lazily tried the closer from every position, the square of a line of spaces. Nor does a
     * pattern start on each space of a long run: the opener is optional only with its spaces.
     */
    private static final Pattern DIRECTIVE = Pattern.compile(
            "(?:(\\{#|<!--|/\\*|//|#|%)[ \\t]{0,40})?letterlint-(disable-next-line|disable|enable)\\b([^\\r\\n\\u0085\\u2028\\u2029]*)");
    private static final List<String> CLOSERS = List.of("#}", "-->", "*/");

    private final List<Directive> directives;

    private final Map<Integer, List<Integer>> nextLine = new HashMap<>();
    private final Map<String, int[]> regionAfter = new HashMap<>();

    private Suppressions(List<Directive> directives) {
        this.directives = List.copyOf(directives);
        for (int i = 0; i < this.directives.size(); i++) {
            Directive d = this.directives.get(i);
            if (d.kind() == Directive.Kind.DISABLE_NEXT_LINE) {
                nextLine.computeIfAbsent(d.line(), k -> new ArrayList<>()).add(i);
            }
        }
    }

    public static Suppressions parse(String text) {
        LineIndex lines = new LineIndex(text);
        List<Directive> found = new ArrayList<>();
        Matcher m = DIRECTIVE.matcher(text);
        while (m.find()) {
            Directive.Kind kind = Directive.Kind.valueOf(m.group(2).toUpperCase(Locale.ROOT).replace('-', '_'));
            List<String> rules = new ArrayList<>();
            for (String rule : withoutCloser(m.group(3)).split("[,\\s]+")) {
                if (!rule.isBlank()) {
                    rules.add(rule.strip());
                }
            }
            int start = m.start(1) >= 0 ? m.start(1) : m.start(2) - "letterlint-".length();
            found.add(new Directive(kind, rules, lines.position(start).line(), start, m.end()));
        }
        return new Suppressions(found);
    }

    /** The rule list of a directive: the rest of its line without a closing comment and the spaces around it. */
    private static String withoutCloser(String rest) {
        String trimmed = stripTrailingSpaces(rest);
        for (String closer : CLOSERS) {
            if (trimmed.endsWith(closer)) {
                return stripTrailingSpaces(trimmed.substring(0, trimmed.length() - closer.length()));
            }
        }
        return trimmed;
    }

    private static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(0, end);
    }

    public List<Directive> directives() {
        return directives;
    }

    /**
     * The findings that no directive suppresses, plus a note for each directive that suppressed
     * nothing.
     */
    public List<Finding> apply(List<Finding> findings, LineIndex lines, String text) {
        if (directives.isEmpty()) {
            return findings;
        }
        boolean[] used = new boolean[directives.size()];
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            int line = lines.position(f.start()).line();
            int by = suppressor(f.rule(), line);
            if (by < 0) {
                kept.add(f);
            } else {
                used[by] = true;
            }
        }
        for (int i = 0; i < directives.size(); i++) {
            Directive d = directives.get(i);
            if (!used[i] && d.kind() != Directive.Kind.ENABLE) {
                String written = text.substring(d.start(), d.end());
                kept.add(new Finding(UNUSED_ID, Category.STYLE, Severity.INFO, d.start(), d.end(), written,
                        "This suppression is not needed: nothing here is flagged" + (d.rules().isEmpty() ? "." : " by " + String.join(", ", d.rules()) + "."),
                        List.of("")));
            }
        }
        kept.sort(java.util.Comparator.comparingInt(Finding::start).thenComparing(Finding::rule));
        return kept;
    }

    /**
     * The index of the directive that suppresses a finding of the rule on the line, or -1. Each
     * answer is looked up (comparing each finding with every directive took the square of a letter
     * of directives): next-line directives by line, and for regions, the state after each directive,
     * worked out once per rule.
     */
    private int suppressor(String rule, int line) {
        for (int i : nextLine.getOrDefault(line - 1, List.of())) {
            if (directives.get(i).covers(rule)) {
                return i;
            }
        }
        int before = directivesBefore(line);
        return before == 0 ? -1 : regionAfter.computeIfAbsent(rule, this::regions)[before - 1];
    }

    /** For each directive, the open region covering the rule once it is read (-1 for none). */
    private int[] regions(String rule) {
        int[] after = new int[directives.size()];
        int region = -1;
        for (int i = 0; i < directives.size(); i++) {
            Directive d = directives.get(i);
            if (d.kind() == Directive.Kind.DISABLE && d.covers(rule)) {
                region = i;
            } else if (d.kind() == Directive.Kind.ENABLE && d.covers(rule) && region >= 0 && coversSame(directives.get(region), d, rule)) {
                region = -1;
            }
            after[i] = region;
        }
        return after;
    }

    /** How many directives stand on lines before this one (directives are in text order). */
    private int directivesBefore(int line) {
        int lo = 0;
        int hi = directives.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (directives.get(mid).line() < line) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean coversSame(Directive disable, Directive enable, String rule) {
        return enable.rules().isEmpty() || enable.covers(rule);
    }
}
