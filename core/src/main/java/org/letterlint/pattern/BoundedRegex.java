package org.letterlint.pattern;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression from a user's configuration (a placeholder style), run with a step budget so
 * that one that backtracks catastrophically cannot hang a run: {@code (a+)+$} on a line of thirty
 * a's followed by a full stop needs a billion steps.
 *
 * <p>A step is one read of a character: the text is handed to {@code java.util.regex} through a
 * {@link CharSequence} that counts its {@code charAt} calls and throws once the budget is spent.
 * Counting reads, not time, makes the outcome the same on every machine and under any load, and
 * needs no library and no thread. RE2/J (linear time by design) was the alternative; it was not
 * chosen because it has no look-around or backreferences and differs from {@code java.util.regex}
 * in details of syntax, so configurations already written and tested against Java's regular
 * expressions would change meaning or stop loading.
 *
 * <p>Two checks use the budget. {@link #problem} tries a pattern at load on short adversarial texts
 * (runs of letters, digits, spaces and of the pattern's own characters, after its leading literal
 * text); one that needs more than 1,000 steps a character there backtracks exponentially (or as a
 * cube or worse) and is refused with a reason. A pattern that passes can still be quadratic on a long
 * stretch no letter has (thousands of "{{" with no "}}"): {@link #findAll} then stops it after
 * {@code STEPS_PER_CHAR} steps per character of the letter, plus {@link #BASE_STEPS}, and throws
 * {@link BudgetExceededException}.
 */
public final class BoundedRegex {
    /**
     * Steps allowed per character searched: a linear pattern needs a handful, the built-in ones at
     * most about 80 (a bounded repeat of 80 tried from each start). The regex engine reads some 40
     * million characters a second on a busy machine, so on a 2 MiB letter a runaway pattern is
     * stopped within a few seconds.
     */
    public static final long STEPS_PER_CHAR = 100;
    /**
     * Steps a character allowed on a probe at load: ten times the budget on a letter, so a pattern
     * that is merely quadratic (fine on any real letter) passes on a run of 100, and one that is
     * cubic or exponential does not.
     */
    private static final long PROBE_STEPS_PER_CHAR = 1_000;
    /** Steps allowed on top, so a short letter is not held to a tiny budget. */
    public static final long BASE_STEPS = 1_000_000;
    /**
     * Long enough for exponential backtracking to show, short enough that quadratic work passes; two
     * lengths, as Java gives up some kinds of backtracking only on longer runs.
     */
    private static final List<Integer> PROBE_LENGTHS = List.of(30, 100);
    private static final List<String> PROBE_UNITS = List.of(
            "a", "A", "0", " ", "\t", "\n", "_", ".", "-", "/", ":", "'", "a ", "a.", "a-", "a_", "aA0", "0 ", "a\n");
    /** After the run: nothing, a character hardly any pattern expects, a line break. */
    private static final List<String> PROBE_ENDS = List.of("", "\u0001", "\n");

    private final String source;
    private final Pattern pattern;

    private BoundedRegex(String source, Pattern pattern) {
        this.source = source;
        this.pattern = pattern;
    }

    /** @throws java.util.regex.PatternSyntaxException when the text is not a regular expression */
    public static BoundedRegex compile(String regex) {
        return new BoundedRegex(regex, Pattern.compile(regex));
    }

    public String source() {
        return source;
    }

    /** The spans the pattern matches. */
    @FunctionalInterface
    public interface MatchConsumer {
        void match(int start, int end);
    }

    /**
     * Passes each match in {@code [from, to)} of the text to {@code consumer}, left to right, within a
     * budget of {@link #BASE_STEPS} plus {@link #STEPS_PER_CHAR} a character of the range.
     *
     * @throws BudgetExceededException when the pattern spends its budget; matches passed on before then stand
     */
    public void findAll(CharSequence text, int from, int to, MatchConsumer consumer) {
        findAll(text, from, to, BASE_STEPS + STEPS_PER_CHAR * Math.max(0, to - from), consumer);
    }

    private void findAll(CharSequence text, int from, int to, long budget, MatchConsumer consumer) {
        Matcher m = pattern.matcher(new CountingText(text, budget, source)).region(from, to);
        try {
            while (m.find()) {
                consumer.match(m.start(), m.end());
            }
        } catch (StackOverflowError e) {
            // Java matches each repetition of a group one level deeper; a long enough run overflows.
            throw new BudgetExceededException(source, "its repeated group nests too deep on this text");
        }
    }

    /**
     * Why the pattern is too slow to use, in a few words, or empty when it is fine: it is tried on
     * short adversarial texts, each with a budget of 1,000 steps a character.
     */
    public static Optional<String> problem(String regex) {
        BoundedRegex bounded = compile(regex);
        for (Probe probe : probes(regex)) {
            long budget = PROBE_STEPS_PER_CHAR * probe.text().length();
            try {
                bounded.findAll(probe.text(), 0, probe.text().length(), budget, (s, e) -> { });
            } catch (BudgetExceededException e) {
                return Optional.of("is too slow: on " + probe.description() + " it needs more than "
                        + String.format(Locale.ROOT, "%,d", budget) + " steps; repeats that can match the same text, as in"
                        + " (.*,){11}, backtrack without end: make each repeat match less (e.g. [^,]{0,40} for .*)");
            }
        }
        return Optional.empty();
    }

    /** A text tried at load, and how to describe it in a message. */
    record Probe(String text, String description) {
    }

    /** Each run after nothing and after the pattern's leading literal, followed by each ending. */
    static List<Probe> probes(String regex) {
        List<Probe> probes = new ArrayList<>();
        String literal = leadingLiteral(regex);
        for (String prefix : literal.isEmpty() ? List.of("") : List.of("", literal)) {
            for (String unit : units(regex)) {
                for (int length : PROBE_LENGTHS) {
                    for (String end : PROBE_ENDS) {
                        String text = prefix + unit.repeat(Math.max(1, length / unit.length())) + end;
                        probes.add(new Probe(text, describe(prefix, unit)));
                    }
                }
            }
        }
        return probes;
    }

    /** The probe runs: common characters, and each character the pattern itself names. */
    private static Set<String> units(String regex) {
        Set<String> units = new LinkedHashSet<>(PROBE_UNITS);
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(++i);
                if (!Character.isLetterOrDigit(next)) {
                    units.add(String.valueOf(next)); // an escaped literal such as \{ or \.
                }
            } else if (c >= ' ' && c != '\\') {
                units.add(String.valueOf(c));
            }
        }
        return units;
    }

    /** The literal text a pattern starts with ("{{" for \{\{...), after any (?i)-style flags. */
    static String leadingLiteral(String regex) {
        int i = 0;
        if (regex.startsWith("(?") && regex.indexOf(')') > 2 && regex.substring(2, regex.indexOf(')')).matches("[a-zA-Z-]+")) {
            i = regex.indexOf(')') + 1;
        }
        StringBuilder literal = new StringBuilder();
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length() && !Character.isLetterOrDigit(regex.charAt(i + 1))) {
                literal.append(regex.charAt(i + 1));
                i += 2;
            } else if ("\\[](){}.*+?^$|".indexOf(c) < 0) {
                literal.append(c);
                i++;
            } else {
                break;
            }
        }
        // A quantifier after the last literal character applies to it alone, so that one is not fixed.
        if (i < regex.length() && "*+?{".indexOf(regex.charAt(i)) >= 0 && literal.length() > 0) {
            literal.setLength(literal.length() - 1);
        }
        return literal.toString();
    }

    private static String describe(String prefix, String unit) {
        String run = "a run of " + shown(unit);
        return prefix.isEmpty() ? run : shown(prefix) + " then " + run;
    }

    private static String shown(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            out.append(switch (c) {
                case '\n' -> "\\n";
                case '\t' -> "\\t";
                case '"' -> "\\\"";
                default -> c < ' ' ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c);
            });
        }
        return out.append('"').toString();
    }

    /** A pattern spent its budget on a text. The message names the pattern (the user's own words), never the text. */
    public static final class BudgetExceededException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String regex;

        BudgetExceededException(String regex, String why) {
            super("the pattern '" + regex + "' " + why, null, false, false);
            this.regex = regex;
        }

        public String regex() {
            return regex;
        }
    }

    /** The text as the regex engine reads it, one counted character at a time. */
    private static final class CountingText implements CharSequence {
        private final CharSequence text;
        private final String regex;
        private long remaining;

        CountingText(CharSequence text, long budget, String regex) {
            this.text = text;
            this.remaining = budget;
            this.regex = regex;
        }

        @Override
        public char charAt(int index) {
            if (--remaining < 0) {
                throw new BudgetExceededException(regex, "needs too many steps on this text");
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
