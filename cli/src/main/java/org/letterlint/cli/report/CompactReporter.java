package org.letterlint.cli.report;

import java.io.PrintWriter;
import org.letterlint.engine.RuleSet;
import org.letterlint.rules.Finding;
import org.letterlint.rules.Severity;

/**
 * One line per finding, {@code path:line:column: severity: message (suggestion) [rule]}, the shape
 * compilers print, so editors' error lists (Emacs, Vim's quickfix, VS Code's problem matchers) and
 * grep read it; then one line of totals. For people who want the list without the checklist and
 * readability of the text report.
 */
public final class CompactReporter implements Reporter {
    @Override
    public void letter(LocatedReport letter, PrintWriter out) {
        for (LocatedFinding located : letter.findings()) {
            Finding f = located.finding();
            String suggestion = f.suggestions().isEmpty() ? ""
                    : f.suggestions().get(0).isEmpty() ? " (leave it out)"
                    : (f.length() == 0 ? " (add: " : " (try: ") + f.suggestions().get(0) + ")";
            out.println(SafeText.line(letter.name() + ":" + located.line() + ":" + located.column() + ": " + f.severity().id() + ": "
                    + f.message() + suggestion + " [" + f.rule() + "]"));
        }
    }

    @Override
    public void end(RunSummary summary, RuleSet rules, PrintWriter out) {
        for (InputError error : summary.errors()) {
            out.println(SafeText.line(error.message()));
        }
        out.println(summary.letters() + (summary.letters() == 1 ? " letter" : " letters") + " checked: "
                + summary.count(Severity.ERROR) + " errors, " + summary.count(Severity.WARNING) + " warnings, "
                + summary.count(Severity.INFO) + " notes");
        out.flush();
    }
}
