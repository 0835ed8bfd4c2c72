package org.letterlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall on the labelled corpus, end to end through the command line. The figures
 * print to the test log (target/surefire-reports) so a change that moves them is visible.
 */
class CorpusAccuracyTest {
    private static CorpusScorer scorer;
    private static CorpusScorer detected;

    @BeforeAll
    static void scoreTheCorpus() throws Exception {
        scorer = CorpusScorer.score(true);
        detected = CorpusScorer.score(false);
        scorer.categories.forEach((category, tally) -> System.out.println("corpus " + category + ": " + tally));
        System.out.println("corpus elements: accuracy " + scorer.elementAccuracy() + " (" + scorer.elementsRight + "/" + scorer.elementPairs
                + "); wrong: " + scorer.elementErrors);
        System.out.println("corpus type detection: accuracy " + detected.typeAccuracy() + "; wrong: " + detected.typeErrors);
    }

    @Test
    void defensivePrecisionAndRecallAreAtLeast90Percent() {
        CorpusScorer.Tally t = scorer.categories.get("defensive");
        assertTrue(t.precision() >= 0.9 && t.recall() >= 0.9, t.toString());
    }

    @Test
    void elementAccuracyIsAtLeast95Percent() {
        assertTrue(scorer.elementAccuracy() >= 0.95, scorer.elementErrors.toString());
    }

    @Test
    void typeDetectionAccuracyIsAtLeast95Percent() {
        assertTrue(detected.typeAccuracy() >= 0.95, detected.typeErrors.toString());
    }

    @Test
    void jargonPrecisionAndRecallAreAtLeast90Percent() {
        CorpusScorer.Tally t = scorer.categories.get("jargon");
        assertTrue(t.precision() >= 0.9 && t.recall() >= 0.9, t.toString());
    }

    @Test
    void acronymPrecisionAndRecallAreAtLeast90Percent() {
        CorpusScorer.Tally t = scorer.categories.get("acronym");
        assertTrue(t.precision() >= 0.9 && t.recall() >= 0.9, t.toString());
    }

    @Test
    void goodLettersGetNoJargonOrAcronymFindings() throws Exception {
        Path dir = CorpusScorer.corpusDir();
        List<String> flagged = new ArrayList<>();
        for (JsonNode entry : CorpusScorer.labels()) {
            if (!entry.get("quality").asText().equals("good")) {
                continue;
            }
            JsonNode report = Cli.run("check", "--format", "json", dir.resolve(entry.get("file").asText()).toString()).json();
            for (JsonNode f : report.get("files").get(0).get("findings")) {
                String category = f.get("category").asText();
                if (category.equals("jargon") || category.equals("acronym") || category.equals("defensive")) {
                    flagged.add(entry.get("file").asText() + ": " + f.get("rule").asText() + " '" + f.get("text").asText() + "'");
                }
            }
        }
        assertEquals(List.of(), flagged);
    }
}
