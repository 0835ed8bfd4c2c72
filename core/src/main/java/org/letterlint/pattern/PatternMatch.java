package org.letterlint.pattern;

/**
 * Where a pattern matched: character offsets into the letter and token indexes into the list searched.
 */
public record PatternMatch(int start, int end, int firstToken, int endToken) {
}
