package org.letterlint.text;

/**
 * A sentence of the letter's body, a list item or a heading.
 *
 * @param index      its position among the letter's sentences
 * @param start      offset of its first character
 * @param end        offset just past its last character
 * @param firstToken index of its first token in the model's token list
 * @param endToken   index just past its last token
 * @param heading    true for a heading: a lone short line without closing punctuation
 * @param paragraph  the index of its paragraph, list item or heading in the body
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken, boolean heading, int paragraph) {
    public int tokenCount() {
        return endToken - firstToken;
    }
}
