package org.letterlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * letterlint never touches the network: the CLI, with grammar, run in a network namespace with no
 * interfaces but loopback (unshare -rn) gives exactly the findings of a normal run; and with
 * --no-grammar, LanguageTool is not even loaded.
 */
class OfflineTest {
    @TempDir
    Path dir;

    private static final String LETTER = "Dear Mr Jones,\n\nThank you for you're letter, which we recieved on 3 May. "
            + "Your complaint was escalated to the PSD.\n\nYours sincerely,\n\nJo Bloggs\n";

    private record Run(int exit, String out, String err) {
    }

    private Run java(List<String> prefix, String... args) throws Exception {
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static boolean unshareWorks() {
        try {
            Process p = new ProcessBuilder("unshare", "-rn", "true").start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void withoutANetworkTheFindingsAreTheSame() throws Exception {
        Assumptions.assumeTrue(unshareWorks(), "needs unshare -rn (util-linux, user namespaces) to take the network away");
        Path letter = dir.resolve("letter.txt");
        Files.writeString(letter, LETTER);
        String[] args = {"org.letterlint.cli.Main", "check", "--format", "json", "--no-config", letter.toString()};
        Run normal = java(List.of(), args);
        Run offline = java(List.of("unshare", "-rn"), args);
        assertEquals(normal.exit(), offline.exit(), offline.err());
        assertEquals("", offline.err(), "nothing on stderr: no logging noise, no network errors");
        JsonNode a = new ObjectMapper().readTree(normal.out()).get("files").get(0).get("findings");
        JsonNode b = new ObjectMapper().readTree(offline.out()).get("files").get(0).get("findings");
        assertEquals(a, b);
        assertTrue(a.toString().contains("spelling.lt-morfologik-rule-en-gb"), "grammar really ran: " + a);
    }

    @Test
    void noGrammarMeansLanguageToolIsNotLoaded() throws Exception {
        Path letter = dir.resolve("letter.txt");
        Files.writeString(letter, LETTER);
        Run run = java(List.of(), "-Xlog:class+load=info", "org.letterlint.cli.Main", "check", "--no-grammar", "--format", "json", "--no-config",
                letter.toString());
        assertTrue(run.out().contains("org.letterlint.engine.Linter"), "the class log is there");
        assertFalse(run.out().contains("org.languagetool."), "no LanguageTool class was loaded");
        Run withGrammar = java(List.of(), "-Xlog:class+load=info", "org.letterlint.cli.Main", "check", "--format", "json", "--no-config",
                letter.toString());
        assertTrue(withGrammar.out().contains("org.languagetool.JLanguageTool"), "and with grammar it is");
    }

    @Test
    void configCanTurnGrammarOff() throws Exception {
        Path config = dir.resolve(".letterlint.yml");
        Files.writeString(config, "grammar: false\n");
        Path letter = dir.resolve("letter.txt");
        Files.writeString(letter, LETTER);
        Cli.Result r = Cli.run("check", "--format", "json", "--config", config.toString(), letter.toString());
        assertFalse(r.out().contains("spelling.lt-"), r.out());
    }
}
