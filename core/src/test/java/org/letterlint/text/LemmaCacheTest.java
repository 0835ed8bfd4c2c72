package org.letterlint.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lemma cache lemmatizes each word on its own; this checks it agrees with whole-sentence
 * lemmatization on typical letter sentences, so the speed-up costs no accuracy.
 */
class LemmaCacheTest {
    private static final String TEXT = "Thank you for your complaint about the taxi that takes Daniel to school. "
            + "You told us that since September the taxi has been late on eleven mornings, and that twice it did not come at all. "
            + "Your complaint was escalated to a manager, who has reviewed the records and spoken to the drivers. "
            + "The referral was not actioned until May, and we are liaising with the hospital. "
            + "I'm sorry that you were left waiting, and we have finalised the changes we promised. "
            + "The officers denied that they had used excessive force, but the footage shows otherwise.";

    @Test
    void cachedLemmasAgreeWithSentenceLemmas() {
        EnglishNlp nlp = EnglishNlp.get();
        int total = 0;
        List<String> different = new ArrayList<>();
        for (opennlp.tools.util.Span s : nlp.sentences(TEXT)) {
            String sentence = s.getCoveredText(TEXT).toString();
            opennlp.tools.util.Span[] spans = nlp.tokens(sentence);
            String[] words = new String[spans.length];
            for (int i = 0; i < spans.length; i++) {
                words[i] = spans[i].getCoveredText(sentence).toString();
            }
            String[] tags = nlp.tags(words);
            String[] cached = nlp.lemmas(words, tags);
            String[] inContext = nlp.lemmasInContext(words, tags);
            for (int i = 0; i < words.length; i++) {
                total++;
                String expected = inContext[i].equals("O") ? words[i].toLowerCase() : inContext[i];
                String actual = cached[i].equals("O") ? words[i].toLowerCase() : cached[i];
                if (!expected.equalsIgnoreCase(actual)) {
                    different.add(words[i] + "/" + tags[i] + ": " + actual + " vs " + expected);
                }
            }
        }
        assertTrue(different.size() * 50 <= total, "more than 2% differ: " + different + " of " + total);
    }
}
