package org.letterlint.cli.report;

import java.io.PrintWriter;
import java.util.List;
import org.letterlint.engine.LetterReport;
import org.letterlint.engine.RuleSet;
import org.letterlint.rules.Finding;
import org.letterlint.rules.Severity;
import org.letterlint.source.LineIndex;

/**
 * JUnit XML, for CI test views: one test case per letter, failing when it has findings at or
 * above the fail level, with one failure element per such finding. Lower findings go in the test
 * case's output, so nothing is lost.
 */
public final class JUnitReporter implements Reporter {
    private final Severity failLevel;

    /** @param failLevel the lowest severity that fails a letter, or null for "never" */
    public JUnitReporter(Severity failLevel) {
        this.failLevel = failLevel;
    }

    @Override
    public void write(RunResult result, RuleSet rules, PrintWriter out) {
        int tests = result.reports().size() + result.errors().size();
        long failing = result.reports().stream().filter(r -> failures(r).size() > 0).count();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<testsuites name=\"letterlint\" tests=\"" + tests + "\" failures=\"" + failing + "\" errors=\"" + result.errors().size() + "\">");
        out.println("  <testsuite name=\"letterlint\" tests=\"" + tests + "\" failures=\"" + failing + "\" errors=\"" + result.errors().size() + "\" skipped=\"0\">");
        for (LetterReport report : result.reports()) {
            String name = Xml.escape(report.source().name());
            out.println("    <testcase classname=\"letterlint\" name=\"" + name + "\" file=\"" + name + "\">");
            List<Finding> failures = failures(report);
            for (Finding f : failures) {
                LineIndex.Position at = report.lines().position(f.start());
                String where = report.source().name() + ":" + at.line() + ":" + at.column();
                out.println("      <failure type=\"" + Xml.escape(f.rule()) + "\" message=\"" + Xml.escape(f.message()) + "\">"
                        + Xml.escape(where + " " + f.severity().id() + " " + f.message() + " [" + f.rule() + "]"
                        + (f.suggestions().isEmpty() ? "" : "\nSuggestion: " + f.suggestions().get(0))) + "</failure>");
            }
            List<Finding> rest = report.findings().stream().filter(f -> !failures.contains(f)).toList();
            if (!rest.isEmpty()) {
                StringBuilder text = new StringBuilder();
                for (Finding f : rest) {
                    LineIndex.Position at = report.lines().position(f.start());
                    text.append(report.source().name()).append(':').append(at.line()).append(':').append(at.column()).append(' ')
                            .append(f.severity().id()).append(' ').append(f.message()).append(" [").append(f.rule()).append("]\n");
                }
                out.println("      <system-out>" + Xml.escape(text.toString()) + "</system-out>");
            }
            out.println("    </testcase>");
        }
        for (InputError error : result.errors()) {
            out.println("    <testcase classname=\"letterlint\" name=\"" + Xml.escape(error.path()) + "\">");
            out.println("      <error type=\"input\" message=\"" + Xml.escape(error.message()) + "\"/>");
            out.println("    </testcase>");
        }
        out.println("  </testsuite>");
        out.println("</testsuites>");
        out.flush();
    }

    private List<Finding> failures(LetterReport report) {
        if (failLevel == null) {
            return List.of();
        }
        return report.findings().stream().filter(f -> f.severity().atLeast(failLevel)).toList();
    }
}
