package org.letterlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.letterlint.rules.Category;
import org.letterlint.rules.Finding;
import org.letterlint.rules.Rule;
import org.letterlint.rules.RuleContext;
import org.letterlint.rules.RuleInfo;
import org.letterlint.rules.Severity;
import org.letterlint.source.LetterSource;
import org.letterlint.text.LetterLayout;
import org.letterlint.text.TextModel;

/**
 * Tidying a letter's findings takes time in proportion to their number: each was compared with
 * every finding kept so far (hours for the 250,000 findings of a letter that repeats one word).
 */
class TidyScaleTest {
    @Test
    void aQuarterOfAMillionFindingsAreTidiedQuicklyAndAsBefore() {
        String text = "utilise ".repeat(250_000);
        TextModel model = new TextModel(LetterSource.of("t.txt", text), new LetterLayout(0, text.length()), List.of(), List.of(), List.of());
        // What the tidy step reads of each finding's rule: ours about words, or LanguageTool's.
        RuleSet rules = new RuleSet(List.of(new Rule() {
            @Override
            public List<RuleInfo> describe() {
                return List.of(info("jargon.utilise", Category.JARGON, RuleInfo.Origin.LETTERLINT), info("jargon.util", Category.JARGON, RuleInfo.Origin.LETTERLINT),
                        info("spelling.lt-morfologik", Category.SPELLING, RuleInfo.Origin.LANGUAGETOOL),
                        info("spelling.lt-x", Category.SPELLING, RuleInfo.Origin.LANGUAGETOOL));
            }

            @Override
            public void check(RuleContext context, List<Finding> out) {
            }
        }));
        List<Finding> raw = new ArrayList<>();
        for (int i = 0; i < 250_000; i++) {
            int start = i * 8;
            raw.add(new Finding("jargon.utilise", Category.JARGON, Severity.WARNING, start, start + 7, "utilise", "m", List.of("use")));
            // A shorter finding of the same category inside it: covered, so dropped.
            raw.add(new Finding("jargon.util", Category.JARGON, Severity.INFO, start, start + 4, "util", "m", List.of()));
            // LanguageTool on the same word: ours says more, so LanguageTool's is dropped.
            raw.add(new Finding("spelling.lt-morfologik", Category.SPELLING, Severity.WARNING, start, start + 7, "utilise", "m", List.of()));
        }
        int last = text.length() - 8;
        raw.add(new Finding("spelling.lt-x", Category.SPELLING, Severity.WARNING, last + 7, last + 8, " ", "m", List.of()));
        List<Finding> kept = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Linter.tidy(model, raw, rules));
        assertEquals(250_001, kept.size());
        assertEquals(250_000, kept.stream().filter(f -> f.rule().equals("jargon.utilise")).count());
        assertEquals("spelling.lt-x", kept.get(kept.size() - 1).rule());
    }

    private static RuleInfo info(String id, Category category, RuleInfo.Origin origin) {
        return new RuleInfo(id, category, Severity.WARNING, "", "", "", "", RuleInfo.Kind.WORDS, origin, false);
    }
}
