package org.letterlint.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.letterlint.rules.Category;
import org.letterlint.rules.Finding;
import org.letterlint.rules.Severity;
import org.letterlint.source.LineIndex;

/**
 * Directives are found and applied in time in proportion to the letter: a directive followed by a
 * long run of spaces was matched once per space, and every finding was compared with every
 * directive (hours on a letter of directives).
 */
class SuppressionsScaleTest {
    private static final Duration BOUND = Duration.ofSeconds(10);

    @Test
    void aDirectiveBeforeAMillionSpacesIsReadOnce() {
        String text = "<!-- letterlint-disable jargon.escalate" + " ".repeat(1_000_000) + "-->\nWe escalated it.\n";
        List<Directive> directives = assertTimeoutPreemptively(BOUND, () -> Suppressions.parse(text).directives());
        assertEquals(1, directives.size());
        assertEquals(List.of("jargon.escalate"), directives.get(0).rules(), "the closer and the spaces are not rules");
        assertEquals(text.indexOf('\n'), directives.get(0).end());
    }

    @Test
    void aLetterOfSpacesHasNoDirectives() {
        String text = " \t".repeat(1_000_000);
        assertEquals(List.of(), assertTimeoutPreemptively(BOUND, () -> Suppressions.parse(text).directives()));
    }

    @Test
    void fiftyThousandDirectivesApplyToFiftyThousandFindings() {
        StringBuilder letter = new StringBuilder();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            letter.append("{# letterlint-disable-next-line jargon.utilise #}\n");
            int start = letter.length();
            letter.append("utilise it\n");
            findings.add(new Finding("jargon.utilise", Category.JARGON, Severity.WARNING, start, start + 7, "utilise", "m", List.of("use")));
        }
        letter.append("<!-- letterlint-disable style.* -->\nfinally\n<!-- letterlint-enable -->\n");
        String text = letter.toString();
        int last = text.indexOf("finally");
        findings.add(new Finding("style.other", Category.STYLE, Severity.INFO, last, last + 7, "finally", "m", List.of()));
        findings.add(new Finding("jargon.finally", Category.JARGON, Severity.INFO, last, last + 7, "finally", "m", List.of()));
        List<Finding> kept = assertTimeoutPreemptively(BOUND,
                () -> Suppressions.parse(text).apply(findings, new LineIndex(text), text));
        assertEquals(List.of("jargon.finally"), kept.stream().map(Finding::rule).toList(),
                "each next-line directive suppresses its finding, the region its style finding, and none is unused");
    }
}
