package org.letterlint.cli.report;

import java.io.PrintWriter;
import org.letterlint.engine.RuleSet;
import org.letterlint.rules.Finding;

/** Checkstyle's XML report, which many CI tools and code-review bots read. */
public final class CheckstyleReporter implements Reporter {
    private boolean started;

    @Override
    public void letter(LocatedReport letter, PrintWriter out) {
        start(out);
        out.println("  <file name=\"" + Xml.escape(letter.name()) + "\">");
        for (LocatedFinding located : letter.findings()) {
            Finding f = located.finding();
            out.println("    <error line=\"" + located.line() + "\" column=\"" + located.column() + "\" severity=\"" + f.severity().id()
                    + "\" message=\"" + Xml.escape(f.message()) + "\" source=\"letterlint." + Xml.escape(f.rule()) + "\"/>");
        }
        out.println("  </file>");
    }

    @Override
    public void end(RunSummary summary, RuleSet rules, PrintWriter out) {
        start(out);
        for (InputError error : summary.errors()) {
            out.println("  <file name=\"" + Xml.escape(error.path()) + "\">");
            out.println("    <error line=\"1\" column=\"1\" severity=\"error\" message=\"" + Xml.escape(error.message()) + "\" source=\"letterlint.input\"/>");
            out.println("  </file>");
        }
        out.println("</checkstyle>");
        out.flush();
    }

    private void start(PrintWriter out) {
        if (!started) {
            started = true;
            out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            out.println("<checkstyle version=\"4.3\">");
        }
    }
}
