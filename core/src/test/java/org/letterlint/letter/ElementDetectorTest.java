package org.letterlint.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    record Fixture(String element, boolean present, String body) {
        @Override
        public String toString() {
            return element + (present ? " in: " : " not in: ") + body;
        }
    }

    static List<Fixture> fixtures() {
        return TestLetters.fixtureRows("/org/letterlint/element-fixtures.tsv").stream()
                .map(c -> new Fixture(c[0], c[1].equals("present"), c[2].replace("\\n", "\n"))).toList();
    }

    static Stream<Arguments> cases() {
        return fixtures().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixture(Fixture fixture) {
        var found = DETECTOR.detect(TestLetters.model(TestLetters.letter(fixture.body())));
        assertEquals(fixture.present(), found.containsKey(fixture.element()), () -> "found: " + found.keySet());
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
    void aLetterSignedByATeamHasNoSignatory() {
        String text = "Dear Jo,\n\nThank you.\n\nYours sincerely,\n\nCustomer Relations Team\n";
        assertEquals(null, ElementDetector.signatory(TestLetters.model(text)));
        String named = "Dear Jo,\n\nThank you.\n\nYours sincerely,\n\nDr Nicola Pryor\nManager\n";
        assertEquals("Dr Nicola Pryor", ElementDetector.signatory(TestLetters.model(named)));
    }
}
