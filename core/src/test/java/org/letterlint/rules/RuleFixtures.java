package org.letterlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.letterlint.TestLetters;
import org.letterlint.engine.Customisation;
import org.letterlint.engine.LintOptions;
import org.letterlint.engine.Linter;
import org.letterlint.fix.Fixer;
import org.letterlint.source.LetterSource;

/**
 * The fixture files of the wordlist rules (defensive-fixtures.tsv, jargon-fixtures.tsv): each row a
 * sentence that must be flagged, with the words flagged and what its first rewrite gives, or a near
 * miss that must not be. One reader and one set of checks for every such file.
 */
final class RuleFixtures {
    private RuleFixtures() {
    }

    /** A row: rule id, must it flag, the sentence, the words flagged, and the sentence as its first rewrite gives it ("-": none). */
    record Fixture(String rule, boolean flag, String sentence, String flagged, String rewritten) {
        @Override
        public String toString() {
            return rule + (flag ? " flags: " : " passes: ") + sentence;
        }
    }

    /** The rows of a fixture file whose first column is the rule id after {@code category + "."}. */
    static List<Fixture> read(String resource, String category) {
        return TestLetters.fixtureRows(resource).stream()
                .map(c -> new Fixture(category + "." + c[0], c[1].equals("flag"), c[2], c.length > 3 ? c[3] : "", c.length > 4 ? c[4] : "-"))
                .toList();
    }

    /**
     * Whether a finding is on the fixture's words: exactly, or (for clauses, whose ends a family may
     * draw a little wider or narrower) one inside the other.
     */
    static boolean onTheWords(Finding f, Fixture fixture, boolean exact) {
        return exact ? f.text().equals(fixture.flagged()) : f.text().contains(fixture.flagged()) || fixture.flagged().contains(f.text());
    }

    /** A must-flag fixture has a finding of its rule on its words; a near miss has none of its rule at all. */
    static void assertFlaggedOrNot(Fixture fixture, List<Finding> found, boolean exact) {
        List<Finding> ofRule = found.stream().filter(f -> f.rule().equals(fixture.rule())).toList();
        if (fixture.flag()) {
            assertTrue(ofRule.stream().anyMatch(f -> onTheWords(f, fixture, exact)),
                    () -> "expected '" + fixture.flagged() + "' flagged, got " + TestLetters.texts(ofRule));
        } else {
            assertEquals(List.of(), TestLetters.texts(ofRule));
        }
    }

    /** The fixture's sentence with the first suggestion of its rule's finding on its words applied, or "-". */
    static String rewritten(Fixture fixture, boolean exact) {
        String text = TestLetters.letter(fixture.sentence());
        Finding f = TestLetters.lint(text).findings().stream()
                .filter(x -> x.rule().equals(fixture.rule()) && onTheWords(x, fixture, exact))
                .findFirst().orElseThrow(() -> new AssertionError("no " + fixture.rule() + " finding on '" + fixture.flagged() + "'"));
        return f.suggestions().isEmpty() ? "-" : sentence(Fixer.apply(text, f, f.suggestions().get(0)));
    }

    /** LanguageTool's grammar and spelling findings on each rewrite with no gap to fill; {@code checked} gets how many were read. */
    static List<String> grammarProblems(List<Fixture> fixtures, int[] checked) {
        Linter withGrammar = Linter.standard(Customisation.NONE, true);
        List<String> problems = new ArrayList<>();
        for (Fixture f : fixtures) {
            if (!f.flag() || f.rewritten().equals("-") || f.rewritten().contains("<")) {
                continue;
            }
            checked[0]++;
            var report = withGrammar.lint(LetterSource.of("t.txt", TestLetters.letter(f.rewritten())), LintOptions.DEFAULTS);
            report.findings().stream().filter(x -> x.category() == Category.GRAMMAR || x.category() == Category.SPELLING)
                    .forEach(x -> problems.add(f.rewritten() + ": " + x.rule() + " '" + x.text() + "'"));
        }
        return problems;
    }

    /** The body of a letter made by {@link TestLetters#letter}. */
    static String sentence(String letter) {
        String body = letter.substring("Dear Ms Smith,\n\n".length());
        return body.substring(0, body.indexOf("\n\nYours sincerely"));
    }
}
