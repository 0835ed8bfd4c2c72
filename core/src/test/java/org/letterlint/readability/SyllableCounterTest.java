package org.letterlint.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.letterlint.TestLetters;

class SyllableCounterTest {
    private static Map<String, Integer> dictionary() {
        Map<String, Integer> known = new LinkedHashMap<>();
        for (String[] row : TestLetters.fixtureRows("/org/letterlint/syllables.tsv")) {
            known.put(row[0], Integer.parseInt(row[1]));
        }
        return known;
    }

    @Test
    void agreesWithTheDictionaryOnAtLeast95PercentOfWords() {
        Map<String, Integer> known = dictionary();
        assertTrue(known.size() >= 300, "the dictionary must hold at least 300 words, has " + known.size());
        List<String> wrong = new ArrayList<>();
        int misses = 0;
        for (var e : known.entrySet()) {
            int counted = SyllableCounter.count(e.getKey());
            if (counted != e.getValue()) {
                misses++;
                wrong.add(e.getKey() + "=" + counted + " (not " + e.getValue() + ")");
            }
        }
        double accuracy = 1.0 - (double) misses / known.size();
        assertTrue(accuracy >= 0.95, "accuracy " + accuracy + "; wrong: " + wrong);
    }

    @Test
    void neverOffByMoreThanOneOnTheDictionary() {
        for (var e : dictionary().entrySet()) {
            int counted = SyllableCounter.count(e.getKey());
            assertTrue(Math.abs(counted - e.getValue()) <= 1, e.getKey() + " counted " + counted + ", dictionary says " + e.getValue());
        }
    }

    @ParameterizedTest
    @CsvSource({"asked,1", "wanted,2", "makes,1", "places,2", "table,2", "make,1", "the,1", "I,1",
        "body-worn,3", "£150,2", "2024,2", "officer's,3", "APPOINTMENT,3"})
    void handlesEndingsNumbersHyphensAndCase(String word, int expected) {
        assertEquals(expected, SyllableCounter.count(word), word);
    }
}
