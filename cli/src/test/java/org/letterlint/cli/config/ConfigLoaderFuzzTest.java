package org.letterlint.cli.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any bytes as a .letterlint.yml: the loader returns a config or throws its own ConfigException with
 * a one-line message naming the file, quickly; never another exception, an error or a hang.
 * Without JAZZER_FUZZ=1 this runs on the saved inputs in ConfigLoaderFuzzTestInputs only.
 */
class ConfigLoaderFuzzTest {
    /** One folder for every run: a fuzzing run calls the method millions of times. */
    private static final Path DIR = folder();
    private static boolean warm;

    private static Path folder() {
        try {
            Path dir = Files.createTempDirectory("letterlint-config-fuzz");
            Files.writeString(dir.resolve("our-jargon.tsv"), "service user journey\tyour experience\tOur own jargon.\n");
            Files.writeString(dir.resolve("our-words.txt"), "XQZ\n");
            Files.writeString(dir.resolve("warm-up.yml"), "fail-on: error\ninclude: ['**.md']\n");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void anyBytesLoadOrFailWithAConfigException(byte[] yaml) throws IOException {
        if (!warm) {
            // Loads the classes once (inside the test, so Jazzer has instrumented them), so the first timed
            // input does not pay for it: that took 2 s on a busy machine.
            ConfigLoader.load(DIR.resolve("warm-up.yml"));
            warm = true;
        }
        Path file = DIR.resolve(".letterlint.yml");
        Files.write(file, yaml);
        long start = System.nanoTime();
        try {
            Config config = ConfigLoader.load(file);
            assertTrue(config.file().equals(file));
        } catch (ConfigException e) {
            String message = e.getMessage();
            assertTrue(message.startsWith(file.toString()), message);
            assertFalse(message.contains("\n") || message.contains("\r"), message);
            assertTrue(message.length() < 1000, "a short message, not " + message.length() + " characters");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 5_000, "took " + millis + " ms");
    }
}
