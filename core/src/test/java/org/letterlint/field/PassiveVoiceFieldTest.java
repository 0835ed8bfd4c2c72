package org.letterlint.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.letterlint.TestLetters;
import org.letterlint.rules.Finding;
import org.letterlint.rules.PassiveVoiceRule;
import org.letterlint.rules.RuleContext;
import org.letterlint.rules.RuleSettings;
import org.letterlint.text.TextModel;

/**
 * The passive-voice rule against the passive-voice field set (passive-sentences.tsv, docs/field-set.md):
 * real "be/get + participle" occurrences labelled passive or not (a participle used as an adjective of
 * feeling or state). Each sentence is modelled alone and the rule run on it directly; a row is predicted
 * passive when a finding of the rule covers the participle (the last word of the row's target).
 *
 * <p>The bars (issue 11) are on the whole set: precision at least 0.95, recall at least 0.9. The tune and
 * holdout figures are printed separately; the holdout rows (every third) were never looked at while
 * changing the rule.
 */
class PassiveVoiceFieldTest {
    private static final double MIN_PRECISION = 0.95;
    private static final double MIN_RECALL = 0.90;
    private static final PassiveVoiceRule RULE = new PassiveVoiceRule();

    private record Row(int line, String split, boolean passive, String target, String sentence, String source) {
    }

    private record Counts(int tp, int fp, int fn, int tn) {
        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "tp=%d fp=%d fn=%d tn=%d precision=%.3f recall=%.3f", tp, fp, fn, tn, precision(), recall());
        }
    }

    private static final List<Row> ROWS = new ArrayList<>();

    @BeforeAll
    static void load() {
        List<String[]> raw = TestLetters.fixtureRows("/org/letterlint/field/passive-sentences.tsv");
        assertEquals(List.of("split", "label", "target", "sentence", "source"), List.of(raw.get(0)));
        for (int i = 1; i < raw.size(); i++) {
            String[] r = raw.get(i);
            assertEquals(5, r.length, "row " + i);
            assertTrue(r[1].equals("passive") || r[1].equals("not"), "row " + i + " label " + r[1]);
            ROWS.add(new Row(i, r[0], r[1].equals("passive"), r[2], r[3], r[4]));
        }
    }

    /** Whether the rule reports the participle of the row's target as passive. */
    private static boolean predicted(Row row) {
        TextModel model = TestLetters.model(row.sentence());
        String text = model.text();
        int at = text.toLowerCase(Locale.ROOT).indexOf(row.target().toLowerCase(Locale.ROOT));
        assertTrue(at >= 0, "row " + row.line() + ": target '" + row.target() + "' not in its sentence");
        int end = at + row.target().length();
        while (end > at && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > at && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        List<Finding> out = new ArrayList<>();
        RULE.check(new RuleContext(model, null, RuleSettings.DEFAULTS), out);
        int from = start;
        int to = end;
        return out.stream().anyMatch(f -> f.rule().equals(PassiveVoiceRule.ID) && f.start() < to && f.end() > from);
    }

    private static Counts count(String split, boolean printErrors) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (Row row : ROWS) {
            if (!row.split().equals(split)) {
                continue;
            }
            boolean p = predicted(row);
            if (p && row.passive()) {
                tp++;
            } else if (p) {
                fp++;
            } else if (row.passive()) {
                fn++;
            } else {
                tn++;
            }
            if (printErrors && p != row.passive()) {
                System.out.println("passive-voice " + split + " " + (p ? "FP" : "FN") + " row " + row.line() + ": [" + row.target() + "] " + row.sentence());
            }
        }
        return new Counts(tp, fp, fn, tn);
    }

    @Test
    void theSetIsLargeAndAboutHalfAndHalf() {
        long passive = ROWS.stream().filter(Row::passive).count();
        assertTrue(ROWS.size() >= 200, "rows " + ROWS.size());
        assertTrue(passive >= 0.4 * ROWS.size() && passive <= 0.6 * ROWS.size(), passive + " passive of " + ROWS.size());
        assertTrue(ROWS.stream().allMatch(r -> r.split().equals(r.line() % 3 == 0 ? "holdout" : "tune")), "every third row is holdout");
        assertTrue(ROWS.stream().allMatch(r -> r.sentence().split("\\s+").length <= 45), "sentences are short quotes, not letters");
        assertTrue(ROWS.stream().allMatch(r -> r.source().startsWith("http")), "every row has its source address");
    }

    @Test
    void precisionAndRecallReachTheBars() {
        Counts tune = count("tune", true);
        Counts holdout = count("holdout", Boolean.getBoolean("letterlint.passive.holdoutErrors"));
        Counts all = tune.plus(holdout);
        System.out.println("passive-voice tune:    " + tune);
        System.out.println("passive-voice holdout: " + holdout);
        System.out.println("passive-voice all:     " + all);
        assertTrue(all.precision() >= MIN_PRECISION, "precision " + all);
        assertTrue(all.recall() >= MIN_RECALL, "recall " + all);
    }

    /** Near misses written for the rule: participles used as adjectives after "be". */
    @ParameterizedTest
    @ValueSource(strings = {"I am so disappointed that this happened.", "We are very concerned about the delay.",
        "You were understandably upset with the reply.", "The office is located on the High Street.",
        "The charge is based on the size of the property.", "Everyone who was involved in your care has seen your letter.",
        "We are committed to putting this right.", "You are entitled to a refund.",
        "I was deeply saddened to hear of your loss.", "She is highly qualified for this work.",
        "If you are dissatisfied with this response, please write to us."})
    void nearMissesAreNotPassive(String sentence) {
        assertFalse(passiveSomewhere(sentence), sentence);
    }

    /** Passives that the rule must keep: agent, get-passive, modal, being, adverbs in between. */
    @ParameterizedTest
    @ValueSource(strings = {"Your complaint was closed by the duty manager.", "Your complaint has been investigated.",
        "The matter was referred to the ombudsman.", "You should have been told sooner.", "Your letter got lost in the post.",
        "The repair is being arranged.", "Your records were not properly checked.", "The office was closed by the council last year.", "Concerns were raised about the ward."})
    void passivesAreReported(String sentence) {
        assertTrue(passiveSomewhere(sentence), sentence);
    }

    private static boolean passiveSomewhere(String sentence) {
        List<Finding> out = new ArrayList<>();
        RULE.check(new RuleContext(TestLetters.model(sentence), null, RuleSettings.DEFAULTS), out);
        return !out.isEmpty();
    }
}
