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

    @Test
    void grammarRulesAreListedForExplain() {
        var infos = LINTER.rules().infos();
        assertTrue(infos.stream().anyMatch(i -> i.id().equals("spelling.lt-morfologik-rule-en-gb")));
        assertTrue(infos.stream().anyMatch(i -> i.id().equals("grammar.lt-english-word-repeat-rule")));
        assertTrue(infos.stream().noneMatch(i -> i.id().startsWith("grammar.lt-too-long-sentence")), "duplicates our long-sentence rule");
    }
}
