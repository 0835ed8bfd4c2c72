package org.letterlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.letterlint.cli.config.Config;
import org.letterlint.cli.config.ConfigException;
import org.letterlint.cli.config.ConfigLoader;

/** YAML that is ambiguous (duplicate keys) or built to exhaust the loader (alias bombs, deep nesting) is refused, fast, in one line. */
class ConfigYamlSafetyTest {
    @TempDir
    Path dir;

    private Path config(String yaml) throws Exception {
        Path file = dir.resolve(".letterlint.yml");
        Files.writeString(file, yaml);
        return file;
    }

    /** The error for a config, after the file name; fails unless it is one line and comes within two seconds. */
    private String error(Path file) {
        ConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThrows(ConfigException.class, () -> ConfigLoader.load(file)));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertTrue(e.getMessage().length() < 300, "short: " + e.getMessage().length() + " characters");
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        return e.getMessage().substring(file.toString().length());
    }

    private String error(String yaml) throws Exception {
        return error(config(yaml));
    }

    @Test
    void aDuplicateTopLevelKeyIsAnError() throws Exception {
        assertEquals(":2: key 'fail-on' is given twice (first on line 1)", error("fail-on: error\nfail-on: never\n"));
    }

    @Test
    void aDuplicateNestedKeyIsAnError() throws Exception {
        assertEquals(":4: rules: key 'jargon.escalate' is given twice (first on line 2)",
                error("rules:\n  jargon.escalate: off\n  style.passive-voice: off\n  jargon.escalate: error\n"));
        assertEquals(":3: types: key 'a/**' is given twice (first on line 2)", error("types:\n  a/**: outcome\n  \"a/**\": update\n"));
        assertEquals(":1: readability: key 'long-sentence-error' is given twice (first on line 1)",
                error("readability: {long-sentence-error: 30, long-sentence-error: 40}\n"));
    }

    @Test
    void differentKeysAreNotDuplicates() throws Exception {
        Config loaded = ConfigLoader.load(config("fail-on: warning\nrules:\n  jargon.escalate: off\n  jargon.escalated: error\n"));
        assertEquals("warning", loaded.failOn());
        assertEquals(2, loaded.rules().size());
    }

    /** YAML with one anchored scalar of {@code length} characters, aliased {@code times} times in a list. */
    private static String scalarBomb(int length, int times) {
        StringBuilder yaml = new StringBuilder("placeholders: &p '" + "x".repeat(length) + "'\ninclude:\n");
        for (int i = 0; i < times; i++) {
            yaml.append("  - *p\n");
        }
        return yaml.toString();
    }

    @Test
    void aScalarAliasBombIsRefusedFast() throws Exception {
        // Each alias is cheap to parse but costs the whole long text wherever it is used.
        assertEquals(":13: aliases repeat more than 1000000 characters of text (the limit for a config file)", error(scalarBomb(100_000, 5_000)));
    }

    @Test
    void thousandsOfAliasesOfAShortScalarAreRefusedByTheirNumber() throws Exception {
        assertEquals(":103: more than 100 aliases (*name); a letterlint config needs few if any", error(scalarBomb(10, 5_000)));
    }

    @Test
    void aFewAliasesAreFine() throws Exception {
        Config loaded = ConfigLoader.load(config("include: &docs ['**.md', '**.txt']\nexclude: &drafts 'drafts/**'\n"
                + "types:\n  'a/**': &o outcome\n  'b/**': *o\n"));
        assertEquals(List.of("**.md", "**.txt"), loaded.include());
        assertEquals(2, loaded.types().size());
    }

    @Test
    void aFewAliasesOfALongScalarAreRefusedByTheirSize() throws Exception {
        assertEquals(":2: aliases repeat more than 1000000 characters of text (the limit for a config file)",
                error("placeholders: &p '" + "x".repeat(250_000) + "'\nexclude: [*p, *p, *p, *p, *p]\n"));
    }

    @Test
    void aNestedCollectionAliasBombIsRefusedFast() throws Exception {
        StringBuilder yaml = new StringBuilder("a: &a ['lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol']\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = c;
        }
        String message = error(yaml.toString());
        assertTrue(message.startsWith(":"), message);
        assertFalse(message.contains("lol"), message);
    }

    @Test
    void deepNestingIsRefusedWithoutOverflowingTheStack() throws Exception {
        assertEquals(":1: nested more than 20 levels deep (a letterlint config needs 3)", error("include: " + "[".repeat(200_000) + "\n"));
        assertEquals(":1: nested more than 20 levels deep (a letterlint config needs 3)", error("{a: ".repeat(100_000) + "\n"));
    }

    @Test
    void aHugeFileIsRefusedBeforeParsing() throws Exception {
        String message = error("# " + "x".repeat(2 * 1024 * 1024) + "\nfail-on: error\n");
        assertEquals(": larger than 1 MiB (the limit for a config file)", message);
    }

    @Test
    void invalidUtf8NamesTheLine() throws Exception {
        Path file = dir.resolve(".letterlint.yml");
        byte[] head = "fail-on: error\nscheme: police\ninclude: ['".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 4);
        bytes[head.length] = (byte) 0xFF;
        bytes[head.length + 1] = '\'';
        bytes[head.length + 2] = ']';
        bytes[head.length + 3] = '\n';
        Files.write(file, bytes);
        assertEquals(":3: not valid UTF-8", error(file));
    }

    @Test
    void aLongBadValueIsShortenedInTheMessage() throws Exception {
        String message = error("fail-on: " + "s".repeat(10_000) + "\n");
        assertTrue(message.startsWith(":1: fail-on: 'ssssssssss"), message);
        assertTrue(message.contains("…'"), message);
    }

    /** Found by fuzzing: a quoted YAML value may hold line breaks, and an error quoting it must still be one line. */
    @Test
    void aQuotedValueWithLineBreaksStaysOnOneLine() throws Exception {
        assertEquals(":1: fail-on: 'a\\r\\nb\\x1b[2j' is not valid; use one of error, warning, never", error("fail-on: \"a\\r\\nb\\e[2J\"\n"));
        assertEquals(":1: unknown key 'x\\ny'; valid keys: exclude, fail-on, grammar, include, placeholders, readability, rules, scheme, "
                + "types, wordlists", error("\"x\\ny\": 1\n"));
    }

    @Test
    void aFolderOrSpecialFileIsNotAConfig() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder.yml"));
        assertEquals(": not a regular file", error(folder));
        assertEquals(List.of(), ConfigLoader.load(config("# only a comment\n")).include());
    }
}
