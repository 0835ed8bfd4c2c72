package org.letterlint.letter;

/**
 * Whether a letter contains an element, and the evidence.
 *
 * @param id       the element id
 * @param required whether the letter's type (and scheme) requires it
 * @param present  whether it was found
 * @param offset   where the evidence starts, or -1
 * @param evidence a few words of the sentence that showed it, or null
 * @param summary  what the element is, from the catalogue ("A clear, unconditional apology ..."), for reports
 */
public record ElementStatus(String id, boolean required, boolean present, int offset, String evidence, String summary) {
}
