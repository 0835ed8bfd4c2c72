package org.letterlint.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.letterlint.TestLetters;
import org.letterlint.text.TextModel;
import org.letterlint.text.Token;

class TokenPatternTest {
    /** The text of the first match of the pattern in the sentence, or null. */
    private static String firstMatch(String pattern, String sentence) {
        TextModel model = TestLetters.model(sentence);
        List<Token> tokens = model.tokens();
        PatternMatch m = TokenPattern.compile(pattern).find(tokens, 0);
        return m == null ? null : model.text(m.start(), m.end());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "escalate|Your complaint was escalated to a manager.|escalated",
        "escalate|We are escalating it.|escalating",
        "liaise|They are liaising with the team.|liaising",
        "in due course|We will reply In Due Course.|In Due Course",
        "undertake|A review was undertaken.|undertaken",
        "apologise if you feel|We do apologise if you feel upset.|apologise if you feel",
        "sorry if|I'm sorry if you were left feeling ignored.|sorry if",
        "be sorry|I'm sorry.|'m sorry",
        "you ...3 fail to|You have clearly failed to reply.|You have clearly failed to",
        "=was {VERB}|It was recorded.|was recorded",
        "have? been told|You been told.|been told",
        "not !a|We did not apologise.|not apologise",
        "action{VERB}|The referral was not actioned until May.|actioned",
        "sorry that you feel|We’re sorry that you feel let down.|sorry that you feel"})
    void matchesInflectionsCaseGapsAndTags(String pattern, String sentence, String expected) {
        assertEquals(expected, firstMatch(pattern, sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "escalate|The escalator was broken.",
        "=was {VERB}|It is recorded.",
        "you ...1 fail to|You have very clearly failed to reply.",
        "action{VERB}|No action was taken.",
        "not !apologise|We did not apologise.",
        "sorry if|We are sorry. If you want to talk, call me."})
    void doesNotMatchNearMisses(String pattern, String sentence) {
        assertNull(firstMatch(pattern, sentence));
    }

    @Test
    void neverMatchesInsideAPlaceholderOrQuotation() {
        assertNull(firstMatch("escalate", "Dear {{escalated_to}}, hello."));
        assertNull(firstMatch("civil matter", "He said it was “a civil matter” and left."));
    }

    @Test
    void findAllReturnsNonOverlappingMatchesInOrder() {
        TextModel model = TestLetters.model("We liaise, they liaise, all liaise.");
        List<PatternMatch> all = TokenPattern.compile("liaise").findAll(model.tokens());
        assertEquals(3, all.size());
        assertTrue(all.get(0).end() <= all.get(1).start());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "... sorry", "sorry ...", "a?", "...x sorry now", "{} x", "a || ", "=", "x{VERB",
        "all{|the{NOUN}", "a|{NOUN}", "x{VERB}}", "x{{VERB}", "x{VERB}y"})
    void rejectsMalformedPatterns(String pattern) {
        assertThrows(PatternSyntaxException.class, () -> TokenPattern.compile(pattern));
    }
}
