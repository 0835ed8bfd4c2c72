package org.letterlint.grammar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.letterlint.engine.Customisation;
import org.letterlint.engine.LetterReport;
import org.letterlint.engine.LintOptions;
import org.letterlint.engine.Linter;
import org.letterlint.letter.LetterType;
import org.letterlint.letter.TypeSource;
import org.letterlint.rules.Finding;
import org.letterlint.source.LetterSource;

/**
 * LanguageTool's chunker works: each sentence is caught only by a rule that reads noun- and
 * verb-phrase chunk tags. With OpenNLP 2.x in place of the 1.9.4 LanguageTool was built for, the
 * chunker gets UD part-of-speech tags instead of Penn ones and none of these is flagged.
 */
class ChunkerRulesTest {
    private static final Linter LINTER = Linter.standard(Customisation.NONE, true);

    private static String letter(String body) {
        return "Riverside Housing\n2 Quay Walk, Riverside RS4 9LP\n\nDear Mr Ogunleye,\n\n" + body
                + "\n\nYours sincerely,\n\nGrace Mensah\nComplaints Officer\n";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Please talk to Mr Patel and I about the repairs.|I|grammar.lt-i-me",
        "Our engineer always arrive before ten in the morning.|arrive|grammar.lt-singular-noun-adv-agreement",
        "Have this been explained to you by our team?|Have|grammar.lt-wh-aux-this-that",
        "Do that mean the work can start next week?|Do|grammar.lt-wh-aux-this-that"})
    void chunkBasedRulesCatchTheirMistakes(String body, String flagged, String rule) {
        String text = letter(body);
        LetterReport report = LINTER.lint(LetterSource.of("t.txt", text), LintOptions.DEFAULTS.withType(LetterType.OUTCOME, TypeSource.OPTION));
        int at = text.indexOf(body) + body.indexOf(flagged);
        List<Finding> found = report.findings();
        assertTrue(found.stream().anyMatch(f -> f.rule().equals(rule) && f.start() == at && f.text().equals(flagged)),
                "'" + flagged + "' not flagged by " + rule + "; findings: " + found.stream().map(f -> f.rule() + ":" + f.text()).toList());
    }
}
