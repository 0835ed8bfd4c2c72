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

    public static ReadabilityScores of(TextModel model) {
        int words = 0;
        int syllables = 0;
        int sentences = 0;
        for (Sentence sentence : model.sentences()) {
            if (sentence.heading()) {
                continue;
            }
            int sentenceWords = 0;
            for (Token token : model.tokens(sentence)) {
                if (isCountedWord(token)) {
                    sentenceWords++;
                    syllables += SyllableCounter.count(token.text());
                }
            }
            if (sentenceWords > 0) {
                words += sentenceWords;
                sentences++;
            }
        }
        return ReadabilityScores.of(words, sentences, syllables);
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

    /** The hardest sentences first, judged by their own Flesch-Kincaid grade; headings are left out. */
    public static List<HardSentence> hardest(TextModel model, int limit) {
        List<HardSentence> all = new ArrayList<>();
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
            if (words >= 8) {
                all.add(new HardSentence(sentence, words, ReadabilityScores.of(words, 1, syllables).fleschKincaidGrade()));
            }
        }
        all.sort(Comparator.comparingDouble(HardSentence::grade).reversed());
        return all.subList(0, Math.min(limit, all.size()));
    }

    /** A clitic such as "'s" or "n't" is part of the word before it, not a word of its own. */
    private static boolean isCountedWord(Token token) {
        return token.isProseWord() && !token.norm().startsWith("'") && !token.norm().equals("n't");
    }

    /** A sentence and how hard it is. */
    public record HardSentence(Sentence sentence, int words, double grade) {
    }
}
