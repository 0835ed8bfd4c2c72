package org.letterlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a caseworker sees in a terminal: every example's text report, at 80 columns, is exactly its
 * golden file (cli/src/test/resources/golden/), so any change to what people read is seen in review.
 * After a deliberate change, regenerate them with {@code -Dletterlint.golden=update} and read the diff.
 * Also the options that choose what is shown.
 */
class TerminalOutputTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equals("README.md"))
                    .map(p -> EXAMPLES.relativize(p).toString().replace('\\', '/')).sorted().toList().stream();
        }
    }

    private static Cli.Result text(String example) {
        // From the examples folder's parent, so the paths in the report are the ones the README shows.
        return Cli.run("check", "--no-config", "--no-grammar", "--no-color", EXAMPLES.resolve(example).toString());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theTextReportOfEveryExampleIsItsGoldenFile(String example) throws IOException {
        String report = text(example).out().replace(EXAMPLES + java.io.File.separator, "").replace('\\', '/');
        Path golden = GOLDEN.resolve(example.replace('/', '_') + ".out");
        if ("update".equals(System.getProperty("letterlint.golden"))) {
            Files.writeString(golden, report, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), report, "regenerate with -Dletterlint.golden=update if the change is meant");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void fitsEightyColumnsWithNoTrailingSpaces(String example) {
        for (String line : text(example).out().lines().toList()) {
            assertTrue(line.codePointCount(0, line.length()) <= 80 || !line.strip().contains(" "), () -> "wider than 80: " + line);
            assertEquals(line.stripTrailing(), line, "trailing space");
        }
    }

    @Test
    void compactIsOneLinePerFindingPlusTotals() {
        String letter = EXAMPLES.resolve("letters/outcome-defensive.txt").toString();
        JsonNode json = Cli.run("check", "--no-config", "--no-grammar", "--format", "json", letter).json();
        Cli.Result compact = Cli.run("check", "--no-config", "--no-grammar", "--format", "compact", letter);
        List<String> lines = compact.out().lines().toList();
        int findings = json.get("files").get(0).get("findings").size();
        assertEquals(findings + 1, lines.size(), compact.out());
        for (String line : lines.subList(0, findings)) {
            assertTrue(line.matches(".+outcome-defensive\\.txt:\\d+:\\d+: (error|warning|info): .+ \\[[a-z-]+\\.[a-z0-9.-]+]"), line);
        }
        assertTrue(lines.get(findings).startsWith("1 letter checked: "), lines.get(findings));
        assertEquals(1, compact.exitCode());
    }

    private static List<String> severities(String... options) {
        List<String> args = new ArrayList<>(List.of("check", "--no-config", "--no-grammar", "--format", "json", "--fail-on", "never"));
        args.addAll(List.of(options));
        args.add(EXAMPLES.resolve("letters/outcome-defensive.txt").toString());
        List<String> seen = new ArrayList<>();
        Cli.run(args.toArray(String[]::new)).json().get("files").get(0).get("findings")
                .forEach(f -> seen.add(f.get("severity").asText() + " " + f.get("rule").asText()));
        return seen;
    }

    @Test
    void quietAndMinSeverityChooseWhatIsShown() {
        List<String> all = severities();
        assertTrue(all.stream().anyMatch(s -> s.startsWith("info ")) && all.stream().anyMatch(s -> s.startsWith("warning ")), all.toString());
        List<String> errors = severities("-q");
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().allMatch(s -> s.startsWith("error ")), errors.toString());
        assertEquals(all.stream().filter(s -> s.startsWith("error ")).toList(), errors);
        List<String> warnings = severities("--min-severity", "warning");
        assertEquals(all.stream().filter(s -> !s.startsWith("info ")).toList(), warnings);
    }

    @Test
    void hideStyleHidesOnlyStyleNotes() {
        List<String> all = severities();
        assertTrue(all.stream().anyMatch(s -> s.contains(" style.")), all.toString());
        assertEquals(all.stream().filter(s -> !s.contains(" style.")).toList(), severities("--hide-style"));
    }

    @Test
    void maxWarningsFailsOnlyWhenThereAreMore() {
        String letter = EXAMPLES.resolve("letters/acknowledgement-jargon.txt").toString();
        JsonNode summary = Cli.run("check", "--no-config", "--no-grammar", "--format", "json", letter).json().get("summary");
        int warnings = summary.get("warnings").asInt();
        assertTrue(warnings > 0, summary.toString());
        assertEquals(0, Cli.run("check", "--no-config", "--no-grammar", "--fail-on", "never", "--max-warnings", String.valueOf(warnings), letter).exitCode());
        Cli.Result over = Cli.run("check", "--no-config", "--no-grammar", "--fail-on", "never", "--max-warnings", String.valueOf(warnings - 1), letter);
        assertEquals(1, over.exitCode());
        assertTrue(over.err().contains("more than --max-warnings"), over.err());
    }
}
