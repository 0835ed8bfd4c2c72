package org.letterlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.letterlint.TestLetters;
import org.letterlint.engine.Customisation;
import org.letterlint.engine.LetterReport;
import org.letterlint.engine.LintOptions;
import org.letterlint.engine.Linter;
import org.letterlint.fix.Fixer;
import org.letterlint.source.LetterSource;

class FixerTest {
    private static Finding finding(String text, String words, String category) {
        int at = text.indexOf(words);
        return new Finding("x.y", Category.fromId(category), Severity.WARNING, at, at + words.length(), words, "m", List.of());
    }

    @Test
    void aDeletionTakesOneSpaceAndCapitalisesASentenceStart() {
        String text = "We hereby write. Please be advised that we will call.";
        assertEquals("We write. Please be advised that we will call.", Fixer.apply(text, finding(text, "hereby", "jargon"), ""));
        assertEquals("We hereby write. We will call.", Fixer.apply(text, finding(text, "Please be advised that", "jargon"), ""));
    }

    @Test
    void aRewriteThatWouldRepeatTheNextWordIsNotSafe() {
        String text = "It was escalated to the team.";
        int at = text.indexOf("escalated");
        Finding f = new Finding("jargon.escalate", Category.JARGON, Severity.WARNING, at, at + 9, "escalated", "m", List.of("passed to"));
        assertFalse(Fixer.isSafe(text, f));
        Finding gap = new Finding("jargon.in-due-course", Category.JARGON, Severity.WARNING, 0, 2, "It", "m", List.of("by <date>"));
        assertFalse(Fixer.isSafe(text, gap), "a suggestion with a gap to fill is not safe");
    }

    @Test
    void fixingAJargonLetterGivesGrammaticalBritishEnglish() {
        Linter linter = Linter.standard(Customisation.NONE, true);
        String text = TestLetters.letter("We hereby acknowledge receipt of your correspondence regarding the charges. "
                + "Please be advised that we are not in a position to ascertain the position until such time as a visit has been undertaken. "
                + "We will utilize your readings.");
        LetterReport report = linter.lint(LetterSource.of("t.txt", text), LintOptions.DEFAULTS);
        Fixer.Result fixed = Fixer.applySafe(text, report.findings());
        assertTrue(fixed.applied().size() >= 8, fixed.applied().toString());
        assertTrue(fixed.text().contains("We thank you for your letter about the charges. We cannot find out the position until a visit "
                + "has been done. We will use your readings."), fixed.text());
        LetterReport after = linter.lint(LetterSource.of("t.txt", fixed.text()), LintOptions.DEFAULTS);
        assertEquals(List.of(), after.findings().stream().filter(f -> f.category() == Category.GRAMMAR || f.category() == Category.SPELLING
                || f.category() == Category.JARGON).map(f -> f.rule() + ":" + f.text()).toList());
    }
}
