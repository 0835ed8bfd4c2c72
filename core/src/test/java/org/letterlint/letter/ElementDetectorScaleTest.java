package org.letterlint.letter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.letterlint.TestLetters;
import org.letterlint.text.TextModel;

/**
 * A cue that needs a deadline in its paragraph looked through the whole paragraph again for each
 * sentence with the cue: a paragraph of 20,000 such sentences took the square of that.
 */
class ElementDetectorScaleTest {
    @Test
    void aLongParagraphOfCuesWithoutADeadlineIsSearchedOnce() {
        String body = "You can ask for a review. ".repeat(20_000);
        TextModel model = TestLetters.model(TestLetters.letter(body));
        Map<String, ElementDetector.Evidence> found = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> ElementDetector.bundled().detect(model));
        assertFalse(found.containsKey("review"), "no deadline, so no review element");
    }

    @Test
    void theDeadlineIsStillFoundInTheParagraph() {
        String body = "You can ask for a review. ".repeat(50) + "Please write within 28 days.";
        Map<String, ElementDetector.Evidence> found = ElementDetector.bundled().detect(TestLetters.model(TestLetters.letter(body)));
        assertTrue(found.containsKey("review"), found.keySet().toString());
    }
}
