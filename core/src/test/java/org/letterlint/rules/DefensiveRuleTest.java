package org.letterlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.letterlint.rules.RuleFixtures.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.letterlint.TestLetters;

/** Every defensive family against the fixtures in defensive-fixtures.tsv: must-flag sentences and near misses. */
class DefensiveRuleTest {
    static List<Fixture> fixtures() {
        return RuleFixtures.read("/org/letterlint/defensive-fixtures.tsv", "defensive");
    }

    static Stream<Arguments> cases() {
        return fixtures().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixture(Fixture fixture) {
        RuleFixtures.assertFlaggedOrNot(fixture, TestLetters.findings(fixture.sentence(), "defensive"), false);
    }

    /** What applying the first suggestion gives: the fixture file shows it, for a reader to check by eye. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFirstSuggestionGivesTheRewriteInTheFixtureFile(Fixture fixture) {
        if (!fixture.flag()) {
            return;
        }
        assertEquals(fixture.rewritten(), RuleFixtures.rewritten(fixture, false));
    }

    /** Rewrites with no gaps to fill must be grammatical British English by LanguageTool's reading. */
    @Test
    void rewritesWithoutGapsAreGrammatical() {
        int[] checked = {0};
        List<String> problems = RuleFixtures.grammarProblems(fixtures(), checked);
        assertTrue(checked[0] >= 8, "only " + checked[0] + " rewrites checked");
        assertEquals(List.of(), problems);
    }

    @Test
    void everyFamilyHasAtLeastThreeFlaggedSentencesAndThreeNearMisses() {
        Map<String, int[]> counts = new HashMap<>();
        for (Fixture f : fixtures()) {
            counts.computeIfAbsent(f.rule(), k -> new int[2])[f.flag() ? 0 : 1]++;
        }
        for (RuleInfo info : ExistenceRule.defensive().describe()) {
            int[] c = counts.getOrDefault(info.id(), new int[2]);
            assertTrue(c[0] >= 3 && c[1] >= 3, info.id() + " has " + c[0] + " flagged and " + c[1] + " near misses");
        }
    }

    @Test
    void everyFamilyIsExplained() {
        for (RuleInfo info : ExistenceRule.defensive().describe()) {
            assertTrue(info.explanation().length() > 60, info.id());
            assertTrue(!info.example().isBlank() && !info.rewrite().isBlank(), info.id());
        }
    }

    /** Messages speak of the letter: each quotes the words found, never an example of its family. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theMessageQuotesTheWordsFoundInThisSentence(Fixture fixture) {
        for (Finding f : TestLetters.findings(fixture.sentence(), "defensive")) {
            if (!f.rule().startsWith("defensive.")) {
                continue;
            }
            assertTrue(f.message().startsWith("\""), f.message());
            String quoted = f.message().substring(1, f.message().indexOf('"', 1)).replace(" ...", "");
            assertTrue(fixture.sentence().replaceAll("\\s+", " ").contains(quoted),
                    () -> "message quotes '" + quoted + "', not in: " + fixture.sentence());
            assertTrue(!f.message().contains(ExistenceRule.FOUND), f.message());
        }
    }

    @Test
    void everyBundledDefensiveMessageQuotesWhatWasFound() {
        for (org.letterlint.wordlist.WordlistLine line : org.letterlint.wordlist.Wordlists.bundled("defensive.tsv", 6, 6)) {
            assertTrue(line.column(5).contains(ExistenceRule.FOUND), () -> "no {found} in: " + line.column(5));
        }
    }

    @Test
    void quotedWordsAreOneLineWithoutClosingPunctuationAndCutToEightWords() {
        assertEquals("\"In line with our policy\" is not a reason.",
                ExistenceRule.speakOf("\"{found}\" is not a reason.", "In line with\n our policy."));
        assertEquals("\"we apologise for any inconvenience this may have ...\" doubts it.",
                ExistenceRule.speakOf("\"{found}\" doubts it.", "we apologise for any inconvenience this may have caused you by the delay"));
        assertEquals("No placeholder here.", ExistenceRule.speakOf("No placeholder here.", "anything"));
    }
}
