package org.letterlint.engine;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.letterlint.source.LetterSource;
import org.letterlint.source.SourceReader;

/** Every id a finding can carry is described, so `explain ID` and SARIF's rule list never come up empty. */
class EveryFindingIsDescribedTest {
    @Test
    void everyFindingOnTheExamplesAndAStaleSuppressionHasADescription() throws Exception {
        Linter linter = Linter.standard();
        RuleSet rules = linter.rules();
        Set<String> seen = new TreeSet<>();
        SourceReader reader = new SourceReader();
        try (Stream<Path> files = Files.walk(Path.of("..", "examples"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).toList()) {
                linter.lint(reader.read(file), LintOptions.DEFAULTS).findings().forEach(f -> seen.add(f.rule()));
            }
        }
        String stale = "Dear Jo,\n\n<!-- letterlint-disable-next-line jargon.escalate -->\nThank you for your letter.\n\nYours sincerely,\nSam\n";
        linter.lint(LetterSource.of("stale.txt", stale), LintOptions.DEFAULTS).findings().forEach(f -> seen.add(f.rule()));
        assertTrue(seen.contains("style.unused-suppression"), seen.toString());
        assertTrue(seen.size() > 20, seen.toString());
        seen.add(Linter.PLACEHOLDER_STOPPED_ID); // only on a letter where a config's placeholder pattern ran out of steps
        for (String id : seen) {
            assertNotNull(rules.info(id), id + " has no description");
        }
    }
}
