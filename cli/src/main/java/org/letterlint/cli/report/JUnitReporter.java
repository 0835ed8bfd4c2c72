package org.letterlint.cli.report;

import java.io.PrintWriter;
import java.util.List;
import org.letterlint.engine.RuleSet;
import org.letterlint.rules.Finding;
import org.letterlint.rules.Severity;

/**
 * JUnit XML, for CI test views: one test case per letter, failing when it has findings at or
 * above the fail level, with one failure element per such finding. Lower findings go in the test
 * case's output, so nothing is lost. The totals open the file, so the test cases are spooled
 * until the last letter is in.
 */
public final class JUnitReporter implements Reporter {
    private final Severity failLevel;
    private final Spool spool = new Spool();
    private final PrintWriter cases = new PrintWriter(spool.writer());
    private int failing;

    /** @param failLevel the lowest severity that fails a letter, or null for "never" */
    public JUnitReporter(Severity failLevel) {
        this.failLevel = failLevel;
    }

    @Override
    public void letter(LocatedReport letter, PrintWriter out) {
        String name = Xml.escape(letter.name());
        cases.println("    <testcase classname=\"letterlint\" name=\"" + name + "\" file=\"" + name + "\">");
        List<LocatedFinding> failures = letter.findings().stream().filter(this::fails).toList();
        if (!failures.isEmpty()) {
            failing++;
        }
        for (LocatedFinding located : failures) {
            Finding f = located.finding();
            String where = letter.name() + ":" + located.line() + ":" + located.column();
            cases.println("      <failure type=\"" + Xml.escape(f.rule()) + "\" message=\"" + Xml.escape(f.message()) + "\">"
                    + Xml.escape(where + " " + f.severity().id() + " " + f.message() + " [" + f.rule() + "]"
                    + (f.suggestions().isEmpty() ? "" : "\nSuggestion: " + f.suggestions().get(0))) + "</failure>");
        }
        List<LocatedFinding> rest = letter.findings().stream().filter(f -> !fails(f)).toList();
        if (!rest.isEmpty()) {
            StringBuilder text = new StringBuilder();
            for (LocatedFinding located : rest) {
                Finding f = located.finding();
                text.append(letter.name()).append(':').append(located.line()).append(':').append(located.column()).append(' ')
                        .append(f.severity().id()).append(' ').append(f.message()).append(" [").append(f.rule()).append("]\n");
            }
            cases.println("      <system-out>" + Xml.escape(text.toString()) + "</system-out>");
        }
        cases.println("    </testcase>");
    }

    @Override
    public void end(RunSummary summary, RuleSet rules, PrintWriter out) {
        int errors = summary.errors().size();
        int tests = summary.letters() + errors;
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<testsuites name=\"letterlint\" tests=\"" + tests + "\" failures=\"" + failing + "\" errors=\"" + errors + "\">");
        out.println("  <testsuite name=\"letterlint\" tests=\"" + tests + "\" failures=\"" + failing + "\" errors=\"" + errors + "\" skipped=\"0\">");
        cases.flush();
        out.flush();
        spool.copyTo(out);
        for (InputError error : summary.errors()) {
            out.println("    <testcase classname=\"letterlint\" name=\"" + Xml.escape(error.path()) + "\">");
            out.println("      <error type=\"input\" message=\"" + Xml.escape(error.message()) + "\"/>");
            out.println("    </testcase>");
        }
        out.println("  </testsuite>");
        out.println("</testsuites>");
        out.flush();
    }

    private boolean fails(LocatedFinding f) {
        return failLevel != null && f.finding().severity().atLeast(failLevel);
    }
}
