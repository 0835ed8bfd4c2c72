package org.letterlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.letterlint.TestLetters;

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

    /** Some writers run on from the salutation: the words after it are the first of the body. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dear Mrs Smith, thank you for your letter of 3 May which we have recieved.|thank you for your letter of 3 May which we have recieved.",
        "Dear Mrs Smith,thank you for your letter.|thank you for your letter.",
        "To whom it may concern: we have looked into your complaint.|we have looked into your complaint.",
        "Hi Jo, Thanks for getting in touch.|Thanks for getting in touch.",
        "  Dear Mr Jones ,  we are sorry.|we are sorry."})
    void textAfterTheSalutationOnItsLineIsBody(String line, String body) {
        String text = "Acme Council\n\n" + line + "\n\nWe will reply soon.\n\nYours sincerely,\n\nJo Bloggs\n";
        LetterLayout layout = LetterLayout.of(text);
        assertEquals(body + "\n\nWe will reply soon.\n\n", text.substring(layout.bodyStart(), layout.bodyEnd()));
    }

    /** A salutation alone on its line, or with only more names after a comma, is not body. */
    @ParameterizedTest
    @ValueSource(strings = {"Dear Mrs Smith,", "Dear Sir or Madam", "Dear Mrs Smith", "Dear Mr Smith, Ms Jones,", "Dear Mrs Smith,   ",
        "To whom it may concern:", "Dear Dr Patel, MBE"})
    void aSalutationAloneIsNotBody(String line) {
        String text = "Acme Council\n\n" + line + "\n\nWe will reply soon.\n\nYours sincerely,\n\nJo Bloggs\n";
        LetterLayout layout = LetterLayout.of(text);
        assertEquals("We will reply soon.\n\n", text.substring(layout.bodyStart(), layout.bodyEnd()));
    }

    @Test
    void aRuleFiresInTheTextAfterTheSalutation() {
        String text = "Dear Mrs Smith, thank you for your letter, which we have escalated and will answer in due course.\n\n"
                + "We will reply soon.\n\nYours sincerely,\n\nJo Bloggs\n";
        var findings = TestLetters.lint(text).findings().stream().filter(f -> f.category().id().equals("jargon")).map(f -> f.text()).toList();
        assertEquals(java.util.List.of("escalated", "in due course"), findings);
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
