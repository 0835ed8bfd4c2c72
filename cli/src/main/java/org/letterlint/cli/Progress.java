package org.letterlint.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A progress bar on stderr for long batches. Shown only when stderr is a terminal, the run is
 * long, and not in CI (CI=true) or with --quiet: logs and pipes never get carriage returns.
 */
final class Progress {
    static final int THRESHOLD = 20;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean visible;
    private final AtomicInteger done = new AtomicInteger();

    private Progress(PrintWriter err, int total, boolean visible) {
        this.err = err;
        this.total = total;
        this.visible = visible;
    }

    static Progress create(PrintWriter err, int total, boolean quiet) {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean terminal = System.console() != null;
        return new Progress(err, total, shouldShow(total, quiet, ci, terminal));
    }

    static boolean shouldShow(int total, boolean quiet, boolean ci, boolean terminal) {
        return total > THRESHOLD && !quiet && !ci && terminal;
    }

    void step() {
        int n = done.incrementAndGet();
        if (visible && (n == total || n % Math.max(1, total / 100) == 0)) {
            synchronized (err) {
                int filled = (int) ((long) WIDTH * n / total);
                err.print("\r  checking letters [" + "=".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + n + "/" + total);
                err.flush();
            }
        }
    }

    /** Prints a message line on stderr, clearing the bar first so the two do not run together. */
    void println(String message) {
        synchronized (err) {
            if (visible) {
                err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            }
            err.println(message);
            err.flush();
        }
    }

    void finish() {
        if (visible) {
            synchronized (err) {
                err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
                err.flush();
            }
        }
    }
}
