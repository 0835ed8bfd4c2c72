package org.letterlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixCommandTest {
    @TempDir
    Path dir;

    private static final String LETTER = "Dear Jo,\n\nWe will utilise your readings regarding the bill.\n\nYours sincerely,\n\nSam Jones\n";

    @Test
    void dryRunListsChangesAndWritesNothing() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, LETTER);
        Cli.Result r = Cli.run("fix", "--dry-run", "--no-config", "--no-grammar", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("'utilise' \u2192 'use'"), r.out());
        assertTrue(r.out().contains("2 fixes would be applied"), r.out());
        assertEquals(LETTER, Files.readString(file));
        assertFalse(Files.exists(dir.resolve("a.txt.orig")));
    }

    @Test
    void fixRewritesInPlaceKeepingTheOriginal() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, LETTER);
        Cli.Result r = Cli.run("fix", "--no-config", "--no-grammar", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(LETTER.replace("utilise", "use").replace("regarding", "about"), Files.readString(file));
        assertEquals(LETTER, Files.readString(dir.resolve("a.txt.orig")), "the original is never lost");
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void theFileKeepsItsEncodingAndByteOrderMark() throws Exception {
        Path cp1252 = dir.resolve("old.txt");
        Files.write(cp1252, ("Dear Jo,\n\nWe\u2019ll utilise it \u2013 regarding \u00a35.\n\nYours sincerely,\nSam\n").getBytes("windows-1252"));
        Cli.Result r = Cli.run("fix", "--no-config", "--no-grammar", "--no-backup", cp1252.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertArrayEquals(("Dear Jo,\n\nWe\u2019ll use it \u2013 about \u00a35.\n\nYours sincerely,\nSam\n").getBytes("windows-1252"), Files.readAllBytes(cp1252));
        Path bom = dir.resolve("bom.txt");
        byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = LETTER.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[3 + body.length];
        System.arraycopy(mark, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        Files.write(bom, all);
        Cli.Result again = Cli.run("fix", "--no-config", "--no-grammar", "--no-backup", bom.toString());
        assertEquals(0, again.exitCode(), again.err());
        byte[] after = Files.readAllBytes(bom);
        assertEquals((byte) 0xEF, after[0], "the byte-order mark is kept");
        assertTrue(new String(after, StandardCharsets.UTF_8).contains("We will use your readings about the bill."));
    }

    @Test
    void standardInputPrintsTheFixedLetter() {
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream(LETTER.getBytes(StandardCharsets.UTF_8)));
            Cli.Result r = Cli.run("fix", "--no-config", "--no-grammar", "-");
            assertEquals(LETTER.replace("utilise", "use").replace("regarding", "about"), r.out());
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void aMissingFileIsAnInputError() {
        Cli.Result r = Cli.run("fix", "--no-config", "--no-grammar", dir.resolve("nope.txt").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("nope.txt: no such file"), r.err());
    }
}
