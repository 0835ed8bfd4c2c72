package org.letterlint.cli.report;

import java.io.PrintWriter;
import org.letterlint.engine.RuleSet;
import org.letterlint.rules.Finding;

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request,
 * {@code ::error file=...,line=...,col=...,title=...::message}. Values are escaped as GitHub's
 * toolkit does it, and nothing from a letter or a file name reaches the log raw (see {@link SafeText}).
 */
public final class GithubReporter implements Reporter {
    @Override
    public void letter(LocatedReport letter, PrintWriter out) {
        for (LocatedFinding located : letter.findings()) {
            Finding f = located.finding();
            String command = switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            String message = f.message() + (f.suggestions().isEmpty() || f.suggestions().get(0).isEmpty() ? "" : " Suggestion: " + f.suggestions().get(0));
            out.println("::" + command + " file=" + property(letter.name()) + ",line=" + located.line() + ",col=" + located.column()
                    + ",endLine=" + located.endLine() + ",endColumn=" + located.endColumn() + ",title=" + property(f.rule()) + "::" + data(message));
        }
    }

    @Override
    public void end(RunSummary summary, RuleSet rules, PrintWriter out) {
        for (InputError error : summary.errors()) {
            out.println("::error file=" + property(error.path()) + ",title=letterlint::" + data(error.message()));
        }
        out.flush();
    }

    /**
     * Escaping for the message, as GitHub's toolkit does it (%25, %0D, %0A); other control and
     * invisible characters shown as escapes, and "##[" defused.
     */
    public static String data(String s) {
        String safe = SafeText.escapeKeepingLineBreaks(s).replace("##[", "##\\x5b");
        return safe.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping for property values, which also may not hold ':' or ','. */
    public static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
