package org.letterlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.letterlint.TestLetters.findings;
import static org.letterlint.TestLetters.texts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JargonRuleTest {
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
