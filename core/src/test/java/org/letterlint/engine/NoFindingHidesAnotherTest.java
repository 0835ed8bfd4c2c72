package org.letterlint.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.letterlint.TestLetters;
import org.letterlint.rules.Category;
import org.letterlint.rules.Finding;
import org.letterlint.source.LetterSource;

/**
 * Findings about different things never hide each other: a sentence-level or clause-level finding
 * (a long sentence, a defensive clause) keeps every word-level finding inside it, ours and
 * LanguageTool's.
 */
class NoFindingHidesAnotherTest {
    private static final Linter LINTER = Linter.standard(Customisation.NONE, true);
    private static final String SENTENCE = "We apologise if you feel that the officer was rude when he recieved your call"
            + " and we has not acted in accordance with the procedure that we use for every call that comes in"
            + " from members of the public across the county.";

    @Test
    void aMisspellingAGrammarMistakeAndAJargonWordInsideALongDefensiveSentenceAreAllReported() {
        String letter = TestLetters.letter(SENTENCE);
        List<Finding> findings = LINTER.lint(LetterSource.of("t.txt", letter), LintOptions.DEFAULTS).findings();
        int sentence = letter.indexOf(SENTENCE);
        assertTrue(has(findings, "readability.long-sentence", letter, "We apologise"), () -> describe(findings));
        assertTrue(has(findings, "defensive.non-apology", letter, "apologise if you feel"), () -> describe(findings));
        assertTrue(has(findings, "jargon.in-accordance-with", letter, "in accordance with"), () -> describe(findings));
        assertTrue(findings.stream().anyMatch(f -> f.category() == Category.SPELLING && f.start() <= letter.indexOf("recieved")
                && f.end() >= letter.indexOf("recieved") + "recieved".length()), () -> describe(findings));
        int notesWas = letter.indexOf("we has");
        assertTrue(findings.stream().anyMatch(f -> f.category() == Category.GRAMMAR && f.start() < notesWas + "we has".length()
                && f.end() > notesWas && f.start() >= sentence), () -> describe(findings));
    }

    private static boolean has(List<Finding> findings, String rule, String letter, String words) {
        int at = letter.indexOf(words);
        return findings.stream().anyMatch(f -> f.rule().equals(rule) && f.start() <= at && f.end() > at);
    }

    private static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + "@" + f.start() + "-" + f.end() + " '" + f.text() + "'").toList().toString();
    }
}
