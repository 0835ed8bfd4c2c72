package org.letterlint.engine;

import java.util.List;
import org.letterlint.letter.LetterFacts;
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
 * @param facts       its type, scheme and required elements
 * @param readability its readability scores
 * @param hardest     its hardest sentences, hardest first
 * @param findings    its findings, in order of position, then rule id
 * @param lines       its line index, for turning offsets into line and column
 */
public record LetterReport(LetterSource source, LetterFacts facts, ReadabilityScores readability, List<HardSentence> hardest,
                           List<Finding> findings, LineIndex lines) {
    public LetterReport {
        hardest = List.copyOf(hardest);
        findings = List.copyOf(findings);
    }

    public LetterType type() {
        return facts.type();
    }

    public TypeSource typeSource() {
        return facts.typeSource();
    }

    public String typeCue() {
        return facts.typeCue();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True when a finding is at or above the given severity. */
    public boolean hasFindingAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
