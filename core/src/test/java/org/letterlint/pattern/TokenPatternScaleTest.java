package org.letterlint.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.letterlint.text.MaskKind;
import org.letterlint.text.Token;

/**
 * Matching stays fast on patterns and sentences built to make it slow. "...$" (the rest of the
 * sentence) stops before a placeholder; it looked for one from each match to the end of the
 * sentence, so a sentence repeating the pattern's words took the square of its length. A pattern of
 * many gaps and optional words backtracked through every way of spacing its words (found by
 * fuzzing: 35 s on one short letter).
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

    private static List<Token> words(int count, String word) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tokens.add(token(i, word, null));
        }
        return tokens;
    }

    @Test
    void manyGapsAndOptionalWordsDoNotBacktrackThroughEverySpacing() {
        // 12 gaps of up to 8 tokens: 9^12 ways to space the words, and the last word never comes.
        String pattern = "we" + " ...8 we? we".repeat(12) + " never";
        TokenPattern compiled = TokenPattern.compile(pattern);
        List<Token> tokens = words(400, "we");
        assertNull(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> compiled.find(tokens, 0)), "no 'never' in the sentence");
        tokens.add(token(tokens.size(), "never", null));
        PatternMatch match = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> compiled.find(tokens, 0));
        assertEquals(tokens.size(), match.endToken(), "it runs through the gaps to 'never'");
        assertEquals(tokens.size() - 2 - 12 * 10, match.firstToken(), "the first 'we' that the widest spacing reaches from 'never' starts it");
    }

    @Test
    void rememberingWhatEachSlotFoundGivesTheSameMatchesAsBacktracking() {
        // Seeded sentences over a small vocabulary; the same pattern with and without enough gaps to be memoised.
        java.util.Random random = new java.util.Random(20261204L);
        String[] vocabulary = {"we", "are", "sorry", "if", "you", "feel", "never"};
        TokenPattern plain = TokenPattern.compile("sorry ...2 you? feel");
        TokenPattern memoised = TokenPattern.compile("sorry ...2 you? feel || sorry ...3 we? are? if? you? feel never? never? never? never? zzz");
        for (int round = 0; round < 500; round++) {
            List<Token> tokens = new ArrayList<>();
            int length = 1 + random.nextInt(30);
            for (int i = 0; i < length; i++) {
                tokens.add(token(i, vocabulary[random.nextInt(vocabulary.length)], null));
            }
            assertEquals(plain.findAll(tokens), memoised.findAll(tokens), "round " + round);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"we ...21 sorry", "we ...-1 sorry", "we ...99999999999 sorry"})
    void gapsOutsideTheAllowedRangeAreRefusedAtLoad(String pattern) {
        PatternSyntaxException e = assertThrows(PatternSyntaxException.class, () -> TokenPattern.compile(pattern));
        assertTrue(e.getMessage().contains("...N"), e.getMessage());
    }

    @Test
    void theLongestAllowedGapAndSlotCountStillCompile() {
        TokenPattern.compile("we ..." + TokenPattern.MAX_GAP + " sorry");
        TokenPattern.compile("we" + " sorry".repeat(TokenPattern.MAX_SLOTS - 1));
        PatternSyntaxException e = assertThrows(PatternSyntaxException.class,
                () -> TokenPattern.compile("we" + " sorry".repeat(TokenPattern.MAX_SLOTS)));
        assertTrue(e.getMessage().contains("at most " + TokenPattern.MAX_SLOTS), e.getMessage());
    }
}
