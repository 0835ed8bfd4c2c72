package org.letterlint.wordlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.letterlint.engine.RuleSet;
import org.letterlint.letter.TypeDetector;
import org.letterlint.rules.AcronymRule;
import org.letterlint.rules.Category;
import org.letterlint.rules.Severity;
import org.letterlint.rules.SubstitutionRule;

class WordlistsTest {
    @Test
    void bundledWordlistsLoadAndAreBigEnough() {
        assertTrue(SubstitutionRule.jargon().size() >= 200, "jargon.tsv needs at least 200 entries");
        assertTrue(AcronymRule.bundled().knownExpansions() >= 150, "acronyms.tsv needs at least 150 entries");
        TypeDetector.bundled();
        assertTrue(RuleSet.standard().infos().size() > 200);
    }

    /** Every file in wordlists/ loads and passes its checks (a test, so a bad edit fails the build, not a user's run). */
    @Test
    void everyBundledWordlistLoads() {
        assertTrue(SubstitutionRule.britishSpelling().size() >= 40);
        assertTrue(SubstitutionRule.wordiness().size() >= 40);
        assertEquals(12, org.letterlint.rules.ExistenceRule.defensive().describe().size()); // seven families, and five from the field set (issue 10)
        org.letterlint.letter.ElementDetector.bundled();
        org.letterlint.letter.UpheldDetector.bundled();
        assertEquals(10, org.letterlint.letter.Elements.bundled().all().size());
        for (String scheme : org.letterlint.letter.Scheme.BUNDLED) {
            org.letterlint.letter.Scheme.load(scheme);
        }
        assertTrue(Wordlists.bundled("accepted-words.txt", 1, 1).size() >= 20);
        Wordlists.requireUnique(Wordlists.bundled("accepted-words.txt", 1, 1), 0);
    }

    @Test
    void aMalformedLineNamesTheFileAndLine() {
        WordlistException e = assertThrows(WordlistException.class,
                () -> Wordlists.read("jargon.tsv", new StringReader("# comment\nin due course\tby <date>\n"), 3, 3));
        assertEquals("jargon.tsv:2: expected 3 TAB-separated columns, found 2", e.getMessage());
    }

    @Test
    void aDuplicateEntryNamesTheSecondLine() {
        List<WordlistLine> lines = Wordlists.read("jargon.tsv",
                new StringReader("utilise\tuse\tPlainer.\n\nUtilise\tuse\tPlainer.\n"), 3, 3);
        WordlistException e = assertThrows(WordlistException.class,
                () -> new SubstitutionRule(Category.JARGON, Severity.WARNING, "is jargon", lines));
        assertEquals("jargon.tsv:3: duplicate entry (the same as line 1)", e.getMessage());
    }

    @Test
    void anEntryWithNoAlternativeFails() {
        List<WordlistLine> lines = Wordlists.read("jargon.tsv", new StringReader("utilise\t | \tPlainer.\n"), 3, 3);
        WordlistException e = assertThrows(WordlistException.class,
                () -> new SubstitutionRule(Category.JARGON, Severity.WARNING, "is jargon", lines));
        assertTrue(e.getMessage().startsWith("jargon.tsv:1: column 2 needs at least one alternative"), e.getMessage());
    }

    @Test
    void anEmptyRequiredColumnFails() {
        WordlistException e = assertThrows(WordlistException.class,
                () -> Wordlists.read("acronyms.tsv", new StringReader("PSD\t\n"), 2, 2));
        assertEquals("acronyms.tsv:1: column 2 is empty", e.getMessage());
    }

    @Test
    void aBadPatternNamesTheLine() {
        List<WordlistLine> lines = Wordlists.read("jargon.tsv", new StringReader("utilise\tuse\tok\n... x\ty\tok\n"), 3, 3);
        WordlistException e = assertThrows(WordlistException.class,
                () -> new SubstitutionRule(Category.JARGON, Severity.WARNING, "is jargon", lines));
        assertTrue(e.getMessage().startsWith("jargon.tsv:2: "), e.getMessage());
    }

