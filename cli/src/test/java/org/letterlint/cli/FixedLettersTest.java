package org.letterlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.letterlint.engine.Customisation;
import org.letterlint.engine.LetterReport;
import org.letterlint.engine.LintOptions;
import org.letterlint.engine.Linter;
import org.letterlint.fix.Fixer;
import org.letterlint.rules.Finding;
import org.letterlint.source.LetterSource;
import org.letterlint.source.SourceReader;

/**
 * What `fix` makes of letters. For every example and template, the list of changes and the fixed
 * letter are golden files (cli/src/test/resources/golden/fixed/), read by eye when they change
 * (regenerate with {@code -Dletterlint.golden=update}). For those and every corpus letter, fixing
 * gives the letter no LanguageTool finding it did not have, and leaves no finding of a rule it fixed
 * on the words it wrote.
 */
class FixedLettersTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Path CORPUS = Path.of("src", "test", "resources", "corpus", "letters");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "fixed");

    static Stream<String> examples() throws IOException {
        return TerminalOutputTest.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theChangesAndTheFixedLetterOfEveryExampleAreTheirGoldenFiles(String example, @TempDir Path dir) throws IOException {
        Path copy = dir.resolve(Path.of(example).getFileName());
        Files.copy(EXAMPLES.resolve(example), copy);
        Cli.Result listed = Cli.run("fix", "--no-config", "--dry-run", copy.toString());
        assertEquals(0, listed.exitCode(), listed.err());
        String changes = listed.out().replace(dir + java.io.File.separator, "");
        Cli.Result fixed = Cli.run("fix", "--no-config", "--no-backup", copy.toString());
        assertEquals(0, fixed.exitCode(), fixed.err());
        String letter = Files.readString(copy, StandardCharsets.UTF_8);
        String name = example.replace('/', '_');
        if ("update".equals(System.getProperty("letterlint.golden"))) {
            Files.writeString(GOLDEN.resolve(name + ".changes"), changes, StandardCharsets.UTF_8);
            Files.writeString(GOLDEN.resolve(name), letter, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN.resolve(name + ".changes"), StandardCharsets.UTF_8), changes,
                "regenerate with -Dletterlint.golden=update if the change is meant");
        assertEquals(Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8), letter,
                "regenerate with -Dletterlint.golden=update if the change is meant");
    }

    @Test
    void fixingEveryExampleTemplateAndCorpusLetterAddsNoLanguageToolFindingAndLeavesNoneOfTheRuleFixed() throws Exception {
        List<Path> letters = new ArrayList<>();
        for (String example : examples().toList()) {
            letters.add(EXAMPLES.resolve(example));
        }
        try (Stream<Path> corpus = Files.list(CORPUS)) {
            corpus.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(letters::add);
        }
        Linter linter = Linter.standard(Customisation.NONE, true);
        SourceReader reader = new SourceReader();
        List<String> problems = new ArrayList<>();
        int applied = 0;
        int refused = 0;
        for (Path path : letters) {
            LetterSource source = reader.read(path);
            LetterReport before = linter.lint(source, LintOptions.DEFAULTS);
            // Every finding's rule says what it is (explain, SARIF and the fixer read it): none undescribed.
            before.findings().stream().filter(f -> linter.rules().info(f.rule()) == null)
                    .forEach(f -> problems.add(path + ": no rule describes " + f.rule()));
            Fixer.Result fixed = Fixer.applySafe(source.text(), before.findings(), linter.rules()::about, linter.rules().proofreader());
            applied += fixed.applied().size();
            refused += fixed.refused().size();
            LetterReport after = linter.lint(LetterSource.of(path.toString(), fixed.text()), LintOptions.DEFAULTS);
            Map<String, Integer> gained = new HashMap<>();
            after.findings().stream().filter(linter.rules()::fromLanguageTool).forEach(f -> gained.merge(f.rule(), 1, Integer::sum));
            before.findings().stream().filter(linter.rules()::fromLanguageTool).forEach(f -> gained.merge(f.rule(), -1, Integer::sum));
            gained.forEach((rule, n) -> {
                if (n > 0) {
                    problems.add(path + ": fixing added " + rule + " " + after.findings().stream().filter(f -> f.rule().equals(rule)).map(Finding::text).toList());
                }
            });
            // Where each rewrite landed in the fixed text: earlier rewrites move it by their change in length.
            int shift = 0;
            for (Finding f : fixed.applied()) {
                String written = f.suggestions().get(0);
                int start = f.start() + shift;
                int end = start + written.length();
                shift += written.length() - f.length() - (written.isEmpty() ? 1 : 0);
                for (Finding g : after.findings()) {
                    if (g.rule().equals(f.rule()) && g.start() < end + 1 && g.end() > start - 1 && !written.isEmpty()) {
                        problems.add(path + ": '" + f.text() + "' -> '" + written + "' is still " + g.rule() + " ('" + g.text() + "')");
                    }
                }
            }
        }
        System.out.printf("fixed %d letters: %d rewrites applied, %d refused by the sentence check%n", letters.size(), applied, refused);
        assertTrue(letters.size() >= 30, "letters: " + letters.size());
        assertTrue(applied > 50, "applied only " + applied);
        assertEquals(List.of(), problems);
    }
}
