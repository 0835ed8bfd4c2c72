package org.letterlint.text;

/** A stretch of the letter that rules must not report on. */
public record Mask(int start, int end, MaskKind kind) {
    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
