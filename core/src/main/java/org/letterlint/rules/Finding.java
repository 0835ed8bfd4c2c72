package org.letterlint.rules;

import java.util.List;

/**
 * One problem in a letter, located by character offsets into the letter's text.
 * An empty span ({@code start == end}) marks something missing rather than something wrong.
 *
 * @param rule        the rule id, "category.name"
 * @param category    the rule's category
 * @param severity    how serious it is
 * @param start       offset of the first flagged character
 * @param end         offset just past the last flagged character
 * @param text        the flagged text, exactly {@code letter.substring(start, end)}
 * @param message     what is wrong, in plain words
 * @param suggestions replacements for the flagged text (or a sentence to add), best first
 * @param fitsInPlace whether the first suggestion reads correctly put in place of the text as it is
 *                    (false when it cannot take the replaced words' form: "can" for "was able to")
 * @param also        the ids of other rules that gave the same advice about the same words, merged
 *                    into this finding (their explanations are in the message); usually empty
 */
public record Finding(String rule, Category category, Severity severity, int start, int end, String text,
                      String message, List<String> suggestions, boolean fitsInPlace, List<String> also) {
    public Finding(String rule, Category category, Severity severity, int start, int end, String text,
                   String message, List<String> suggestions) {
        this(rule, category, severity, start, end, text, message, suggestions, true);
    }

    public Finding(String rule, Category category, Severity severity, int start, int end, String text,
                   String message, List<String> suggestions, boolean fitsInPlace) {
        this(rule, category, severity, start, end, text, message, suggestions, fitsInPlace, List.of());
    }

    public Finding {
        suggestions = List.copyOf(suggestions);
        also = List.copyOf(also);
        if (end < start) {
            throw new IllegalArgumentException("finding ends before it starts");
        }
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, category, newSeverity, start, end, text, message, suggestions, fitsInPlace, also);
    }

    public int length() {
        return end - start;
    }
}
