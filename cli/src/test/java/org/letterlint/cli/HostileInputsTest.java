package org.letterlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Letters and file names written to attack a terminal or a CI log (escape sequences, workflow
 * commands, bidi overrides) go through every output format: nothing reaches stdout or stderr raw.
 */
class HostileInputsTest {
    @TempDir
    static Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "junit", "github", "checkstyle"})
    void nothingHostileSurvivesAnyFormat(String format) throws Exception {
        Path letters = Files.createDirectories(dir.resolve(format));
        String letter = Files.readString(Path.of("src/test/resources/hostile/escapes-and-commands.txt"));
        Files.writeString(letters.resolve("plain.txt"), letter);
        Path named = letters.resolve("evil\n::add-mask::x \u001b]0;t\u0007 caf\u00e9 \u202e.txt");
        Files.writeString(named, letter);
        Cli.Result r = Cli.run("check", "--no-grammar", "--no-config", "--fail-on", "never", "--format", format,
                letters.resolve("plain.txt").toString(), named.toString(), letters.resolve("::missing\u001b.txt").toString());
        assertEquals(2, r.exitCode(), r.err());
        for (String stream : new String[] {r.out(), r.err()}) {
            for (int i = 0; i < stream.length(); i++) {
                char c = stream.charAt(i);
                assertFalse(c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069,
                        () -> format + ": raw control character U+" + Integer.toHexString(c) + " in:\n" + stream);
            }
            for (String line : stream.split("\n")) {
                assertFalse(line.contains("##["), () -> format + ": '##[' survives: " + line);
                boolean command = line.strip().startsWith("::");
                if (format.equals("github") && stream == r.out()) {
                    assertTrue(line.matches("::(error|warning|notice) [^\\n]*"), line);
                } else {
                    assertFalse(command, () -> format + ": a workflow command survives: " + line);
                }
            }
        }
        assertTrue(r.err().contains("\\x1b"), "stderr shows the escape as \\x1b: [" + r.err() + "]");
        switch (format) {
            case "json", "sarif" -> r.json();
            case "junit", "checkstyle" -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
            case "text" -> assertTrue(r.out().contains("evil\\n::add-mask::x \\x1b]0;t\\x07") && r.out().contains("\\u202e"), r.out());
            default -> { }
        }
    }
}
