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
import org.letterlint.TestLetters;

class StyleRulesTest {
    private static final String LONG = "I have looked at the records of every call you made to us about your neighbour since January, "
            + "and I have also spoken to the officer who visited you on 20 January.";

    @Test
    void aLongSentenceIsAWarningWithASuggestedSplit() {
        List<Finding> found = findings(LONG, "readability");
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals(LongSentenceRule.ID, f.rule());
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().startsWith("This sentence has 32 words; aim for 25 or fewer"), f.message());
        assertEquals("I have looked at the records of every call you made to us about your neighbour since January. "
                + "I have also spoken to the officer who visited you on 20 January.", f.suggestions().get(0));
    }

    @Test
    void overThirtyFiveWordsIsAnError() {
        String veryLong = LONG.replace(".", ", which was the day after the first complaint was made to the council.");
        assertEquals(Severity.ERROR, findings(veryLong, "readability").get(0).severity());
    }

    /** A phone number, web address or quotation inside a long sentence does not make it short. */
    @ParameterizedTest
    @ValueSource(strings = {"01632 960 355", "https://riverside.example/noise", "“a proper bodge job”"})
    void aLongSentenceWithAMaskInsideIsStillLong(String masked) {
        String body = LONG.replace("since January", "since January (you called it " + masked + ")");
        assertEquals(List.of(LongSentenceRule.ID), findings(body, "readability").stream().map(Finding::rule).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"We are sorry. We will call you on Monday to arrange a visit.",
        "Thank you for your letter about the missed collections on Alder Close last month."})
    void shortSentencesAreFine(String body) {
        assertEquals(List.of(), findings(body, "readability"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Your complaint was reviewed by the sergeant.|Your complaint was reviewed by the sergeant|The sergeant reviewed your complaint",
        "The letter was sent by him on Monday.|The letter was sent by him|He sent the letter",
        "Then it was checked by Inspector Shah.|it was checked by Inspector Shah|Inspector Shah checked it",
        "Your records were checked.|were checked|",
        "Your call was not returned.|was not returned|",
        "Your complaint was closed too early.|was closed|",
        "You were not satisfied with the reply, and your call was not returned.|was not returned|"})
    void passiveVoiceIsANoteWithTheActiveFormWhereTheAgentIsNamed(String body, String flagged, String active) {
        List<Finding> found = findings(body, "style");
        assertEquals(List.of(flagged), texts(found));
        assertEquals(Severity.INFO, found.get(0).severity());
        assertEquals(active == null ? List.of() : List.of(active), found.get(0).suggestions());
    }

    @ParameterizedTest
    @ValueSource(strings = {"We checked your records.", "The officer is going to call you.", "You were right to complain.", "It was late.",
        "I am not satisfied with the reply.", "The case is complicated.", "I was saddened to read your letter.",
        "You may be dissatisfied with this outcome.", "I am disappointed that this happened.", "We were concerned about your safety."})
    void activeSentencesAreNotPassive(String body) {
        assertEquals(List.of(), texts(findings(body, "style")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "We will carry out an investigation.|carry out an investigation|investigate",
        "We will make a decision next week.|make a decision|decide",
        "I would like to apologise for the delay.|would like to apologise|apologise"})
    void wordyPhrasesAreNotesWithTheShortForm(String body, String flagged, String shorter) {
        List<Finding> found = findings(body, "style").stream().filter(f -> f.rule().startsWith("style.") && !f.rule().equals(PassiveVoiceRule.ID)).toList();
        assertEquals(List.of(flagged), texts(found));
        assertEquals(shorter, found.get(0).suggestions().get(0));
    }

    @Test
    void theHardestSentencesAreRankedByGrade() {
        var report = TestLetters.lint(TestLetters.letter("We are sorry. " + LONG + " We will call you on Monday to arrange a visit to your home."));
        assertEquals(2, report.hardest().size(), "sentences under eight words are not ranked");
        assertTrue(report.hardest().get(0).grade() >= report.hardest().get(1).grade());
        assertEquals(32, report.hardest().get(0).words());
    }
}
