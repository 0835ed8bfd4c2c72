package org.letterlint.cli.report;

import java.io.PrintWriter;
import org.letterlint.engine.RuleSet;

/**
 * Writes a run's results in one output format, as they come: each letter is written (or, where a
 * format needs totals first, spooled) and dropped, so a report of any number of letters takes
 * little memory. The calls are {@code letter} for each letter in input order, then {@code end}.
 */
public interface Reporter {
    void letter(LocatedReport letter, PrintWriter out);

    /** After the last letter: the inputs that could not be read, the totals, the closing lines. */
    void end(RunSummary summary, RuleSet rules, PrintWriter out);
}
