package org.letterlint.cli.report;

import org.letterlint.rules.Finding;
import org.letterlint.source.LineIndex;

/** A finding with the line and column of its start and end, as every report shows them. */
public record LocatedFinding(Finding finding, LineIndex.Position start, LineIndex.Position end) {
    public int line() {
        return start.line();
    }

    public int column() {
        return start.column();
    }

    public int endLine() {
        return end.line();
    }

    public int endColumn() {
        return end.column();
    }
}
