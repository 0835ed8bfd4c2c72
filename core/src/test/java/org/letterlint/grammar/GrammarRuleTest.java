package org.letterlint.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.letterlint.engine.Customisation;
import org.letterlint.engine.LetterReport;
import org.letterlint.engine.LintOptions;
import org.letterlint.engine.Linter;
import org.letterlint.letter.LetterType;
import org.letterlint.letter.TypeSource;
import org.letterlint.rules.Finding;
import org.letterlint.source.LetterSource;

/** Grammar and spelling: real mistakes are caught, clean British letters get nothing. */
class GrammarRuleTest {
    private static final Linter LINTER = Linter.standard(Customisation.NONE, true);

    private static List<Finding> languageFindings(String text) {
        LetterReport report = LINTER.lint(LetterSource.of("t.txt", text), LintOptions.DEFAULTS.withType(LetterType.OUTCOME, TypeSource.OPTION));
        List<Finding> found = report.findings().stream()
                .filter(f -> f.category().id().equals("grammar") || f.category().id().equals("spelling")).toList();
        for (Finding f : found) {
            assertEquals(f.text(), text.substring(f.start(), f.end()), "offsets index the original text exactly");
        }
        return found;
    }

    private static String letter(String body) {
        return "Riverside Housing\n2 Quay Walk, Riverside RS4 9LP\n\nDear Mr Ogunleye,\n\n" + body + "\n\nYours sincerely,\n\nGrace Mensah\nComplaints Officer\n";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "We recieved your letter on 3 May.|recieved|received",
        "We have looked at the seperate repairs.|seperate|separate",
        "Thank you for you're letter.|you're|your",
        "We spoke to the the housing team.|the the|the",
        "We apologize for the delay.|apologize|apologise",
        "We will paint it a brighter color.|color|colour",
        "We has checked the records.|has|have",
        "It dont look right to me.|dont|don't"})
    void realMistakesAreCaughtWithTheBritishForm(String body, String flagged, String suggestion) {
        List<Finding> found = languageFindings(letter(body));
        Finding f = found.stream().filter(x -> x.text().equals(flagged)).findFirst()
                .orElseThrow(() -> new AssertionError("'" + flagged + "' not flagged in: " + found));
        assertTrue(f.suggestions().contains(suggestion), f.suggestions().toString());
    }

    /** A capital that only opens a sentence, or an all-capitals word no list knows, is no name. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Thnak you for your letter.|Thnak|spelling.lt-morfologik-rule-en-gb",
        "Pleaser let me know if anything is unclear.|Pleaser|spelling.lt-pleaser",
        "Shell be in touch next week.|Shell|spelling.lt-hell",
        "Him and I visited your home on Monday.|Him|spelling.lt-confusion-of-me-i",
        "What Ive found is that the repair was late.|Ive|spelling.lt-ive-contraction",
        "IM SORRY FOR THE DELAY.|IM|spelling.lt-im-i-m"})
    void capitalisedMistakesAreNotTakenForNames(String body, String flagged, String rule) {
        List<Finding> found = languageFindings(letter(body));
        assertTrue(found.stream().anyMatch(f -> f.text().equals(flagged) && f.rule().equals(rule)), found.toString());
    }

    /** What the name filter is for: the letter's people, organisations and acronyms are never misspellings. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Okonkwo is the family name on the tenancy, and Mrs Okonkwo signed it in 2019.",
        "I spoke to Ivy Bu, our repairs manager, and to Dr. Okafor on Monday.",
        "Tat Wing Lee and Chidi Eze from our repairs team will call you.",
        "Ms Wen can help, and Mr Ive will call you on Tuesday.",
        "The IOPC will reply within 28 days. PHSO staff may also contact you.",
        "Our IT team and the PHSO have both looked at this."})
    void namesAndAcronymsAreNotMisspellings(String body) {
        String text = "Riverside Housing\n2 Quay Walk, Riverside RS4 9LP\n\nDear Mrs Okonkwo,\n\n" + body
                + "\n\nYours sincerely,\n\nGrace Mensah\nComplaints Officer\n";
        assertEquals(List.of(), languageFindings(text).stream().map(f -> f.rule() + ":" + f.text()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thank you for your complaint. We apologise: our organisation should have finalised the repair sooner.",
        "Dear {{first_name}}, your case {{case_ref}} was reviewed by [OFFICER_NAME] on ${review_date} at «Office».",
        "The Independent Office for Police Conduct (IOPC) can review this. The IOPC will reply within 28 days.",
        "I have spoken to Mr Ogunleye's neighbour and to Grace Mensah, who manages the repairs team.",
        "Please call 01632 960 355 or email grace.mensah@riverside-ha.example, quoting RHA-C-2291.",
        "Your GP, the NHS and the PHSO were told on Monday 3 June.",
        "You told us it was “a proper bodge job, innit” and we understand why."})
    void cleanBritishLettersGetNothing(String body) {
        assertEquals(List.of(), languageFindings(letter(body)).stream().map(f -> f.rule() + ":" + f.text()).toList());
    }

    @Test
    void ourOwnFindingWinsWhereLanguageToolFlagsTheSameWords() {
        LetterReport report = LINTER.lint(LetterSource.of("t.txt", letter("We will utilize the information you sent.")), LintOptions.DEFAULTS);
        List<String> onUtilize = report.findings().stream().filter(f -> f.text().contains("utilize")).map(Finding::rule).toList();
        assertTrue(onUtilize.stream().noneMatch(r -> r.contains(".lt-")), onUtilize.toString());
        assertTrue(onUtilize.contains("jargon.utilize") || onUtilize.contains("spelling.utilize"), onUtilize.toString());
    }

    /** A passive or a long sentence is about the sentence, not its words: it hides no grammar mistake inside it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "His meals was left outside his room.|style.passive-voice|was",
        "We have checked the records of the repairs to your home since January, including the report you called "
                + "“a proper bodge job”, and we has found that the contractor did not finish the work.|readability.long-sentence|has",
        "We have checked every record of the calls you made to us about the noise since January, and we will write to "
                + "you again at https://riverside.example/noise once we has heard from the officer.|readability.long-sentence|has"})
    void aPassiveOrALongSentenceKeepsTheMistakesInside(String body, String ours, String mistake) {
        LetterReport report = LINTER.lint(LetterSource.of("t.txt", letter(body)), LintOptions.DEFAULTS.withType(LetterType.OUTCOME, TypeSource.OPTION));
        List<String> found = report.findings().stream().filter(f -> f.length() > 0).map(f -> f.rule() + ":" + f.text()).toList();
        assertTrue(report.findings().stream().anyMatch(f -> f.rule().equals(ours)), found.toString());
        assertTrue(report.findings().stream().anyMatch(f -> LINTER.rules().fromLanguageTool(f) && f.text().equals(mistake)), found.toString());
    }

    /** The complainant's quoted words are not corrected, but the quotation marks around them are the writer's. */
    @Test
    void aMissingSpaceAfterAQuotationIsTheWritersMistake() {
        List<Finding> found = languageFindings(letter("You told us it was “a proper bodge job”and we understand why."));
        assertEquals(List.of("grammar.lt-no-space-closing-quote:”and"), found.stream().map(f -> f.rule() + ":" + f.text()).toList());
    }

    @Test
    void grammarRulesAreListedForExplain() {
        var infos = LINTER.rules().infos();
        assertTrue(infos.stream().anyMatch(i -> i.id().equals("spelling.lt-morfologik-rule-en-gb")));
        assertTrue(infos.stream().anyMatch(i -> i.id().equals("grammar.lt-english-word-repeat-rule")));
        assertTrue(infos.stream().noneMatch(i -> i.id().startsWith("grammar.lt-too-long-sentence")), "duplicates our long-sentence rule");
    }
}
