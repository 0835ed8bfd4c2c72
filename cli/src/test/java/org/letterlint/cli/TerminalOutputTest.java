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

    @Test
    void rulesIsATableAtEightyColumnsAndIdsListsJustTheIds() {
        Cli.Result table = Cli.run("rules", "--category", "jargon");
        assertEquals(0, table.exitCode());
        List<String> lines = table.out().lines().toList();
        for (String line : Cli.run("rules").out().lines().toList()) {
            assertTrue(line.length() <= 80, () -> "wider than 80: " + line);
        }
        for (String line : lines) {
            assertTrue(line.length() <= 80, () -> "wider than 80: " + line);
        }
        List<String> ids = Cli.run("rules", "--ids").out().lines().toList();
        assertTrue(ids.contains("jargon.in-due-course") && ids.contains("acronym.undefined"), ids.toString());
        assertTrue(ids.stream().allMatch(id -> id.matches("[a-z-]+\\.[a-z0-9.-]+")), ids.toString());
        List<String> jargon = Cli.run("rules", "--ids", "--category", "jargon").out().lines().toList();
        assertEquals(jargon.size(), lines.stream().filter(l -> !l.startsWith(" ") && !l.startsWith("RULE ")).count(), "one row (or one id line) a rule");
        List<String> defensive = Cli.run("rules", "--ids", "--category", "defensive").out().lines().toList();
        assertTrue(!defensive.isEmpty() && defensive.stream().allMatch(id -> id.startsWith("defensive.")), defensive.toString());
    }

    @Test
    void theNotesLanguageToolAndThePlaceholderBudgetAddAreExplained() {
        for (String id : List.of("grammar.not-checked", "style.placeholder-stopped", "style.unused-suppression", "spelling.color")) {
            Cli.Result r = Cli.run("explain", id);
            assertEquals(0, r.exitCode(), id + ": " + r.err());
            assertTrue(r.out().startsWith(id + "  ("), r.out());
        }
    }

    @Test
    void aMistypedCommandOrOptionGetsADidYouMean() {
        Cli.Result command = Cli.run("chek", "a.txt");
        assertEquals(2, command.exitCode());
        assertTrue(command.err().contains("did you mean 'check'?"), command.err());
        Cli.Result scheme = Cli.run("check", "--no-config", "--scheme", "polise", EXAMPLES.resolve("letters/outcome-good.txt").toString());
        assertEquals(2, scheme.exitCode());
        assertTrue(scheme.err().contains("unknown scheme 'polise'; did you mean 'police'?"), scheme.err());
        Cli.Result option = Cli.run("check", "--formt", "json", "a.txt");
        assertEquals(2, option.exitCode());
        assertTrue(option.err().contains("did you mean '--format'?"), option.err());
        Cli.Result type = Cli.run("check", "--no-config", "--type", "outcom", EXAMPLES.resolve("letters/outcome-good.txt").toString());
        assertEquals(2, type.exitCode());
        assertTrue(type.err().contains("unknown letter type 'outcom'; did you mean 'outcome'?"), type.err());
        Cli.Result rule = Cli.run("explain", "jargon.utilse");
        assertEquals(2, rule.exitCode());
        assertTrue(rule.err().contains("did you mean 'jargon.utilise'?"), rule.err());
        Cli.Result far = Cli.run("explain", "nothing-like-a-rule");
        assertEquals(2, far.exitCode());
        assertFalse(far.err().contains("did you mean"), far.err()); // a far-off guess misleads
    }

    @Test
    void stdinFilenameNamesTheLetterReadFromStandardInput() throws Exception {
        java.io.InputStream original = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(Files.readAllBytes(EXAMPLES.resolve("letters/outcome-defensive.txt"))));
            Cli.Result r = Cli.run("check", "--no-config", "--no-grammar", "--format", "compact", "--stdin-filename", "drafts/reply.txt", "-");
            assertTrue(r.out().lines().findFirst().orElse("").startsWith("drafts/reply.txt:"), r.out());
        } finally {
            System.setIn(original);
        }
    }
}
