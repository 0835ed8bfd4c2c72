package org.letterlint.cli.report;

import java.util.List;
import org.letterlint.engine.LetterReport;
import org.letterlint.source.LineIndex;

/**
 * One letter's report as the reporters show it: each finding's line and column worked out once,
 * from the letter's line index, so every output format gives the same numbers.
 */
public final class LocatedReport {
    private final LetterReport report;
    private final List<LocatedFinding> findings;

    private LocatedReport(LetterReport report) {
        this.report = report;
        LineIndex lines = report.lines();
        this.findings = report.findings().stream()
                .map(f -> new LocatedFinding(f, lines.position(f.start()), lines.position(f.end())))
                .toList();
    }

    public static LocatedReport of(LetterReport report) {
        return new LocatedReport(report);
    }

    public LetterReport report() {
        return report;
    }

    /** The letter's name as given (a path, or "-"), unescaped: each format escapes it its own way. */
    public String name() {
        return report.source().name();
    }

    public List<LocatedFinding> findings() {
        return findings;
    }

    /** The 1-based line of an offset (an element's evidence, a hard sentence). */
    public int lineOf(int offset) {
        return report.lines().position(offset).line();
    }

    /** The offset at which a 1-based line starts. */
    public int lineStart(int line) {
        return report.lines().lineStart(line);
    }
}
