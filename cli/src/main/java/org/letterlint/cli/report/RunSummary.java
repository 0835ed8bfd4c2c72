package org.letterlint.cli.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.letterlint.engine.LetterReport;
import org.letterlint.rules.Severity;

/**
 * The totals of one `check` run, kept as the letters stream past (the letters themselves are not
 * kept, so memory stays flat however many there are): letters and findings by severity, the inputs
 * that could not be read, and how many findings a baseline hid.
 */
public final class RunSummary {
    private final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    private final List<InputError> errors = new ArrayList<>();
    private int letters;
    private int baselined;

    /** Counts a letter's findings. */
    public synchronized void add(LetterReport report) {
        letters++;
        for (Severity s : Severity.values()) {
            bySeverity.merge(s, report.count(s), Long::sum);
        }
    }

    public synchronized void addError(InputError error) {
        errors.add(error);
    }

    public synchronized void addBaselined(int hidden) {
        baselined += hidden;
    }

    public synchronized int letters() {
        return letters;
    }

    public synchronized List<InputError> errors() {
        return List.copyOf(errors);
    }

    public synchronized int baselined() {
        return baselined;
    }

    public synchronized long count(Severity severity) {
        return bySeverity.getOrDefault(severity, 0L);
    }

    public synchronized long findings() {
        return bySeverity.values().stream().mapToLong(Long::longValue).sum();
    }

    /** True when some letter has a finding at or above the given severity. */
    public synchronized boolean hasFindingAtLeast(Severity threshold) {
        for (Severity s : Severity.values()) {
            if (s.atLeast(threshold) && count(s) > 0) {
                return true;
            }
        }
        return false;
    }
}
