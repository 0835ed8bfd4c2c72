package org.letterlint.text;

/**
 * A word or punctuation mark of the letter's prose.
 *
 * @param start    offset of its first character in the letter's text
 * @param end      offset just past it
 * @param text     the characters as written
 * @param norm     lower-case, with curly apostrophes made straight: what patterns compare against
 * @param tag      its Universal Dependencies part of speech (NOUN, VERB, AUX, PROPN, ...)
 * @param lemma    its dictionary form, lower-case ("escalated" -> "escalate")
 * @param mask     the mask it falls in, or null for ordinary prose
 * @param sentence the index of its sentence
 */
public record Token(int start, int end, String text, String norm, String tag, String lemma, MaskKind mask, int sentence) {
    public boolean isMasked() {
        return mask != null;
    }

    /** A token a reader reads as a word: letters or digits, and not a placeholder, code or address. */
    public boolean isProseWord() {
        return (mask == null || mask.isProse()) && isWord();
    }

    public boolean isWord() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public boolean isPunctuation() {
        return !isWord();
    }
}
