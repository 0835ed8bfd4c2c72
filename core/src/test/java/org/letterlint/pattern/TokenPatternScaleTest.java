package org.letterlint.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.letterlint.text.MaskKind;
import org.letterlint.text.Token;

/**
 * "...$" (the rest of the sentence) stops before a placeholder; it looked for one from each match
 * to the end of the sentence, so a sentence repeating the pattern's words took the square of its
 * length.
 */
class TokenPatternScaleTest {
    private static Token token(int i, String word, MaskKind mask) {
        return new Token(i * 10, i * 10 + word.length(), word, word, "X", word, mask, 0);
    }

    @Test
    void theRestOfTheSentenceIsFoundOnceForEachMatch() {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            tokens.add(token(tokens.size(), "sorry", null));
            tokens.add(token(tokens.size(), "if", null));
        }
        tokens.add(token(tokens.size(), "Xxxx", MaskKind.PLACEHOLDER));
        TokenPattern pattern = TokenPattern.compile("sorry if ...$");
        List<PatternMatch> matches = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> pattern.findAll(tokens));
        assertEquals(200_000, matches.size(), "each 'sorry if' stops before the next: the placeholder is not swallowed");
        assertEquals(2, matches.get(0).endToken() - matches.get(0).firstToken());
    }
}
