package org.letterlint.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.letterlint.engine.LetterReport;
import org.letterlint.engine.LintOptions;
import org.letterlint.engine.Linter;
import org.letterlint.source.LetterSource;

/**
 * Lints letters on a bounded pool of threads. Reports come back in input order whatever the
 * thread timing, so the output is stable.
 */
final class BatchRunner {
    private final int threads;

    BatchRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1");
        }
        this.threads = threads;
    }

    /**
     * @param optionsFor the options for each letter (its type may come from the config)
     * @param done       called after each letter, from the worker thread
     */
    List<LetterReport> lintAll(Linter linter, List<LetterSource> sources, Function<LetterSource, LintOptions> optionsFor, Runnable done) {
        if (threads == 1 || sources.size() < 2) {
            List<LetterReport> reports = new ArrayList<>();
            for (LetterSource source : sources) {
                reports.add(linter.lint(source, optionsFor.apply(source)));
                done.run();
            }
            return reports;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, sources.size()), runnable -> {
            Thread t = new Thread(runnable, "letterlint-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<LetterReport>> futures = new ArrayList<>();
            for (LetterSource source : sources) {
                futures.add(pool.submit(() -> {
                    LetterReport report = linter.lint(source, optionsFor.apply(source));
                    done.run();
                    return report;
                }));
            }
            List<LetterReport> reports = new ArrayList<>();
            for (Future<LetterReport> future : futures) {
                reports.add(future.get());
            }
            return reports;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
