package org.letterlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.letterlint.rules.Finding;
import org.letterlint.rules.Severity;
import org.letterlint.source.LetterSource;
import org.letterlint.text.MaskKind;

/**
 * A configured placeholder pattern that runs out of steps on a letter is stopped there, and the
 * letter is still linted: the placeholders it found before stay masked, the other masks are found
 * as usual, and a warning names the pattern (the user's own words, not the letter's).
 */
class PlaceholderBudgetTest {
    /** Fine on a real letter; quadratic on thousands of "{{" with no "}}". */
    private static final String PATTERN = "\\{\\{[^}]+\\}\\}";
    private static final Linter LINTER = Linter.standard(new Customisation(List.of(), List.of(), List.of(), List.of(PATTERN)), false);

    private static LetterReport lint(String text) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> LINTER.lint(LetterSource.of("t.txt", text), LintOptions.DEFAULTS));
    }

    @Test
    void aPatternOutOfStepsIsStoppedWithAWarningAndTheLetterIsStillLinted() {
        String text = "Dear {{ first name }},\n\nPlease write to jo@cc.example about this. " + "{{a ".repeat(50_000) + "\n\nYours sincerely,\nJo\n";
        LetterReport report = lint(text);
        List<Finding> stopped = report.findings().stream().filter(f -> f.rule().equals(Linter.PLACEHOLDER_STOPPED_ID)).toList();
        assertEquals(1, stopped.size(), report.findings().stream().map(Finding::rule).distinct().toList().toString());
        Finding warning = stopped.get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertTrue(warning.message().contains("'" + PATTERN + "'"), warning.message());
        assertTrue(!warning.message().contains("{{a"), "the letter's text is not echoed");
        var model = LINTER.model(LetterSource.of("t.txt", text));
        assertTrue(model.masks().stream().anyMatch(m -> m.kind() == MaskKind.EMAIL), "other masks still found");
        assertEquals(List.of(PATTERN), model.stoppedPatterns());
    }

    @Test
    void thePatternOnAnOrdinaryLetterMasksAndWarnsOfNothing() {
        String text = "Dear {{ first name }},\n\nThank you for your letter about {{ the repair }}.\n\nYours sincerely,\nJo\n";
        LetterReport report = lint(text);
        assertTrue(report.findings().stream().noneMatch(f -> f.rule().equals(Linter.PLACEHOLDER_STOPPED_ID)));
        var model = LINTER.model(LetterSource.of("t.txt", text));
        assertEquals(1, model.masks().stream().filter(m -> m.kind() == MaskKind.PLACEHOLDER).count(), model.masks().toString());
        assertEquals(List.of(), model.stoppedPatterns());
    }
}
