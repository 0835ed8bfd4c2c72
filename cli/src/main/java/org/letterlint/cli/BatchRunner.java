package org.letterlint.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Works through a batch on a bounded pool of threads and hands each result on in input order,
 * whatever the thread timing, so the output is stable. Only a few items a thread are in flight at
 * once, and each result is handed on as soon as it and those before it are done, so memory stays
 * flat however long the batch is.
 */
final class BatchRunner {
    /** Items in flight per thread: enough to keep every thread busy while one letter is slow. */
    private static final int AHEAD_PER_THREAD = 4;
    private final int threads;

    BatchRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1");
        }
        this.threads = threads;
    }

    /**
     * @param work    what to do with one input, on a worker thread
     * @param results given each result in input order, on the calling thread
     */
    <I, R> void run(List<I> inputs, Function<I, R> work, Consumer<R> results) {
        if (threads == 1 || inputs.size() < 2) {
            for (I input : inputs) {
                results.accept(work.apply(input));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, inputs.size()), runnable -> {
            Thread t = new Thread(runnable, "letterlint-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<R>> inFlight = new ArrayDeque<>();
            int next = 0;
            int window = threads * AHEAD_PER_THREAD;
            while (next < inputs.size() || !inFlight.isEmpty()) {
                while (next < inputs.size() && inFlight.size() < window) {
                    I input = inputs.get(next++);
                    inFlight.add(pool.submit(() -> work.apply(input)));
                }
                results.accept(inFlight.removeFirst().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
