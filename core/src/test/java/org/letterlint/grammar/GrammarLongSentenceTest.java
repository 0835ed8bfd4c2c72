package org.letterlint.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.languagetool.markup.AnnotatedText;
import org.letterlint.engine.Customisation;
import org.letterlint.engine.Linter;
import org.letterlint.rules.Finding;
import org.letterlint.rules.RuleContext;
import org.letterlint.rules.RuleSettings;
import org.letterlint.source.LetterSource;
import org.letterlint.text.SentencePieces;
import org.letterlint.text.TextModel;

/**
 * LanguageTool splits the text into sentences itself, and its chunker, like OpenNLP's tagger,
 * redoes the sentence so far at every word: 64 KB with no full stop took nearly two minutes, the
 * 100,000 characters it reads at most (see GrammarCheckedLengthTest) far longer. An over-long sentence reaches LanguageTool as paragraphs of at most
 * {@link SentencePieces#MAX_TOKENS} tokens; a real sentence is never cut.
 */
class GrammarLongSentenceTest {
    private static final Linter LINTER = Linter.standard(Customisation.NONE, true);
    private static final String UNIT = "we will look into this and ";

    /** The rule on its own: in a whole lint the long-sentence finding over the text would hide its findings. */
    @Test
    void aLetterWithNoFullStopIsCheckedToTheEndInBoundedTime() {
        String body = UNIT.repeat((GrammarRule.MAX_CHECKED_CHARS - 100) / UNIT.length()) + "tell you what we have recieved";
        String text = "Dear Mr Jones,\n\n" + body + "\n\nYours sincerely,\n\nJo\n";
        TextModel model = LINTER.model(LetterSource.of("t.txt", text));
        GrammarRule rule = new GrammarRule(Set.of());
        rule.check(new RuleContext(LINTER.model(LetterSource.of("w.txt", "We are sorry.")), null, RuleSettings.DEFAULTS), new ArrayList<>());
        // Linear, this is well under a minute on a busy machine; the quadratic chunker took several.
        List<Finding> found = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            List<Finding> out = new ArrayList<>();
            rule.check(new RuleContext(model, null, RuleSettings.DEFAULTS), out);
            return out;
        });
        Finding misspelt = found.stream().filter(f -> f.text().equals("recieved")).findFirst()
                .orElseThrow(() -> new AssertionError("the last words are checked too"));
        assertEquals(text.lastIndexOf("recieved"), misspelt.start());
    }

    @Test
    void anOverLongSentenceReachesLanguageToolAsParagraphsAndARealOneWhole() {
        String body = UNIT.repeat(100) + "reply. We are sorry that the repair took so long.";
        TextModel model = LINTER.model(LetterSource.of("t.txt", body));
        AnnotatedText annotated = GrammarRule.annotated(model);
        String read = annotated.getPlainText();
        String[] paragraphs = read.split("\n\n");
        assertTrue(paragraphs.length >= 700 / SentencePieces.MAX_TOKENS, paragraphs.length + " paragraphs");
        assertTrue(paragraphs[paragraphs.length - 1].endsWith("We are sorry that the repair took so long."));
        assertEquals(body.replace("\n\n", ""), read.replace("\n\n", ""), "only paragraph breaks are added");
        int second = read.indexOf("\n\n") + 2;
        assertEquals(read.substring(second, second + 10), body.substring(annotated.getOriginalTextPositionFor(second, false), 
                annotated.getOriginalTextPositionFor(second, false) + 10), "offsets map back to the letter");
    }
}
