package org.letterlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LetterLayoutTest {
    @Test
    void bodyRunsFromAfterTheSalutationToTheSignOff() {
        String text = "Acme Council\nHigh Street\n\nRef: AB/1\n\nDear Ms Smith,\n\nThank you.\n\nYours sincerely,\n\nJo Bloggs\n";
        LetterLayout layout = LetterLayout.of(text);
        assertEquals("Thank you.\n\n", text.substring(layout.bodyStart(), layout.bodyEnd()));
    }

    @Test
    void kindRegardsAndCrlfAreRecognised() {
        String text = "Dear Jo\r\n\r\nWe are sorry.\r\n\r\nWith kind regards,\r\nSam\r\n";
        LetterLayout layout = LetterLayout.of(text);
        assertEquals("We are sorry.\r\n\r\n", text.substring(layout.bodyStart(), layout.bodyEnd()));
    }

    @Test
    void aDraftWithoutSalutationIsAllBody() {
        String text = "We are sorry that your bins were missed. We will collect them on Monday.";
        LetterLayout layout = LetterLayout.of(text);
        assertEquals(0, layout.bodyStart());
        assertEquals(text.length(), layout.bodyEnd());
    }

    @Test
    void withoutSalutationTheLetterheadIsSkipped() {
        String text = "Acme Council\nHigh Street\n\n3 May 2024\n\nWe are sorry that your bins were missed.\n";
        LetterLayout layout = LetterLayout.of(text);
        assertEquals("We are sorry that your bins were missed.\n", text.substring(layout.bodyStart()));
    }
}
