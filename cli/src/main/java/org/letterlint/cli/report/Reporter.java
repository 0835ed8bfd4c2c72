package org.letterlint.cli.report;

import java.io.PrintWriter;
import org.letterlint.engine.RuleSet;

/** Writes a run's results in one output format. */
public interface Reporter {
    void write(RunResult result, RuleSet rules, PrintWriter out);
}
