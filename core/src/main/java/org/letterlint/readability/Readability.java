package org.letterlint.readability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.letterlint.text.Sentence;
import org.letterlint.text.TextModel;
import org.letterlint.text.Token;

/** Measures a letter's readability from its text model. */
public final class Readability {
    private Readability() {
    }

    /** Measures every sentence of the letter once; the scores and the hardest sentences both come from that. */
    public static Measured measure(TextModel model) {
        List<SentenceCount> counts = new ArrayList<>();
        for (Sentence sentence : model.sentences()) {
            if (sentence.heading()) {
                continue;
            }
            int words = 0;
            int syllables = 0;
            for (Token token : model.tokens(sentence)) {
                if (isCountedWord(token)) {
                    words++;
                    syllables += SyllableCounter.count(token.text());
                }
            }
            if (words > 0) {
                counts.add(new SentenceCount(sentence, words, syllables));
            }
        }
        return new Measured(counts);
    }

    /** Words in one sentence, counted as for readability. */
    public static int wordCount(TextModel model, Sentence sentence) {
        int words = 0;
        for (Token token : model.tokens(sentence)) {
            if (isCountedWord(token)) {
                words++;
            }
        }
        return words;
    }

    /** A clitic such as "'s" or "n't" is part of the word before it, not a word of its own. */
    private static boolean isCountedWord(Token token) {
        return token.isProseWord() && !token.norm().startsWith("'") && !token.norm().equals("n't");
    }

    /** A sentence and how hard it is. */
    public record HardSentence(Sentence sentence, int words, double grade) {
    }

    private record SentenceCount(Sentence sentence, int words, int syllables) {
    }

    /** The word and syllable counts of a letter's sentences (headings left out). */
    public static final class Measured {
        private final List<SentenceCount> counts;

        private Measured(List<SentenceCount> counts) {
            this.counts = List.copyOf(counts);
        }

        /** The letter's scores over all its sentences. */
        public ReadabilityScores scores() {
            int words = counts.stream().mapToInt(SentenceCount::words).sum();
            int syllables = counts.stream().mapToInt(SentenceCount::syllables).sum();
            return ReadabilityScores.of(words, counts.size(), syllables);
        }

        /** The hardest sentences first, judged by their own Flesch-Kincaid grade; sentences under eight words are left out. */
        public List<HardSentence> hardest(int limit) {
            List<HardSentence> all = new ArrayList<>();
            for (SentenceCount c : counts) {
                if (c.words() >= 8) {
                    all.add(new HardSentence(c.sentence(), c.words(), ReadabilityScores.of(c.words(), 1, c.syllables()).fleschKincaidGrade()));
                }
            }
            all.sort(Comparator.comparingDouble(HardSentence::grade).reversed());
            return all.subList(0, Math.min(limit, all.size()));
        }
    }
}
