package org.letterlint.source;

import java.util.Arrays;

/**
 * Turns character offsets into 1-based line and column numbers. A CRLF pair, a lone LF and a
 * lone CR each end one line, so Windows files get the same numbers as Unix ones.
 */
public final class LineIndex {
    private final int[] lineStarts;
    private final int length;

    public LineIndex(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.length = text.length();
    }

    /** The position of a character offset (0 to text length inclusive). */
    public Position position(int offset) {
        if (offset < 0 || offset > length) {
            throw new IllegalArgumentException("offset " + offset + " outside 0.." + length);
        }
        int found = Arrays.binarySearch(lineStarts, offset);
        int line = found >= 0 ? found : -found - 2;
        return new Position(line + 1, offset - lineStarts[line] + 1);
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The offset at which a 1-based line starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** A 1-based line and column. */
    public record Position(int line, int column) {
    }
}
