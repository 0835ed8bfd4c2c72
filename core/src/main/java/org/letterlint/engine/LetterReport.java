package org.letterlint.engine;

import java.util.List;
import org.letterlint.letter.LetterType;
import org.letterlint.letter.TypeSource;
import org.letterlint.readability.Readability.HardSentence;
import org.letterlint.readability.ReadabilityScores;
import org.letterlint.rules.Finding;
import org.letterlint.rules.Severity;
import org.letterlint.source.LetterSource;
import org.letterlint.source.LineIndex;

/**
 * Everything letterlint found in one letter.
 *
 * @param source      the letter
 * @param type        the letter type its required elements were checked against
 * @param typeSource  where the type came from
 * @param typeCue     for a detected type, the words that decided it (may be null)
 * @param readability its readability scores
 * @param hardest     its hardest sentences, hardest first
 * @param findings    its findings, in order of position, then rule id
 * @param lines       its line index, for turning offsets into line and column
 */
public record LetterReport(LetterSource source, LetterType type, TypeSource typeSource, String typeCue,
                           ReadabilityScores readability, List<HardSentence> hardest, List<Finding> findings,
                           LineIndex lines) {
    public LetterReport {
        hardest = List.copyOf(hardest);
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True when a finding is at or above the given severity. */
    public boolean hasFindingAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
