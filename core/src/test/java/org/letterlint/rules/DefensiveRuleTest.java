package org.letterlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.letterlint.TestLetters;

/** Every defensive family against the fixtures in defensive-fixtures.tsv: must-flag sentences and near misses. */
class DefensiveRuleTest {
    record Fixture(String rule, boolean flag, String sentence, String flagged) {
        @Override
        public String toString() {
            return rule + (flag ? " flags: " : " passes: ") + sentence;
        }
    }

    static List<Fixture> fixtures() throws IOException {
        List<Fixture> fixtures = new ArrayList<>();
        try (var in = DefensiveRuleTest.class.getResourceAsStream("/org/letterlint/defensive-fixtures.tsv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                fixtures.add(new Fixture("defensive." + c[0], c[1].equals("flag"), c[2], c.length > 3 ? c[3] : ""));
            }
        }
        return fixtures;
    }

    static Stream<Arguments> cases() throws IOException {
        return fixtures().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixture(Fixture fixture) {
        List<Finding> found = TestLetters.findings(fixture.sentence(), "defensive").stream()
                .filter(f -> f.rule().equals(fixture.rule())).toList();
        if (fixture.flag()) {
            assertTrue(found.stream().anyMatch(f -> f.text().contains(fixture.flagged()) || fixture.flagged().contains(f.text())),
                    () -> "expected '" + fixture.flagged() + "' flagged, got " + TestLetters.texts(found));
        } else {
            assertEquals(List.of(), TestLetters.texts(found));
        }
    }

    @Test
    void everyFamilyHasAtLeastThreeFlaggedSentencesAndThreeNearMisses() throws IOException {
        Map<String, int[]> counts = new HashMap<>();
        for (Fixture f : fixtures()) {
            counts.computeIfAbsent(f.rule(), k -> new int[2])[f.flag() ? 0 : 1]++;
        }
        for (RuleInfo info : ExistenceRule.defensive().describe()) {
            int[] c = counts.getOrDefault(info.id(), new int[2]);
            assertTrue(c[0] >= 3 && c[1] >= 3, info.id() + " has " + c[0] + " flagged and " + c[1] + " near misses");
        }
    }

    @Test
    void everyFamilyIsExplained() {
        for (RuleInfo info : ExistenceRule.defensive().describe()) {
            assertTrue(info.explanation().length() > 60, info.id());
            assertTrue(!info.example().isBlank() && !info.rewrite().isBlank(), info.id());
        }
    }
}
