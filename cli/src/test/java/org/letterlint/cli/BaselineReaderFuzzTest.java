package org.letterlint.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any bytes as a baseline file: the reader returns a baseline or throws an IOException whose message
 * is one line naming the file; never another exception, an error or a hang. Without JAZZER_FUZZ=1
 * this runs on the saved inputs in BaselineReaderFuzzTestInputs only (a baseline letterlint wrote,
 * and broken ones).
 */
class BaselineReaderFuzzTest {
    private static final Path DIR = folder();
    private static boolean warm;

    private static Path folder() {
        try {
            Path dir = Files.createTempDirectory("letterlint-baseline-fuzz");
            Files.writeString(dir.resolve("warm-up.json"), "{\"format\": \"letterlint-baseline\", \"version\": 1, \"findings\": []}");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void anyBytesReadOrFailWithAnIOException(byte[] json) throws IOException {
        if (!warm) {
            // Loads the classes once (inside the test, so Jazzer has instrumented them), so the first timed
            // input does not pay for it.
            Baseline.read(DIR.resolve("warm-up.json"));
            warm = true;
        }
        Path file = DIR.resolve("baseline.json");
        Files.write(file, json);
        long start = System.nanoTime();
        try {
            Baseline baseline = Baseline.read(file);
            assertTrue(baseline != null);
        } catch (IOException e) {
            String message = e.getMessage();
            assertTrue(message.startsWith(file.toString() + ":"), message);
            assertFalse(message.contains("\n") || message.contains("\r"), message);
            assertTrue(message.length() < 500, "a short message, not " + message.length() + " characters");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 5_000, "took " + millis + " ms");
    }
}
