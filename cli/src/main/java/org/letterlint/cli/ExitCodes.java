package org.letterlint.cli;

/** letterlint's exit codes, as documented in the README and the contract. */
public final class ExitCodes {
    /** No finding at or above the fail level. */
    public static final int CLEAN = 0;
    /** Findings at or above the fail level. */
    public static final int FINDINGS = 1;
    /** A usage error, or input that could not be read. */
    public static final int USAGE_OR_INPUT = 2;
    /** Something went wrong inside letterlint: a bug to report, never to be read as "findings". */
    public static final int UNEXPECTED = 3;

    private ExitCodes() {
    }
}
