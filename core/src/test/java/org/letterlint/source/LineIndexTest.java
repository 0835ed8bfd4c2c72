package org.letterlint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineIndexTest {
    @Test
    void countsCrlfLfAndCrAsOneLineBreakEach() {
        LineIndex lines = new LineIndex("ab\r\ncd\nef\rgh");
        assertEquals(new LineIndex.Position(1, 1), lines.position(0));
        assertEquals(new LineIndex.Position(1, 3), lines.position(2));
        assertEquals(new LineIndex.Position(2, 1), lines.position(4));
        assertEquals(new LineIndex.Position(3, 2), lines.position(8));
        assertEquals(new LineIndex.Position(4, 1), lines.position(10));
        assertEquals(new LineIndex.Position(4, 3), lines.position(12));
        assertEquals(4, lines.lineCount());
    }
}
