package org.letterlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.letterlint.TestLetters;
import org.letterlint.rules.Finding;
import org.letterlint.source.LetterSource;

/** One finding per thing said: rules giving the same advice about the same words are merged; others never are. */
class SameAdviceTest {
    private static final Linter LINTER = Linter.standard(Customisation.NONE, true); // British spelling runs with grammar

    private static List<Finding> on(String sentence) {
        String letter = TestLetters.letter(sentence);
        int at = letter.indexOf(sentence);
        return LINTER.lint(LetterSource.of("t.txt", letter), LintOptions.DEFAULTS).findings().stream()
                .filter(f -> f.length() > 0 && f.start() >= at && f.end() <= at + sentence.length()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // same words, two rules: one finding, both explanations
        "We will utilise your readings, and utilize them.|utilize|jargon.utilize|spelling.utilize",
        "In accordance with our policy, we closed the case.|In accordance with our policy|defensive.hiding-behind-procedure|jargon.in-accordance-with",
        // a passive inside a filler whose rewrite deletes it
        "Please be advised that we closed the case.|Please be advised that|jargon.please-be-advised|style.passive-voice"})
    void sameAdviceAboutTheSameWordsIsOneFinding(String sentence, String words, String rule, String also) {
        List<Finding> found = on(sentence);
        List<Finding> onWords = found.stream().filter(f -> f.start() < sentenceOffset(sentence, words) + words.length()
                && f.end() > sentenceOffset(sentence, words)).toList();
        assertEquals(1, onWords.size(), () -> "one finding on '" + words + "': " + onWords);
        Finding f = onWords.get(0);
        assertEquals(rule, f.rule());
        assertEquals(List.of(also), f.also());
        assertTrue(f.message().contains(" Also: "), f.message());
    }

    private static int sentenceOffset(String sentence, String words) {
        String letter = TestLetters.letter(sentence);
        return letter.indexOf(sentence) + sentence.indexOf(words);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a word-level finding inside a long sentence or a defensive clause is about other words
        "We are satisfied that the officer acted appropriately and in accordance with the relevant guidance, having reviewed the footage, the notes and the statements, and we do not consider that any further action is necessary in this matter at all.|jargon.in-accordance-with",
        "The bins were collected on the correct day, and your request was actioned.|jargon.action",
        "We will utilise the meter readings that were collected last week.|jargon.utilise"})
    void findingsAboutOtherThingsAreNotMerged(String sentence, String rule) {
        List<Finding> found = on(sentence);
        assertTrue(found.stream().anyMatch(f -> f.rule().equals(rule) && f.also().isEmpty()), () -> rule + " alone in " + found);
        assertTrue(found.size() >= 2, () -> "other findings kept: " + found);
    }
}
