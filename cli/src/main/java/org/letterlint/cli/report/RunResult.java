package org.letterlint.cli.report;

import java.util.List;
import org.letterlint.engine.LetterReport;
import org.letterlint.rules.Severity;

/**
 * Everything one `check` run produced: a report per letter read, the inputs that could not be read,
 * and how many findings a baseline hid.
 */
public record RunResult(List<LetterReport> reports, List<InputError> errors, int baselined) {
    public RunResult {
        reports = List.copyOf(reports);
        errors = List.copyOf(errors);
    }

    public RunResult(List<LetterReport> reports, List<InputError> errors) {
        this(reports, errors, 0);
    }

    public long count(Severity severity) {
        return reports.stream().mapToLong(r -> r.count(severity)).sum();
    }

    public long findings() {
        return reports.stream().mapToLong(r -> r.findings().size()).sum();
    }
}
