package org.letterlint.cli.report;

import java.io.PrintWriter;
import org.letterlint.engine.LetterReport;
import org.letterlint.engine.RuleSet;
import org.letterlint.rules.Finding;
import org.letterlint.source.LineIndex;

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request,
 * {@code ::error file=...,line=...,col=...,title=...::message}.
 */
public final class GithubReporter implements Reporter {
    @Override
    public void write(RunResult result, RuleSet rules, PrintWriter out) {
        for (LetterReport report : result.reports()) {
            for (Finding f : report.findings()) {
                LineIndex.Position start = report.lines().position(f.start());
                LineIndex.Position end = report.lines().position(f.end());
                String command = switch (f.severity()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    case INFO -> "notice";
                };
                String message = f.message() + (f.suggestions().isEmpty() || f.suggestions().get(0).isEmpty() ? "" : " Suggestion: " + f.suggestions().get(0));
                out.println("::" + command + " file=" + property(report.source().name()) + ",line=" + start.line() + ",col=" + start.column()
                        + ",endLine=" + end.line() + ",endColumn=" + end.column() + ",title=" + property(f.rule()) + "::" + data(message));
            }
        }
        for (InputError error : result.errors()) {
            out.println("::error file=" + property(error.path()) + ",title=letterlint::" + data(error.message()));
        }
        out.flush();
    }

    /** Escaping for the message, as GitHub's toolkit does it. */
    public static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping for property values, which also may not hold ':' or ','. */
    public static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
