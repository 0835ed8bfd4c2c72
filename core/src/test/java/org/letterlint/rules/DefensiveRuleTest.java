package org.letterlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.letterlint.TestLetters;
import org.letterlint.engine.Customisation;
import org.letterlint.engine.LintOptions;
import org.letterlint.engine.Linter;
import org.letterlint.fix.Fixer;
import org.letterlint.source.LetterSource;

/** Every defensive family against the fixtures in defensive-fixtures.tsv: must-flag sentences and near misses. */
class DefensiveRuleTest {
    record Fixture(String rule, boolean flag, String sentence, String flagged, String rewritten) {
        @Override
        public String toString() {
            return rule + (flag ? " flags: " : " passes: ") + sentence;
        }
    }

    static List<Fixture> fixtures() {
        return TestLetters.fixtureRows("/org/letterlint/defensive-fixtures.tsv").stream()
                .map(c -> new Fixture("defensive." + c[0], c[1].equals("flag"), c[2], c.length > 3 ? c[3] : "", c.length > 4 ? c[4] : "-"))
                .toList();
    }

    static Stream<Arguments> cases() {
        return fixtures().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixture(Fixture fixture) {
        List<Finding> found = TestLetters.findings(fixture.sentence(), "defensive").stream()
                .filter(f -> f.rule().equals(fixture.rule())).toList();
        if (fixture.flag()) {
            assertTrue(found.stream().anyMatch(f -> f.text().contains(fixture.flagged()) || fixture.flagged().contains(f.text())),
                    () -> "expected '" + fixture.flagged() + "' flagged, got " + TestLetters.texts(found));
        } else {
            assertEquals(List.of(), TestLetters.texts(found));
        }
    }

    /** What applying the first suggestion gives: the fixture file shows it, for a reader to check by eye. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFirstSuggestionGivesTheRewriteInTheFixtureFile(Fixture fixture) {
        if (!fixture.flag()) {
            return;
        }
        String text = TestLetters.letter(fixture.sentence());
        Finding f = TestLetters.lint(text).findings().stream()
                .filter(x -> x.rule().equals(fixture.rule()) && (x.text().contains(fixture.flagged()) || fixture.flagged().contains(x.text())))
                .findFirst().orElseThrow();
        String rewritten = f.suggestions().isEmpty() ? "-" : sentence(Fixer.apply(text, f, f.suggestions().get(0)));
        assertEquals(fixture.rewritten(), rewritten);
    }

    /** Rewrites with no gaps to fill must be grammatical British English by LanguageTool's reading. */
    @Test
    void rewritesWithoutGapsAreGrammatical() {
        Linter withGrammar = Linter.standard(Customisation.NONE, true);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Fixture f : fixtures()) {
            if (!f.flag() || f.rewritten().equals("-") || f.rewritten().contains("<")) {
                continue;
            }
            checked++;
            var report = withGrammar.lint(LetterSource.of("t.txt", TestLetters.letter(f.rewritten())), LintOptions.DEFAULTS);
            report.findings().stream().filter(x -> x.category() == Category.GRAMMAR || x.category() == Category.SPELLING)
                    .forEach(x -> problems.add(f.rewritten() + ": " + x.rule() + " '" + x.text() + "'"));
        }
        assertTrue(checked >= 8, "only " + checked + " rewrites checked");
        assertEquals(List.of(), problems);
    }

    private static String sentence(String letter) {
        String body = letter.substring("Dear Ms Smith,\n\n".length());
        return body.substring(0, body.indexOf("\n\nYours sincerely"));
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
