package org.letterlint.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.letterlint.TestLetters;
import org.letterlint.engine.LetterReport;
import org.letterlint.engine.LintOptions;
import org.letterlint.rules.Finding;
import org.letterlint.rules.SchemeRule;
import org.letterlint.source.LetterSource;
import org.letterlint.wordlist.WordlistException;

class LetterFactsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Your complaint is upheld.|true",
        "I have partly upheld your complaint.|true",
        "We got this wrong, and I am sorry.|true",
        "The service fell short of the standard you should expect.|true",
        "Your complaint is not upheld.|false",
        "I do not uphold your complaint.|false",
        "We are unable to uphold your complaint.|false",
        "I have not upheld your complaint, because the paper was marked correctly.|false",
        "We apologise unreservedly for the way your father was spoken to.|true",
        "The reminder was sent in error, and it has been cancelled.|true",
        "It was a genuine mistake by the booking team.|true",
        "I accept that we should have called you back the same day.|true",
        "We found fault in how the council handled the grant.|true",
        "We did not find fault in how the council handled the grant.|false",
        "The council was not at fault.|false",
        "You failed to provide the documents we asked for.|false"})
    void detectsWhetherAnythingIsUpheld(String body, boolean upheld) {
        assertEquals(upheld, UpheldDetector.bundled().upheld(TestLetters.model(TestLetters.letter(body))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Thank you for your complaint, which reached us on 2 May. We will reply by 16 May.|ACKNOWLEDGEMENT",
        "I am sorry we have not finished looking into your complaint. We need more time and will reply by 3 June.|UPDATE",
        "I have looked at the records. Your complaint is upheld.|OUTCOME",
        "I am sorry it took us longer than usual to reply. We did not update your account, so your complaint is upheld.|OUTCOME",
        "This is a short update: we need more time, and will write by 3 June.|UPDATE",
        "Thank you for your message about the bins. We would like to look into this further, so please send us the dates.|ACKNOWLEDGEMENT",
        "It is difficult to answer your concerns without knowing which ward you were on. Please call us on 0161 496 0000.|ACKNOWLEDGEMENT",
        "I have now completed my investigation into the repair. I hope this explains what happened.|OUTCOME",
        "I apologise for the delay in responding. I have now finished my review of your complaint and I am closing it.|OUTCOME",
        "I am sorry for the delay in replying. We are still waiting for the surgery's notes and will write by 3 June.|UPDATE",
        "Your operation was delayed twice, and I am sorry for that. We found fault in how the clinic booked it.|OUTCOME",
        "If you remain unhappy with this response, you can ask the Ombudsman to look at it.|OUTCOME",
        "We haven't yet been able to finish looking at your request, and I'm sorry for the delay. We will write by 4 July.|UPDATE"})
    void detectsTheTypeFromGeneralCues(String body, LetterType type) {
        assertEquals(type, TypeDetector.bundled().detect(TestLetters.model(TestLetters.letter(body))).type());
    }

    @Test
    void anUpheldOutcomeRequiresAnApologyAndMissingElementsAreFindings() {
        LetterReport report = TestLetters.linter().lint(LetterSource.of("t.txt", TestLetters.letter(
                "Thank you for your complaint. Your complaint is upheld.")), LintOptions.DEFAULTS.withType(LetterType.OUTCOME, TypeSource.OPTION));
        assertTrue(report.facts().upheld());
        List<String> missing = report.findings().stream().filter(f -> f.rule().startsWith("acknowledgement.")).map(Finding::rule).toList();
        assertEquals(List.of("acknowledgement.actions", "acknowledgement.apology", "acknowledgement.contact", "acknowledgement.impact",
                "acknowledgement.reasons", "acknowledgement.review", "acknowledgement.summary"), missing.stream().sorted().toList());
        Finding review = report.findings().stream().filter(f -> f.rule().equals("acknowledgement.review")).findFirst().orElseThrow();
        assertEquals("error", review.severity().id());
        assertEquals(0, review.length(), "a missing element has an empty span");
        assertEquals(TestLetters.letter("").indexOf("\n\n") + 2, review.start(), "at the start of the body");
        assertEquals(1, review.suggestions().size());
    }

    private static List<Finding> schemeFindings(String scheme, String body) {
        LetterReport report = TestLetters.linter().lint(LetterSource.of("t.txt", TestLetters.letter(body)),
                LintOptions.DEFAULTS.withType(LetterType.OUTCOME, TypeSource.OPTION).withScheme(Scheme.load(scheme)));
        return report.findings().stream().filter(f -> f.rule().startsWith(SchemeRule.WRONG_BODY) || f.rule().equals(SchemeRule.WRONG_DEADLINE)).toList();
    }

    @Test
    void aPoliceLetterWithAFourteenDayLimitIsWrong() {
        List<Finding> found = schemeFindings("police", "You can ask the IOPC to review this. You must apply within 14 days.");
        assertEquals(1, found.size());
        assertEquals(SchemeRule.WRONG_DEADLINE, found.get(0).rule());
        assertEquals("14 days", found.get(0).text());
        assertTrue(found.get(0).message().contains("28 days"), found.get(0).message());
    }

    @Test
    void aPoliceLetterWithTheRightLimitAndBodyIsFine() {
        assertEquals(List.of(), schemeFindings("police",
                "You can ask the Independent Office for Police Conduct (IOPC) to review this. Your application must reach them within 28 days."));
    }

    @Test
    void aCouncilLetterSendingPeopleToThePhsoNamesTheRightOmbudsman() {
        List<Finding> found = schemeFindings("council", "You can ask the Parliamentary and Health Service Ombudsman to look at this within 12 months.");
        assertEquals(1, found.size());
        assertEquals(SchemeRule.WRONG_BODY, found.get(0).rule());
        assertTrue(found.get(0).message().contains("Local Government and Social Care Ombudsman"), found.get(0).message());
    }

    @Test
    void aCouncilStageTwoDeadlineIsNotMistakenForTheOmbudsmanLimit() {
        assertEquals(List.of(), schemeFindings("council", "You can ask for a stage 2 review within 20 working days.\n\n"
                + "After that, the Local Government and Social Care Ombudsman can look at it. They normally expect to hear from you within 12 months."));
    }

    @Test
    void aHousingAcknowledgementPromisingAReplyTooLateIsWrong() {
        LetterReport late = TestLetters.linter().lint(LetterSource.of("t.txt", TestLetters.letter("Thank you. We will send you a full reply within 30 working days.")),
                LintOptions.DEFAULTS.withType(LetterType.ACKNOWLEDGEMENT, TypeSource.OPTION).withScheme(Scheme.load("housing")));
        List<Finding> found = late.findings().stream().filter(f -> f.rule().equals(SchemeRule.WRONG_REPLY_TIME)).toList();
        assertEquals(1, found.size());
        assertEquals("30 working days", found.get(0).text());
        LetterReport onTime = TestLetters.linter().lint(LetterSource.of("t.txt", TestLetters.letter("Thank you. We will send you a full reply within 10 working days.")),
                LintOptions.DEFAULTS.withType(LetterType.ACKNOWLEDGEMENT, TypeSource.OPTION).withScheme(Scheme.load("housing")));
        assertTrue(onTime.findings().stream().noneMatch(f -> f.rule().equals(SchemeRule.WRONG_REPLY_TIME)));
    }

    @Test
    void theNhsSchemeRequiresASignatory() {
        LetterReport report = TestLetters.linter().lint(LetterSource.of("t.txt", "Dear Jo,\n\nThank you.\n\nYours sincerely,\n\nComplaints Team\n"),
                LintOptions.DEFAULTS.withType(LetterType.OUTCOME, TypeSource.OPTION).withScheme(Scheme.load("nhs")));
        assertTrue(report.findings().stream().anyMatch(f -> f.rule().equals("acknowledgement.signatory")));
    }

    @Test
    void everyBundledSchemeLoadsAndAnOrganisationCanWriteItsOwn(@TempDir Path dir) throws Exception {
        for (String name : Scheme.BUNDLED) {
            assertEquals(name, Scheme.load(name).name());
        }
        Path own = dir.resolve("acme.tsv");
        Files.writeString(own, "name\tacme\ntitle\tAcme Water\nbody\tAcme Review Panel\nbody-name\tthe Acme Review Panel\n"
                + "deadline\t30 days\ndeadline-text\t30 days\nreview-sentence\tAsk the Acme Review Panel within 30 days.\n"
                + "reply-deadline\t-\nreply-deadline-text\t-\nrequire\tsignatory\nsource\tour policy\n");
        Scheme acme = Scheme.load(own.toString());
        assertEquals(List.of("signatory"), acme.required());
        Files.writeString(own, "name\tacme\ncolour\tblue\n");
        WordlistException e = assertThrows(WordlistException.class, () -> Scheme.load(own.toString()));
        assertTrue(e.getMessage().startsWith(own + ":2: unknown key in column 1; valid keys: body,"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Scheme.load("atlantis"));
    }
}
