package org.letterlint.text;

/** A half-open range of character offsets, {@code [start, end)}. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end
                || (start == end && otherStart <= start && start < otherEnd);
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public int length() {
        return end - start;
    }
}
