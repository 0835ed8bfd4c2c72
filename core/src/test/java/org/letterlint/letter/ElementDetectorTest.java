package org.letterlint.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.letterlint.TestLetters;

/** Element detection against element-fixtures.tsv: unusual wordings that must count, near misses that must not. */
class ElementDetectorTest {
    private static final ElementDetector DETECTOR = ElementDetector.bundled();

    /** @param verdict present (a cue shows it), unsure (only a hint cue comes near) or absent (nothing does) */
    record Fixture(String element, String verdict, String body) {
        boolean present() {
            return verdict.equals("present");
        }

        @Override
        public String toString() {
            return element + " " + verdict + " in: " + body;
        }
    }

    static List<Fixture> fixtures() {
        return TestLetters.fixtureRows("/org/letterlint/element-fixtures.tsv").stream()
                .map(c -> new Fixture(c[0], c[1], c[2].replace("\\n", "\n"))).toList();
    }

    static Stream<Arguments> cases() {
        return fixtures().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixture(Fixture fixture) {
        var shown = DETECTOR.examine(TestLetters.model(TestLetters.letter(fixture.body())));
        String verdict = shown.found().containsKey(fixture.element()) ? "present" : shown.near().containsKey(fixture.element()) ? "unsure" : "absent";
        assertEquals(fixture.verdict(), verdict, () -> "found: " + shown.found().keySet() + ", near: " + shown.near().keySet());
    }

    @Test
    void everyElementOfEveryTypeHasThreeOfEach() {
        Map<String, int[]> counts = new HashMap<>();
        for (Fixture f : fixtures()) {
            counts.computeIfAbsent(f.element(), k -> new int[2])[f.present() ? 0 : 1]++;
        }
        for (String element : List.of("thanks", "summary", "apology", "impact", "reasons", "actions", "review", "contact", "timescale")) {
            int[] c = counts.getOrDefault(element, new int[2]);
            assertEquals(true, c[0] >= 3 && c[1] >= 3, element + ": " + c[0] + " present, " + c[1] + " absent");
        }
    }

    @Test
    void aPhoneNumberInTheLetterheadIsAWayToReachTheNamedWriter() {
        String body = "Dear Ms Smith,\n\nIf you have any questions, please contact me.\n\nYours sincerely,\n\nJo Bloggs\n";
        assertFalse(DETECTOR.detect(TestLetters.model(body)).containsKey("contact"), "no way to reach her");
        assertTrue(DETECTOR.detect(TestLetters.model("Riverside Council\nTel: 01632 960123\n\n" + body)).containsKey("contact"));
        String team = "Riverside Council\nTel: 01632 960123\n\nDear Ms Smith,\n\nPlease contact us.\n\nYours sincerely,\n\nComplaints Team\n";
        assertFalse(DETECTOR.detect(TestLetters.model(team)).containsKey("contact"), "a number, but nobody named to ask for");
    }

    @Test
    void aLetterSignedByATeamHasNoSignatory() {
        String text = "Dear Jo,\n\nThank you.\n\nYours sincerely,\n\nCustomer Relations Team\n";
        assertEquals(null, ElementDetector.signatory(TestLetters.model(text)));
        String named = "Dear Jo,\n\nThank you.\n\nYours sincerely,\n\nDr Nicola Pryor\nManager\n";
        assertEquals("Dr Nicola Pryor", ElementDetector.signatory(TestLetters.model(named)));
    }
}
