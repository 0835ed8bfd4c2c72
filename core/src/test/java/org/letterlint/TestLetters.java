package org.letterlint;

import java.util.List;
import org.letterlint.engine.LetterReport;
import org.letterlint.engine.LintOptions;
import org.letterlint.engine.Linter;
import org.letterlint.rules.Finding;
import org.letterlint.source.LetterSource;
import org.letterlint.text.TextModel;

/** Shared test helpers: one linter per test run, as in production. */
public final class TestLetters {
    private static final Linter LINTER = Linter.standard();

    private TestLetters() {
    }

    public static Linter linter() {
        return LINTER;
    }

    /** A letter with a salutation and sign-off around the given body. */
    public static String letter(String body) {
        return "Dear Ms Smith,\n\n" + body + "\n\nYours sincerely,\n\nJo Bloggs\nComplaints Officer\n";
    }

    public static TextModel model(String text) {
        return LINTER.model(LetterSource.of("test.txt", text));
    }

    public static LetterReport lint(String text) {
        return LINTER.lint(LetterSource.of("test.txt", text), LintOptions.DEFAULTS);
    }

    /** Findings of one category for a body wrapped as a letter. */
    public static List<Finding> findings(String body, String category) {
        return lint(letter(body)).findings().stream().filter(f -> f.category().id().equals(category)).toList();
    }

    /** The data rows of a TSV fixture file in the test resources: blank lines and "#" comments skipped. */
    public static List<String[]> fixtureRows(String resource) {
        try (var in = TestLetters.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1))
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static List<String> texts(List<Finding> findings) {
        return findings.stream().map(Finding::text).toList();
    }
}
