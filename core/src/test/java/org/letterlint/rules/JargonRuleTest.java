package org.letterlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.letterlint.TestLetters.findings;
import static org.letterlint.TestLetters.texts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.letterlint.rules.RuleFixtures.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.letterlint.TestLetters;

class JargonRuleTest {
    static List<Fixture> fixtures() {
        return RuleFixtures.read("/org/letterlint/jargon-fixtures.tsv", "jargon");
    }

    static Stream<Arguments> cases() {
        return fixtures().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixture(Fixture fixture) {
        RuleFixtures.assertFlaggedOrNot(fixture, findings(fixture.sentence(), "jargon"), true);
    }

    /** What applying the first suggestion gives: the fixture file shows it, for a reader to check by eye. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFirstSuggestionGivesTheRewriteInTheFixtureFile(Fixture fixture) {
        if (!fixture.flag()) {
            return;
        }
        assertEquals(fixture.rewritten(), RuleFixtures.rewritten(fixture, true));
    }

    /** Rewrites with no gaps to fill must be grammatical British English by LanguageTool's reading. */
    @Test
    void rewritesWithoutGapsAreGrammatical() {
        int[] checked = {0};
        List<String> problems = RuleFixtures.grammarProblems(fixtures(), checked);
        assertTrue(checked[0] >= 50, "only " + checked[0] + " rewrites checked");
        assertEquals(List.of(), problems);
    }

    /** Every fixture names a rule of the bundled list, and the near misses cover the entries that need their context. */
    @Test
    void everyFixtureNamesABundledRuleAndContextEntriesHaveNearMisses() {
        Set<String> ids = new HashSet<>();
        SubstitutionRule.jargon().describe().forEach(info -> ids.add(info.id()));
        Set<String> nearMisses = new HashSet<>();
        for (Fixture f : fixtures()) {
            assertTrue(ids.contains(f.rule()), () -> f.rule() + " is not a jargon rule");
            if (!f.flag()) {
                nearMisses.add(f.rule());
            }
        }
        for (String rule : List.of("jargon.void-property", "jargon.refuse", "jargon.recall", "jargon.the-carriageway", "jargon.impact",
                "jargon.state", "jargon.bloods", "jargon.attend-the-property", "jargon.accept-liability", "jargon.case-to-answer")) {
            assertTrue(nearMisses.contains(rule), rule + " has no near miss");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Your complaint was escalated to a manager.|escalated|jargon.escalate",
        "We are escalating your complaint.|escalating|jargon.escalate",
        "We will reply in due course.|in due course|jargon.in-due-course",
        "With regard to your bill, it is correct.|With regard to|jargon.with-regard-to",
        "There is no case to answer.|no case to answer|jargon.no-case-to-answer",
        "We will try local resolution first.|local resolution|jargon.local-resolution",
        "This was done pursuant to the policy.|pursuant to|jargon.pursuant-to",
        "The referral was not actioned until May.|actioned|jargon.action",
        "We will progress your complaint.|progress your|jargon.progress-your",
        "We hereby acknowledge receipt of your letter.|hereby|jargon.hereby"})
    void flagsJargonInAnyInflection(String body, String flagged, String rule) {
        List<Finding> found = findings(body, "jargon");
        assertTrue(texts(found).contains(flagged), () -> "expected '" + flagged + "' in " + texts(found));
        Finding f = found.stream().filter(x -> x.text().equals(flagged)).findFirst().orElseThrow();
        assertEquals(rule, f.rule());
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(!f.suggestions().isEmpty() || f.rule().equals("jargon.hereby"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We will reply by 14 June.",
        "The escalator at the station was broken.",
        "This affects whether you can progress to your final year.",
        "You told us it was “in due course” that they would call.",
        "Dear {{escalation_manager}}, please see below.",
        "I am sorry. We got this wrong, and we will put it right."})
    void leavesPlainEnglishAlone(String body) {
        assertEquals(List.of(), texts(findings(body, "jargon")));
    }

    @Test
    void keepsTheLongerOfOverlappingMatches() {
        List<Finding> found = findings("Upon completion of the work we will write.", "jargon");
        assertEquals(List.of("Upon completion of"), texts(found));
    }

    @Test
    void suggestionsFollowTheCapitalisationOfTheText() {
        Finding f = findings("Regarding your bill, it is correct.", "jargon").get(0);
        assertEquals("About", f.suggestions().get(0));
    }
}