    /** Stands for a private file named as a wordlist by mistake: its text must never reach a message. */
    private static final String SECRET = "Mrs Jane Doe";

    private static WordlistException fileError(Path file, int min, int max) {
        WordlistException e = assertThrows(WordlistException.class, () -> Wordlists.file(file, min, max));
        assertFalse(e.getMessage().contains(SECRET) || e.getMessage().contains("Acacia"), "echoes the file: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e;
    }

    @Test
    void invalidUtf8NamesTheFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("our-words.txt");
        byte[] head = ("# our words\nXQZ\n" + SECRET + " ").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xC0;
        bytes[head.length + 1] = '\n';
        assertEquals(file + ":3: not valid UTF-8 (save the file as UTF-8)", fileError(Files.write(file, bytes), 1, 1).getMessage());
    }

    @Test
    void invalidUtf8PastTheFirstBufferNamesTheRightLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("our-words.txt");
        byte[] head = "word\n".repeat(5_000).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(head, head.length + 1);
        bytes[head.length] = (byte) 0xFF;
        assertEquals(file + ":5001: not valid UTF-8 (save the file as UTF-8)", fileError(Files.write(file, bytes), 1, 1).getMessage());
    }

    @Test
    void aDuplicateInAUsersFileDoesNotEchoIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("our-jargon.tsv"), SECRET + "\tx\ty\n" + SECRET + "\tx\ty\n");
        List<WordlistLine> lines = Wordlists.file(file, 3, 3);
        WordlistException e = assertThrows(WordlistException.class, () -> Wordlists.requireUnique(lines, 0));
        assertEquals(file + ":2: duplicate entry (the same as line 1)", e.getMessage());
    }

    @Test
    void aBadPatternOrSeverityDoesNotEchoTheColumn() {
        List<WordlistLine> lines = Wordlists.read("our-jargon.tsv", new StringReader("... " + SECRET + "\ty\tok\n"), 3, 3);
        WordlistException e = assertThrows(WordlistException.class, () -> lines.get(0).pattern(0));
        assertTrue(e.getMessage().startsWith("our-jargon.tsv:1: column 1 is not a valid pattern ("), e.getMessage());
        assertFalse(e.getMessage().contains("Jane"), e.getMessage());
        WordlistLine severity = Wordlists.read("x.tsv", new StringReader("a\t" + SECRET + "\n"), 2, 2).get(0);
        WordlistException bad = assertThrows(WordlistException.class, () -> severity.severity(1));
        assertEquals("x.tsv:1: column 2 must be error, warning or info", bad.getMessage());
    }

    @Test
    void aSchemeFileThatIsNotOneDoesNotEchoIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\t" + SECRET + "\n");
        WordlistException e = assertThrows(WordlistException.class, () -> org.letterlint.letter.Scheme.load(file.toString()));
        assertTrue(e.getMessage().startsWith(file + ":1: unknown key in column 1; valid keys: body, "), e.getMessage());
        assertFalse(e.getMessage().contains("root") || e.getMessage().contains("Jane"), e.getMessage());
    }

    @Test
    void aWordlistThatIsNotAFileIsRefused(@TempDir Path dir) throws Exception {
        assertEquals(dir + ": cannot be read (a folder, not a file)", fileError(dir, 1, 1).getMessage());
        assertEquals(dir.resolve("none.txt") + ": cannot be read (no such file)", fileError(dir.resolve("none.txt"), 1, 1).getMessage());
    }

    @Test
    void aHugeWordlistIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.txt");
        try (var out = Files.newOutputStream(file)) {
            byte[] line = "word\n".repeat(1024).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= Wordlists.MAX_FILE_BYTES; written += line.length) {
                out.write(line);
            }
        }
        assertEquals(file + ": larger than 16 MiB (the limit for a wordlist)", fileError(file, 1, 1).getMessage());
    }
}
