package org.letterlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.letterlint.TestLetters.findings;
import static org.letterlint.TestLetters.texts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcronymRuleTest {
    @Test
    void flagsOnlyTheFirstUndefinedUseAndSuggestsTheExpansion() {
        List<Finding> found = findings("The PSD looked at it. The PSD then wrote to you.", "acronym");
        assertEquals(1, found.size());
        assertEquals("PSD", found.get(0).text());
        assertEquals(List.of("Professional Standards Department (PSD)"), found.get(0).suggestions());
    }

    @Test
    void flagsAUseBeforeTheDefinition() {
        List<Finding> found = findings("Ask the IOPC. The Independent Office for Police Conduct (IOPC) can help.", "acronym");
        assertEquals(List.of("IOPC"), texts(found));
    }

    @Test
    void flagsUnknownAcronymsWithoutASuggestionAndHandlesPluralsDigitsAndFullStops() {
        assertEquals(List.of("XQZ"), texts(findings("The XQZ team will call.", "acronym")));
        assertEquals(List.of(), findings("The XQZ team will call.", "acronym").get(0).suggestions());
        assertEquals(List.of("SLCs"), texts(findings("This met the SLCs and the rules.", "acronym")));
        assertEquals(List.of("2WW"), texts(findings("Your 2WW referral was late.", "acronym")));
        assertEquals(List.of("SLA"), texts(findings("This met our SLA.", "acronym")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The Independent Office for Police Conduct (IOPC) can review it. Write to the IOPC.",
        "The IOPC (Independent Office for Police Conduct) can review it. Write to the IOPC.",
        "Your GP and the NHS will help. Watch the BBC or ITV.",
        "Dear [NAME], your reference is PSD/2024/0113 and our postcode is LS1 4AP.",
        "PLEASE READ THIS LETTER CAREFULLY BEFORE YOU REPLY\n\nThank you.",
        "This is part II of the plan.",
        "We did NOT update your account, and PC Hale will call you between 9AM and 5.30PM.",
        "I will call you."})
    void leavesDefinedCommonAndMaskedCapitalsAlone(String body) {
        assertEquals(List.of(), texts(findings(body, "acronym")));
    }
}
