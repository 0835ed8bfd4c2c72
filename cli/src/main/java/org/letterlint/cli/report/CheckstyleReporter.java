package org.letterlint.cli.report;

import java.io.PrintWriter;
import org.letterlint.engine.LetterReport;
import org.letterlint.engine.RuleSet;
import org.letterlint.rules.Finding;
import org.letterlint.source.LineIndex;

/** Checkstyle's XML report, which many CI tools and code-review bots read. */
public final class CheckstyleReporter implements Reporter {
    @Override
    public void write(RunResult result, RuleSet rules, PrintWriter out) {
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<checkstyle version=\"4.3\">");
        for (LetterReport report : result.reports()) {
            out.println("  <file name=\"" + Xml.escape(report.source().name()) + "\">");
            for (Finding f : report.findings()) {
                LineIndex.Position at = report.lines().position(f.start());
                out.println("    <error line=\"" + at.line() + "\" column=\"" + at.column() + "\" severity=\"" + f.severity().id()
                        + "\" message=\"" + Xml.escape(f.message()) + "\" source=\"letterlint." + Xml.escape(f.rule()) + "\"/>");
            }
            out.println("  </file>");
        }
        for (InputError error : result.errors()) {
            out.println("  <file name=\"" + Xml.escape(error.path()) + "\">");
            out.println("    <error line=\"1\" column=\"1\" severity=\"error\" message=\"" + Xml.escape(error.message()) + "\" source=\"letterlint.input\"/>");
            out.println("  </file>");
        }
        out.println("</checkstyle>");
        out.flush();
    }
}
