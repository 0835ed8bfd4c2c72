package org.letterlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.letterlint.source.LetterSource;

/**
 * A paragraph's sentences and a sentence's masks are looked up, not filtered from every sentence or
 * mask of the letter: rules ask for them once per sentence, so filtering took the square of a
 * letter of many short paragraphs.
 */
class TextModelLookupTest {
    @Test
    void paragraphsAndMasksOfAMillionSentencesAreLookedUp() {
        int n = 1_000_000;
        String text = "x.".repeat(n);
        List<Sentence> sentences = new ArrayList<>();
        List<Mask> masks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sentences.add(new Sentence(i, 2 * i, 2 * i + 2, 0, 0, false, i / 2));
            masks.add(new Mask(2 * i, 2 * i + 1, MaskKind.PLACEHOLDER));
        }
        TextModel model = new TextModel(LetterSource.of("t.txt", text), new LetterLayout(0, text.length()), masks, sentences, List.of());
        int[] total = {0};
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int p = 0; p < n / 2; p++) {
                total[0] += model.paragraph(p).size();
            }
            for (Sentence s : model.sentences()) {
                total[0] += model.masks(s).size();
            }
        });
        assertEquals(2 * n, total[0]);
        assertEquals(List.of(sentences.get(6), sentences.get(7)), model.paragraph(3));
        assertEquals(List.of(), model.paragraph(n));
    }
}
