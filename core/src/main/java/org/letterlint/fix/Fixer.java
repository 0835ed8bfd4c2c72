package org.letterlint.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.letterlint.rules.Finding;
import org.letterlint.rules.RuleInfo;

/**
 * Applies suggestions to a letter's text. A suggestion replaces the finding's words; an empty
 * suggestion deletes them with one space beside them, so no double space is left. Only "safe"
 * suggestions are applied automatically: a plain replacement (no &lt;gap&gt; for the author to fill)
 * from a rule that declares itself fixable (jargon, spelling, wordiness: see {@link RuleInfo#fixable()}),
 * never a rewrite of meaning or of a sentence's construction.
 */
public final class Fixer {

    private Fixer() {
    }

    /**
     * The text with one suggestion applied in place of the finding's words. A deletion takes one
     * space with it, and at the start of a sentence gives the next word a capital.
     */
    public static String apply(String text, Finding finding, String suggestion) {
        return apply(text, finding.start(), finding.end(), suggestion);
    }

    private static String apply(String text, int start, int end, String suggestion) {
        if (!suggestion.isEmpty()) {
            return text.substring(0, start) + suggestion + text.substring(end);
        }
        if (end < text.length() && text.charAt(end) == ' ') {
            end++;
        } else if (start > 0 && text.charAt(start - 1) == ' ') {
            start--;
        }
        String rest = text.substring(end);
        if (startsSentence(text, start) && !rest.isEmpty() && Character.isLowerCase(rest.charAt(0))) {
            rest = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        return text.substring(0, start) + rest;
    }

    private static boolean startsSentence(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || ".?!:".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * True when a finding's first suggestion can be applied without asking the author: a plain
     * word-level replacement that does not repeat the word next to it ("passed to to").
     */
    public static boolean isSafe(String text, Finding f, RuleInfo about) {
        if (!about.fixable() || f.length() == 0 || f.suggestions().isEmpty() || !f.fitsInPlace()) {
            return false;
        }
        String first = f.suggestions().get(0);
        if (first.contains("<")) {
            return false;
        }
        String[] words = first.strip().split("\\s+");
        return first.isEmpty() || !words[words.length - 1].equalsIgnoreCase(wordAfter(text, f.end()))
                && !words[0].equalsIgnoreCase(wordBefore(text, f.start()));
    }

    private static String wordAfter(String text, int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return text.substring(i, j);
    }

    private static String wordBefore(String text, int offset) {
        int j = offset;
        while (j > 0 && text.charAt(j - 1) == ' ') {
            j--;
        }
        int i = j;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i, j);
    }

    /**
     * The text with every safe fix applied; where fixes overlap, the first in the text wins. Each
     * rewrite is tried in its sentence first: if the proofreader finds a problem there that the
     * sentence did not have, or it leaves a word doubled, it is refused (still offered, never applied).
     */
    public static Result applySafe(String text, List<Finding> findings, Function<Finding, RuleInfo> about, Proofreader proofreader) {
        List<Finding> candidates = new ArrayList<>();
        int lastEnd = -1;
        for (Finding f : findings.stream().filter(x -> isSafe(text, x, about.apply(x))).sorted(Comparator.comparingInt(Finding::start)).toList()) {
            if (f.start() >= lastEnd) {
                candidates.add(f);
                lastEnd = f.end();
            }
        }
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (Finding f : candidates) {
            int from = sentenceStart(text, f.start());
            int to = sentenceEnd(text, f.end());
            String sentence = text.substring(from, to);
            before.add(flat(sentence));
            after.add(flat(apply(sentence, f.start() - from, f.end() - from, f.suggestions().get(0))));
        }
        List<String> both = new ArrayList<>(before);
        both.addAll(after);
        List<List<String>> problems = candidates.isEmpty() ? List.of() : proofreader.problems(both);
        List<Finding> chosen = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            List<String> gained = new ArrayList<>(problems.get(candidates.size() + i));
            problems.get(i).forEach(gained::remove);
            if (doubledWords(after.get(i)) > doubledWords(before.get(i))) {
                gained.add("doubled-word");
            }
            if (gained.isEmpty()) {
                chosen.add(candidates.get(i));
            } else {
                refused.add(new Refusal(candidates.get(i), after.get(i), List.copyOf(gained)));
            }
        }
        String fixed = text;
        for (int i = chosen.size() - 1; i >= 0; i--) {
            fixed = apply(fixed, chosen.get(i), chosen.get(i).suggestions().get(0));
        }
        return new Result(fixed, chosen, refused);
    }

    /** A letter's hard-wrapped lines read as one sentence. */
    private static String flat(String sentence) {
        return sentence.replaceAll("\\s*\\n\\s*", " ").strip();
    }

    /** Where the sentence holding {@code offset} starts: after the last full stop, ?, ! or blank line before it. */
    private static int sentenceStart(String text, int offset) {
        for (int i = offset - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) && (".?!".indexOf(text.charAt(i - 1)) >= 0 || c == '\n' && text.charAt(i - 1) == '\n')) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Where the sentence holding {@code offset} ends: after the next full stop, ?, ! or at a blank line. */
    private static int sentenceEnd(String text, int offset) {
        for (int i = offset; i < text.length(); i++) {
            char c = text.charAt(i);
            if (".?!".indexOf(c) >= 0 && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                return i;
            }
        }
        return text.length();
    }

    /** How many times a word is written twice in a row ("about about"). */
    static int doubledWords(String sentence) {
        String[] words = sentence.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}']+");
        int doubled = 0;
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && words[i].equals(words[i - 1])) {
                doubled++;
            }
        }
        return doubled;
    }

    /** The fixed text, the findings whose suggestions were applied, and those refused. */
    public record Result(String text, List<Finding> applied, List<Refusal> refused) {
    }

    /** A safe-looking rewrite that was not applied: the sentence it gave, and what was wrong with it. */
    public record Refusal(Finding finding, String sentence, List<String> problems) {
    }
}
