package org.letterlint.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.letterlint.rules.Category;
import org.letterlint.rules.Finding;

/**
 * Applies suggestions to a letter's text. A suggestion replaces the finding's words; an empty
 * suggestion deletes them with one space beside them, so no double space is left. Only "safe"
 * suggestions are applied automatically: a plain replacement (no &lt;gap&gt; for the author to fill)
 * for a word-level problem (jargon, spelling, wordiness), never a rewrite of meaning.
 */
public final class Fixer {
    /** Categories whose first suggestion can be applied without the author's judgement. */
    private static final Set<Category> SAFE = Set.of(Category.JARGON, Category.SPELLING, Category.STYLE);
    /** Style rules that rewrite a sentence's structure: the author should choose. */
    private static final Set<String> NOT_SAFE = Set.of("style.passive-voice");

    private Fixer() {
    }

    /**
     * The text with one suggestion applied in place of the finding's words. A deletion takes one
     * space with it, and at the start of a sentence gives the next word a capital.
     */
    public static String apply(String text, Finding finding, String suggestion) {
        int start = finding.start();
        int end = finding.end();
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
    public static boolean isSafe(String text, Finding f) {
        if (!SAFE.contains(f.category()) || NOT_SAFE.contains(f.rule()) || f.length() == 0 || f.suggestions().isEmpty()) {
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

    /** The text with every safe fix applied; where fixes overlap, the first in the text wins. */
    public static Result applySafe(String text, List<Finding> findings) {
        List<Finding> chosen = new ArrayList<>();
        int lastEnd = -1;
        for (Finding f : findings.stream().filter(x -> isSafe(text, x)).sorted(Comparator.comparingInt(Finding::start)).toList()) {
            if (f.start() >= lastEnd) {
                chosen.add(f);
                lastEnd = f.end();
            }
        }
        String fixed = text;
        for (int i = chosen.size() - 1; i >= 0; i--) {
            fixed = apply(fixed, chosen.get(i), chosen.get(i).suggestions().get(0));
        }
        return new Result(fixed, chosen);
    }

    /** The fixed text and the findings whose suggestions were applied. */
    public record Result(String text, List<Finding> applied) {
    }
}
