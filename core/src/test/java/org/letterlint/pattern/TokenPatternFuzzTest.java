package org.letterlint.pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.letterlint.TestLetters;
import org.letterlint.text.TextModel;
import org.letterlint.text.Token;

/**
 * Any pattern text compiles or is refused with a {@link PatternSyntaxException} that says why; a
 * pattern that compiles matches a letter without an exception, each match a run of its tokens, in
 * order, never overlapping. In a normal build this runs on the seeds in TokenPatternFuzzTestInputs
 * only; see docs/fuzzing.md.
 */
class TokenPatternFuzzTest {
    private static final TextModel LETTER = TestLetters.model(TestLetters.letter(
            "Thank you for your letter of 3 May about {{case_ref}}. I'm sorry that we didn't reply sooner, and we apologise if you "
                    + "feel let down. Your complaint has been escalated to the PSD and will be actioned in due course. "
                    + "We will reply within 20 working days; call 01632 960 610 or write to jo@council.example."));

    @FuzzTest(maxDuration = "10s")
    void anyPatternCompilesOrIsRefusedAndMatchesSafely(byte[] data) {
        String source = new String(data, StandardCharsets.UTF_8);
        TokenPattern pattern;
        try {
            pattern = TokenPattern.compile(source);
        } catch (PatternSyntaxException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "says why");
            return;
        }
        List<Token> tokens = LETTER.tokens();
        int previousEnd = 0;
        for (PatternMatch match : pattern.findAll(tokens)) {
            assertTrue(previousEnd <= match.firstToken() && match.firstToken() < match.endToken() && match.endToken() <= tokens.size(),
                    match.toString());
            assertTrue(match.start() == tokens.get(match.firstToken()).start() && match.end() == tokens.get(match.endToken() - 1).end(),
                    match.toString());
            previousEnd = match.endToken();
        }
        pattern.matchesAnywhere(tokens);
    }
}
