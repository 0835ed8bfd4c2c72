package org.letterlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.letterlint.engine.RuleSet;
import org.junit.jupiter.api.Test;
import org.letterlint.TestLetters;
import org.letterlint.engine.Customisation;
import org.letterlint.engine.LetterReport;
import org.letterlint.engine.LintOptions;
import org.letterlint.engine.Linter;
import org.letterlint.fix.Fixer;
import org.letterlint.fix.Proofreader;
import org.letterlint.source.LetterSource;

class FixerTest {
    /** Every finding as from a fixable rule: these tests are about what the fixer checks, not which rules it fixes. */
    private static final Function<Finding, RuleInfo> FIXABLE = f -> new RuleInfo(f.rule(), f.category(), f.severity(), "", "", "", "",
            RuleInfo.Kind.WORDS, RuleInfo.Origin.LETTERLINT, true);

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
        assertFalse(Fixer.isSafe(text, f, FIXABLE.apply(f)));
        Finding gap = new Finding("jargon.in-due-course", Category.JARGON, Severity.WARNING, 0, 2, "It", "m", List.of("by <date>"));
        assertFalse(Fixer.isSafe(text, gap, FIXABLE.apply(gap)), "a suggestion with a gap to fill is not safe");
        Finding plain = new Finding("jargon.escalate", Category.JARGON, Severity.WARNING, at, at + 9, "escalated", "m", List.of("passed on"));
        assertTrue(Fixer.isSafe(text, plain, FIXABLE.apply(plain)));
    }

    @Test
    void onlyARuleThatDeclaresItselfFixableIsApplied() {
        RuleSet rules = RuleSet.standard();
        String text = "Your complaint was reviewed by the sergeant.";
        int at = text.indexOf("was reviewed");
        // The same plain rewrite: a jargon rule's is applied, a passive's (who did it is the author's to say) is not.
        Finding passive = new Finding(PassiveVoiceRule.ID, Category.STYLE, Severity.INFO, at, at + 12, "was reviewed", "m", List.of("was read"));
        Finding jargon = new Finding("jargon.utilise", Category.JARGON, Severity.WARNING, at, at + 12, "was reviewed", "m", List.of("was read"));
        assertFalse(rules.about(passive).fixable());
        assertFalse(Fixer.isSafe(text, passive, rules.about(passive)));
        assertTrue(Fixer.isSafe(text, jargon, rules.about(jargon)));
        Finding unknown = new Finding("jargon.no-such-rule", Category.JARGON, Severity.WARNING, at, at + 12, "was reviewed", "m", List.of("was read"));
        assertFalse(Fixer.isSafe(text, unknown, rules.about(unknown)), "a finding no rule describes is never applied");
    }

    @Test
    void fixingAJargonLetterGivesGrammaticalBritishEnglish() {
        Linter linter = Linter.standard(Customisation.NONE, true);
        String text = TestLetters.letter("We hereby acknowledge receipt of your correspondence regarding the charges. "
                + "Please be advised that we are not in a position to ascertain the position until such time as a visit has been undertaken. "
                + "We will utilize your readings.");
        LetterReport report = linter.lint(LetterSource.of("t.txt", text), LintOptions.DEFAULTS);
        Fixer.Result fixed = Fixer.applySafe(text, report.findings(), linter.rules()::about, linter.rules().proofreader());
        assertTrue(fixed.applied().size() >= 8, fixed.applied().toString());
        assertTrue(fixed.text().contains("We thank you for your letter about the charges. We cannot find out the position until a visit "
                + "has been done. We will use your readings."), fixed.text());
        LetterReport after = linter.lint(LetterSource.of("t.txt", fixed.text()), LintOptions.DEFAULTS);
        assertEquals(List.of(), after.findings().stream().filter(f -> f.category() == Category.GRAMMAR || f.category() == Category.SPELLING
                || f.category() == Category.JARGON).map(f -> f.rule() + ":" + f.text()).toList());
    }

    @Test
    void aRewriteThatWouldMakeItsSentenceWrongIsRefusedAndTheRestApplied() {
        String text = TestLetters.letter("We have utilised your readings. Further to your call, we utilise the new meter.");
        int bad = text.indexOf("utilised");
        int good = text.indexOf("utilise the");
        // "have" + base form: LanguageTool's grammar check on the changed sentence must refuse it.
        Finding wrongForm = new Finding("jargon.utilise", Category.JARGON, Severity.WARNING, bad, bad + 8, "utilised", "m", List.of("use"));
        Finding rightForm = new Finding("jargon.utilise", Category.JARGON, Severity.WARNING, good, good + 7, "utilise", "m", List.of("use"));
        Fixer.Result fixed = Fixer.applySafe(text, List.of(wrongForm, rightForm), FIXABLE, Linter.standard().rules().proofreader());
        assertEquals(List.of(rightForm), fixed.applied());
        assertEquals(1, fixed.refused().size());
        assertEquals("We have use your readings.", fixed.refused().get(0).sentence());
        assertFalse(fixed.refused().get(0).problems().isEmpty());
        assertTrue(fixed.text().contains("We have utilised your readings. Further to your call, we use the new meter."), fixed.text());
    }

    @Test
    void aRewriteThatLeavesAWordDoubledIsRefused() {
        Proofreader findsNothing = sentences -> sentences.stream().map(x -> List.<String>of()).toList();
        String text = TestLetters.letter("We wrote to you about the the repair, and we have now hereby now closed the case.");
        int at = text.indexOf("hereby");
        Finding deletion = new Finding("jargon.hereby", Category.JARGON, Severity.WARNING, at, at + 6, "hereby", "m", List.of(""));
        Fixer.Result fixed = Fixer.applySafe(text, List.of(deletion), FIXABLE, findsNothing);
        assertEquals(List.of(), fixed.applied(), "deleting 'hereby' would leave 'now now'");
        assertEquals(List.of("doubled-word"), fixed.refused().get(0).problems());
        // The letter's own "the the" is not the rewrite's doing: a rewrite elsewhere in the sentence is applied.
        int wrote = text.indexOf("wrote to you");
        Finding rewrite = new Finding("jargon.x", Category.JARGON, Severity.WARNING, wrote, wrote + 12, "wrote to you", "m", List.of("told you"));
        assertEquals(List.of(rewrite), Fixer.applySafe(text, List.of(rewrite), FIXABLE, findsNothing).applied());
    }
}
