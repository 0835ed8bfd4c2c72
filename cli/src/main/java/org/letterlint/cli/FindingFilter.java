package org.letterlint.cli;

import java.util.List;
import org.letterlint.engine.LetterReport;
import org.letterlint.rules.Category;
import org.letterlint.rules.Finding;
import org.letterlint.rules.Severity;

/**
 * Which findings a run shows, as linters let people choose: none below a severity
 * ({@code --min-severity}, or errors only with {@code --quiet}, as ESLint's quiet means), and
 * optionally no style notes (passive voice, wordy phrases), which some teams leave to the writer.
 * Hidden findings do not count towards the exit code either: the run fails on what it shows.
 */
record FindingFilter(Severity minimum, boolean hideStyle) {
    static final FindingFilter ALL = new FindingFilter(Severity.INFO, false);

    boolean shows(Finding f) {
        return f.severity().atLeast(minimum) && !(hideStyle && f.category() == Category.STYLE);
    }

    LetterReport apply(LetterReport report) {
        if (this.equals(ALL)) {
            return report;
        }
        List<Finding> kept = report.findings().stream().filter(this::shows).toList();
        return kept.size() == report.findings().size() ? report
                : new LetterReport(report.source(), report.facts(), report.readability(), report.hardest(), kept, report.lines());
    }
}
