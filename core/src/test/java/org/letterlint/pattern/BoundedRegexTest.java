package org.letterlint.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.letterlint.text.Masker;

/**
 * Placeholder patterns from a configuration run with a step budget: one that backtracks without end
 * is refused when the configuration loads, and one that is merely slow on some long text is stopped
 * there, not left to run for hours.
 */
class BoundedRegexTest {
    private static final Duration BOUND = Duration.ofSeconds(10);

    /** Patterns that still backtrack exponentially in Java 17: counted repeats of groups that can match alike, backreferences. */
    @ParameterizedTest
    @ValueSource(strings = {"(?i)\\[(.*?,){11}\\]", "(.*,){11}x", "(?:(a+)\\1?)+b", "(a|a){1,40}b", "<<(.*_){8}>>",
        "\\{\\{(?:(\\w+)\\s?\\1?)+\\}\\}", "(\\w*\\s*){12}:"})
    void aPatternThatBacktracksWithoutEndIsRefusedWithAReason(String regex) {
        Optional<String> problem = assertTimeoutPreemptively(BOUND, () -> BoundedRegex.problem(regex));
        assertTrue(problem.isPresent(), regex + " should be refused");
        assertTrue(problem.get().startsWith("is too slow: on "), problem.get());
        assertEquals(1, problem.get().lines().count(), "one line");
    }

    static Stream<String> usualPatterns() {
        return Stream.concat(Masker.DEFAULT_PLACEHOLDER_PATTERNS.stream(), Stream.of(
                "%%\\w+%%", "\\{\\{[^}]+\\}\\}", "<<[A-Za-z_]+>>", "\\$[A-Z_]+\\$", "#\\w+#", "\\[\\[[^\\]]+\\]\\]",
                "(?i)\\[name\\]", "\\{[a-z_]+\\}", "\\{\\{\\s*[a-z_.]+\\s*\\}\\}", "(?<=\\s)@@[A-Z]+@@", "\\$\\{[^}\\n]*\\}"));
    }

    @ParameterizedTest
    @MethodSource("usualPatterns")
    void builtInAndUsualPatternsPass(String regex) {
        assertEquals(Optional.empty(), BoundedRegex.problem(regex));
    }

    /**
     * The textbook case passes the load check, as Java 17's matcher remembers where a repeated group
     * failed within one attempt; but each attempt from each start scans the run again, so on half a
     * letter's worth of a's it is quadratic, and the budget stops it.
     */
    @Test
    void theTextbookCasePassesAtLoadAndIsStoppedOnALongRun() {
        assertEquals(Optional.empty(), BoundedRegex.problem("(a+)+$"));
        String text = "a".repeat(1_000_000) + "b";
        BoundedRegex regex = BoundedRegex.compile("(a+)+$");
        assertThrows(BoundedRegex.BudgetExceededException.class,
                () -> assertTimeoutPreemptively(BOUND, () -> regex.findAll(text, 0, text.length(), (s, e) -> { })));
    }

    /** Quadratic on thousands of "{{" with no "}}", fine on any real letter: stopped where it runs long. */
    @Test
    void aPatternSlowOnALongTextIsStoppedAndKeepsWhatItFound() {
        BoundedRegex regex = BoundedRegex.compile("\\{\\{[^}]+\\}\\}");
        String text = "Dear {{name}}, " + "{{a ".repeat(200_000);
        List<String> found = new ArrayList<>();
        BoundedRegex.BudgetExceededException e = assertThrows(BoundedRegex.BudgetExceededException.class,
                () -> assertTimeoutPreemptively(BOUND, () -> regex.findAll(text, 0, text.length(), (s, end) -> found.add(text.substring(s, end)))));
        assertEquals(List.of("{{name}}"), found);
        assertEquals("\\{\\{[^}]+\\}\\}", e.regex());
        assertTrue(e.getMessage().contains("too many steps"), e.getMessage());
    }

    @Test
    void aRepeatedGroupTooDeepForTheStackIsStoppedToo() {
        BoundedRegex regex = BoundedRegex.compile("(?:a|b)+c");
        String text = "ab".repeat(1_000_000);
        BoundedRegex.BudgetExceededException e = assertThrows(BoundedRegex.BudgetExceededException.class,
                () -> assertTimeoutPreemptively(BOUND, () -> regex.findAll(text, 0, text.length(), (s, end) -> { })));
        assertTrue(e.getMessage().startsWith("the pattern '(?:a|b)+c' "), e.getMessage());
    }

    @Test
    void aLinearPatternFindsEveryMatchOfALongText() {
        BoundedRegex regex = BoundedRegex.compile("\\{\\{[a-z_]{1,40}\\}\\}");
        String text = "Dear {{first_name}} about {{case_ref}}. ".repeat(50_000);
        int[] count = {0};
        assertTimeoutPreemptively(BOUND, () -> regex.findAll(text, 0, text.length(), (s, e) -> count[0]++));
        assertEquals(100_000, count[0]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\\{\\{[^}]+\\}\\}|{{",
        "(?i)<<name>>|<<name>>",
        "ab+c|a",
        "[A-Z]+|''",
        "%%\\w+%%|%%"})
    void theLeadingLiteralIsWhatEveryMatchStartsWith(String regex, String literal) {
        assertEquals(literal, BoundedRegex.leadingLiteral(regex));
    }
}
