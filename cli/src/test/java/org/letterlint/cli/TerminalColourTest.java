package org.letterlint.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Colour on a real terminal, none under NO_COLOR or in a pipe. util-linux's `script` gives the CLI
 * a pseudo-terminal, as a caseworker's terminal would.
 */
class TerminalColourTest {
    @TempDir
    Path dir;

    private String run(Map<String, String> env, boolean terminal) throws Exception {
        Path letter = dir.resolve("letter.txt");
        Files.writeString(letter, "Dear Jo,\n\nIt was escalated to the PSD.\n\nYours sincerely,\nSam\n");
        return run(env, terminal, letter.toString());
    }

    private String run(Map<String, String> env, boolean terminal, String target) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "'" + java + "' -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path")
                + "' org.letterlint.cli.Main check --no-grammar --no-config '" + target + "'";
        ProcessBuilder builder = terminal
                ? new ProcessBuilder("script", "-qec", command, "/dev/null")
                : new ProcessBuilder("sh", "-c", command + " | cat");
        builder.environment().remove("NO_COLOR");
        builder.environment().remove("CI");
        builder.environment().put("TERM", "xterm");
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return out;
    }

    private static boolean scriptWorks() {
        try {
            Process p = new ProcessBuilder(List.of("script", "-qec", "true", "/dev/null")).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void colourOnATerminalNoneUnderNoColorOrInAPipe() throws Exception {
        Assumptions.assumeTrue(scriptWorks(), "needs util-linux script to give the CLI a terminal");
        String terminal = run(Map.of(), true);
        assertTrue(terminal.contains("escalated") && terminal.contains("\u001b["), "colour on a terminal: " + terminal);
        String noColor = run(Map.of("NO_COLOR", "1"), true);
        assertTrue(noColor.contains("escalated"));
        assertFalse(noColor.contains("\u001b["), "NO_COLOR switches colour off");
        String piped = run(Map.of(), false);
        assertTrue(piped.contains("escalated"));
        assertFalse(piped.contains("\u001b["), "no colour into a pipe");
    }

    @Test
    void progressBarOnATerminalForALongBatchButNotInCi() throws Exception {
        Assumptions.assumeTrue(scriptWorks(), "needs util-linux script to give the CLI a terminal");
        Path batch = Files.createDirectories(dir.resolve("batch"));
        for (int i = 0; i < Progress.THRESHOLD + 5; i++) {
            Files.writeString(batch.resolve("letter-" + i + ".txt"), "Dear Jo,\n\nThank you for your letter.\n\nYours sincerely,\nSam\n");
        }
        assertTrue(run(Map.of(), true, batch.toString()).contains("checking letters ["), "a progress bar on a terminal");
        assertFalse(run(Map.of("CI", "true"), true, batch.toString()).contains("checking letters ["), "none in CI");
    }
}
