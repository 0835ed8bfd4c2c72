package org.letterlint.letter;

/**
 * Whether a letter contains an element, the evidence, and for an element not found how sure that is.
 *
 * @param id       the element id
 * @param required whether the letter's type (and scheme) requires it
 * @param present  whether it was found
 * @param offset   where the evidence starts, or -1
 * @param evidence a few words of the sentence that showed it, or null
 * @param summary  what the element is, from the catalogue ("A clear, unconditional apology ..."), for reports
 * @param near     for an element not found, a sentence that may give it in other words (a hint), or null
 */
public record ElementStatus(String id, boolean required, boolean present, int offset, String evidence, String summary,
                            ElementDetector.Evidence near) {

    /** How sure the verdict on an element is. */
    public enum Verdict {
        /** A cue showed it. */
        PRESENT,
        /** No cue showed it, but a sentence may do it in other words: the author should check. */
        UNSURE,
        /** Nothing in the letter comes near it. */
        MISSING;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Verdict verdict() {
        if (present) {
            return Verdict.PRESENT;
        }
        return near == null ? Verdict.MISSING : Verdict.UNSURE;
    }
}
