package org.letterlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.letterlint.TestLetters;

/**
 * A letter with no full stop is one sentence of hundreds of thousands of words, and OpenNLP's
 * tagger copies the sentence so far at every word (quadratic: it never finished on 2 MB). Such
 * sentences are tagged in pieces; the model still holds one sentence, so the long-sentence rule
 * sees what the writer wrote. A run of characters with no space at all is masked, so the tokenizer
 * and sentence detector, which look at the whole run for every character of it, never see it.
 */
class LongSentenceTaggingTest {
    /** A quarter of the 2 MiB limit: the quadratic tagger took many minutes on this, the pieces a few seconds. */
    private static final int SIZE = 512 * 1024;
    private static final Duration BOUND = Duration.ofSeconds(30);

    private static TextModel build(String text) {
        return assertTimeoutPreemptively(BOUND, () -> TestLetters.model(text));
    }

    @Test
    void aLetterWithNoFullStopIsOneSentenceTaggedInPieces() {
        String unit = "we will look into this and ";
        String body = unit.repeat(SIZE / unit.length()) + "reply";
        TextModel model = build(body);
        assertEquals(1, model.sentences().size(), "still one sentence");
        Sentence sentence = model.sentences().get(0);
        assertEquals(0, sentence.start());
        assertEquals(body.length(), sentence.end());
        assertEquals(body.split(" ").length, sentence.tokenCount());
        assertTrue(model.tokens().stream().allMatch(t -> t.tag() != null && !t.tag().isEmpty()), "every word tagged");
        long verbs = model.tokens().stream().filter(t -> t.text().equals("look") && t.tag().equals("VERB")).count();
        assertEquals(SIZE / unit.length(), verbs, "'look' is a verb in every piece, as in the whole sentence");
    }

    @Test
    void aSentenceUnderTheCapIsTaggedWhole() {
        String sentence = "Thank you for your letter of 3 May, which we received on Monday, about the repairs to "
                + "your kitchen that our contractor did not finish, and the damp in the back bedroom that we "
                + "promised to inspect but did not, for which we are very sorry.";
        TextModel model = TestLetters.model(sentence);
        String[] words = model.tokens().stream().map(Token::text).toArray(String[]::new);
        String[] whole = EnglishNlp.get().tags(words);
        assertEquals(Arrays.asList(whole), model.tokens().stream().map(Token::tag).toList());
    }

    @Test
    void piecesEndAtPunctuationOrASpaceAndNeverExceedTheCap() {
        String unit = "we will look into this, and ";
        String body = unit.repeat(2000);
        TextModel model = TestLetters.model(body);
        List<Token> tokens = model.tokens();
        int[] starts = tokens.stream().mapToInt(Token::start).toArray();
        int[] ends = tokens.stream().mapToInt(Token::end).toArray();
        List<Integer> pieces = SentencePieces.starts(body, starts, ends, 0, tokens.size());
        assertEquals(0, pieces.get(0));
        for (int i = 1; i < pieces.size(); i++) {
            int size = pieces.get(i) - pieces.get(i - 1);
            assertTrue(size <= SentencePieces.MAX_TOKENS && size > SentencePieces.MAX_TOKENS / 2, "piece of " + size + " tokens");
            assertEquals(",", tokens.get(pieces.get(i) - 1).text(), "a piece ends after a comma");
        }
    }

    /** Runs with no space, as long as a letter may be: the tokenizer once looked at the whole run for each character. */
    @ParameterizedTest
    @ValueSource(strings = {"{{", "a.", "a", "-", "a,", "\u201c", "0", "(a)"})
    void aLongRunWithoutSpacesIsMaskedAndBuiltQuickly(String unit) {
        String body = "We are sorry. " + unit.repeat(SIZE / unit.length()) + " We will call you.";
        TextModel model = build(body);
        Mask run = model.masks().stream().filter(m -> m.kind() == MaskKind.LONG_RUN).findFirst().orElse(null);
        assertNotNull(run, "the run is masked");
        assertEquals("We are sorry. ".length(), run.start());
        assertTrue(model.tokens().stream().anyMatch(t -> t.text().equals("sorry") && !t.isMasked()), "prose either side stays");
        assertTrue(model.tokens().stream().anyMatch(t -> t.text().equals("call") && !t.isMasked()), "prose either side stays");
    }

    /** A URL inside a run keeps its own mask; the rest of the run around it is still masked. */
    @Test
    void aRunHoldingAUrlIsMaskedAroundIt() {
        String half = "(".repeat(SIZE / 2);
        String body = "We are sorry. " + half + "https://example.org/" + half + " We will call you.";
        TextModel model = build(body);
        assertEquals(List.of(MaskKind.LONG_RUN, MaskKind.URL), model.masks().stream().map(Mask::kind).toList());
        assertEquals(body.indexOf('('), model.masks().get(0).start());
        assertEquals(body.indexOf("https:"), model.masks().get(0).end());
    }

    @Test
    void ordinaryLongWordsAndUrlsAreNotRuns() {
        String text = "The counter-intuitive, state-of-the-art and/or well-intentioned approach, see "
                + "https://www.example.org/" + "a".repeat(150) + " today.";
        List<Mask> masks = new Masker().find(text, 0, text.length());
        assertEquals(List.of(MaskKind.URL), masks.stream().map(Mask::kind).toList());
    }
}
