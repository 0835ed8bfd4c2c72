package org.letterlint.readability;

/**
 * A letter's readability, over its prose only (placeholders, addresses and codes left out).
 *
 * @param words                 words of prose
 * @param sentences             sentences and list items (headings are not counted)
 * @param syllables             syllables in those words
 * @param averageSentenceLength words per sentence
 * @param fleschReadingEase     Flesch (1948): 206.835 - 1.015 words/sentence - 84.6 syllables/word
 * @param fleschKincaidGrade    Kincaid et al. (1975): 0.39 words/sentence + 11.8 syllables/word - 15.59
 * @param readingAge            the UK reading age: the US school grade plus five, in whole years
 */
public record ReadabilityScores(int words, int sentences, int syllables, double averageSentenceLength,
                                double fleschReadingEase, double fleschKincaidGrade, int readingAge) {
    /** The plain-English target for letters to the public. */
    public static final double TARGET_READING_EASE = 60;
    public static final int TARGET_READING_AGE_MIN = 9;
    public static final int TARGET_READING_AGE_MAX = 11;

    public static ReadabilityScores of(int words, int sentences, int syllables) {
        if (words == 0 || sentences == 0) {
            return new ReadabilityScores(words, sentences, syllables, 0, 0, 0, 0);
        }
        double wordsPerSentence = (double) words / sentences;
        double syllablesPerWord = (double) syllables / words;
        double ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
        double grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
        int age = (int) Math.max(5, Math.round(grade + 5));
        return new ReadabilityScores(words, sentences, syllables, round1(wordsPerSentence), round1(ease), round1(grade), age);
    }

    /** Flesch's own bands, in words a caseworker can use: "plain" is the target. */
    public String verdict() {
        double e = fleschReadingEase;
        if (words == 0) {
            return "empty";
        }
        if (e >= 90) {
            return "very easy";
        }
        if (e >= 80) {
            return "easy";
        }
        if (e >= 70) {
            return "fairly easy";
        }
        if (e >= 60) {
            return "plain";
        }
        if (e >= 50) {
            return "fairly difficult";
        }
        if (e >= 30) {
            return "difficult";
        }
        return "very difficult";
    }

    public boolean meetsTarget() {
        return fleschReadingEase >= TARGET_READING_EASE;
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
