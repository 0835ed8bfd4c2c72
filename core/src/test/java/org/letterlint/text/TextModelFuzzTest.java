package org.letterlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.letterlint.TestLetters;

/**
 * Any text makes a model without an exception, and every offset in it indexes the text: the body
 * lies within the text, masks within the body, sorted, the non-prose ones apart; tokens in order,
 * each inside its sentence, each the text it covers. In a normal build this runs on the seeds in
 * TextModelFuzzTestInputs only; see docs/fuzzing.md.
 */
class TextModelFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void anyTextMakesAConsistentModel(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        TextModel model = TestLetters.model(text);
        LetterLayout layout = model.layout();
        assertTrue(0 <= layout.bodyStart() && layout.bodyStart() <= layout.bodyEnd() && layout.bodyEnd() <= text.length(), layout.toString());

        List<Mask> masks = model.masks();
        int previousStart = -1;
        int nonProseEnd = -1;
        for (Mask mask : masks) {
            assertTrue(layout.bodyStart() <= mask.start() && mask.start() < mask.end() && mask.end() <= layout.bodyEnd(), mask.toString());
            assertTrue(mask.start() >= previousStart, "masks sorted by start");
            previousStart = mask.start();
            if (!mask.kind().isProse()) {
                assertTrue(mask.start() >= nonProseEnd, "non-prose masks do not overlap");
                nonProseEnd = mask.end();
            }
        }

        int previousToken = 0;
        for (Sentence sentence : model.sentences()) {
            assertTrue(layout.bodyStart() <= sentence.start() && sentence.start() <= sentence.end() && sentence.end() <= layout.bodyEnd(),
                    sentence.toString());
            assertEquals(previousToken, sentence.firstToken(), "sentences share out the tokens in order");
            assertTrue(sentence.firstToken() < sentence.endToken(), "no empty sentence");
            previousToken = sentence.endToken();
            int previousEnd = sentence.start();
            for (Token token : model.tokens(sentence)) {
                assertTrue(previousEnd <= token.start() && token.start() < token.end() && token.end() <= sentence.end(), token.toString());
                assertEquals(text.substring(token.start(), token.end()), token.text());
                assertEquals(sentence.index(), token.sentence());
                assertTrue(token.tag() != null && !token.tag().isEmpty() && token.lemma() != null, token.toString());
                // Findings on a quotation's own marks are reported (a missing space after one is the
                // writer's), so there the token is masked but a finding on it is not.
                boolean onQuotationMark = model.masks().stream().anyMatch(m -> m.kind() == MaskKind.QUOTATION
                        && (token.start() <= m.start() && m.start() < token.end() || token.start() < m.end() && m.end() - 1 < token.end()));
                if (!onQuotationMark) {
                    assertEquals(model.isMasked(token.start(), token.end()), token.isMasked(),
                            () -> "a token is masked where a mask covers it: " + token + " " + model.masks());
                } else if (model.isMasked(token.start(), token.end())) {
                    assertTrue(token.isMasked(), "a token is masked where a mask covers it");
                }
                previousEnd = token.end();
            }
        }
        assertEquals(model.tokens().size(), previousToken, "every token is in a sentence");
    }
}
