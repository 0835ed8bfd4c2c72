package org.letterlint.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.letterlint.TestLetters;

class ReadabilityScoresTest {
    /**
     * Flesch (1948), "A new readability yardstick": Reading Ease = 206.835 - 1.015 ASL - 84.6 ASW.
     * Kincaid, Fishburne, Rogers and Chissom (1975): grade = 0.39 ASL + 11.8 ASW - 15.59.
     * Worked example used in Kincaid et al. and many textbooks: 100 words, 5 sentences, 150 syllables
     * (ASL 20, ASW 1.5) gives Reading Ease 59.6 and grade 9.9.
     */
    @Test
    void matchesTheTextbookWorkedExample() {
        ReadabilityScores s = ReadabilityScores.of(100, 5, 150);
        assertEquals(20.0, s.averageSentenceLength());
        assertEquals(59.6, s.fleschReadingEase(), 0.05);
        assertEquals(9.9, s.fleschKincaidGrade(), 0.05);
        assertEquals(15, s.readingAge(), "reading age is grade + 5, rounded");
        assertEquals("fairly difficult", s.verdict());
    }

    /** "The cat sat on the mat." 6 words, 1 sentence, 6 syllables: the classic very easy sentence. */
    @Test
    void theCatSatOnTheMat() {
        ReadabilityScores s = ReadabilityScores.of(6, 1, 6);
        assertEquals(116.1, s.fleschReadingEase(), 0.05);
        assertEquals(-1.4, s.fleschKincaidGrade(), 0.05);
        assertEquals(5, s.readingAge(), "reading age does not go below 5");
        assertEquals("very easy", s.verdict());
    }

    /** Flesch's bands: 60 to 70 is "plain English", the target for letters to the public. */
    @Test
    void bandsFollowFlesch() {
        assertEquals("plain", ReadabilityScores.of(100, 5, 145).verdict());
        assertEquals("very difficult", ReadabilityScores.of(100, 2, 190).verdict());
    }

    @Test
    void measuresOnlyTheProseOfALetter() {
        String text = "Acme Council\n1 High Street\nTown AB1 2CD\n\nRef: ABC/2024/0001\n\nDear {{name}},\n\n"
                + "The cat sat on the mat. Call 01632 960 000 or email help@acme.example today.\n\nYours sincerely,\n\nJo Bloggs\n";
        ReadabilityScores s = TestLetters.lint(text).readability();
        assertEquals(2, s.sentences());
        assertEquals(10, s.words(), "the phone number and e-mail address are not words; the letterhead is not counted");
    }

    @Test
    void emptyProseScoresZero() {
        ReadabilityScores s = ReadabilityScores.of(0, 0, 0);
        assertEquals("empty", s.verdict());
        assertEquals(0, s.readingAge());
    }
}
