package org.letterlint.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader(1000);

    @Test
    void stripsAUtf8ByteOrderMark() throws Exception {
        Path file = dir.resolve("bom.txt");
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Dear Jo".getBytes(StandardCharsets.UTF_8)));
        LetterSource source = reader.read(file);
        assertEquals("Dear Jo", source.text());
        assertEquals("UTF-8", source.encoding());
    }

    @Test
    void fallsBackToWindows1252WithAWarning() throws Exception {
        Path file = dir.resolve("cp1252.txt");
        Files.write(file, new byte[] {'W', 'e', (byte) 0x92, 'r', 'e', ' ', 's', 'o', 'r', 'r', 'y', ' ', (byte) 0x96, ' ', (byte) 0x80, '5'});
        LetterSource source = reader.read(file);
        assertEquals("We\u2019re sorry \u2013 \u20ac5", source.text());
        assertEquals("windows-1252", source.encoding());
        assertEquals(1, source.warnings().size());
        assertTrue(source.warnings().get(0).contains("not valid UTF-8"));
    }

    @Test
    void keepsCrlfSoOffsetsIndexTheFileText() throws Exception {
        Path file = dir.resolve("crlf.txt");
        Files.writeString(file, "Dear Jo,\r\n\r\nHello.\r\n");
        assertEquals("Dear Jo,\r\n\r\nHello.\r\n", reader.read(file).text());
    }

    @Test
    void readsUtf16WithAByteOrderMark() throws Exception {
        Path file = dir.resolve("utf16.txt");
        Files.write(file, "Dear Jo".getBytes(StandardCharsets.UTF_16));
        assertEquals("Dear Jo", reader.read(file).text());
    }

    @Test
    void utf16KeepsItsByteOrderWhenWrittenBack() throws Exception {
        for (var order : java.util.List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] mark = order == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
            Path file = dir.resolve(order.name() + ".txt");
            Files.write(file, concat(mark, "Dear Jo".getBytes(order)));
            LetterSource source = reader.read(file);
            assertEquals("Dear Jo", source.text());
            assertEquals(order.name(), source.encoding());
            assertArrayEquals(concat(mark, "Dear Sam".getBytes(order)), source.encode("Dear Sam"));
        }
    }

    @Test
    void aDeviceOrPipeIsRefusedWithoutReadingIt() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo available");
        for (Path special : java.util.List.of(fifo, Path.of("/dev/zero"))) {
            InputException e = assertThrows(InputException.class, () -> reader.read(special));
            assertTrue(e.getMessage().startsWith(special + ": is not a regular file"), e.getMessage());
        }
    }

    @Test
    void aFileThatReportsNoSizeIsStillReadOnlyUpToTheLimit() {
        Path proc = Path.of("/proc/self/maps");
        Assumptions.assumeTrue(Files.isRegularFile(proc), "a /proc file system");
        // /proc files report size 0 whatever they hold; the reader must not trust the size.
        InputException e = assertThrows(InputException.class, () -> new SourceReader(16).read(proc));
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
    }

    @Test
    void refusesBadInputWithOneLineNamingTheFile() throws Exception {
        Files.write(dir.resolve("binary.bin"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 1, 2});
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("blank.txt"), "  \n\n ");
        Files.writeString(dir.resolve("huge.txt"), "x".repeat(1001));
        assertRefused(dir.resolve("binary.bin"), "binary");
        assertRefused(dir.resolve("empty.txt"), "empty");
        assertRefused(dir.resolve("blank.txt"), "empty");
        assertRefused(dir.resolve("huge.txt"), "too large");
        assertRefused(dir.resolve("missing.txt"), "no such file");
        assertRefused(dir, "directory");
        Files.write(dir.resolve("broken.docx"), new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3});
        assertRefused(dir.resolve("broken.docx"), "DOCX documents are not supported yet; save the letter as plain text");
    }

    @Test
    void refusesAnUnreadableFile() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root can read any file");
        Path file = dir.resolve("secret.txt");
        Files.writeString(file, "Dear Jo");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assertRefused(file, "permission denied");
    }

    @Test
    void readsStandardInput() throws Exception {
        LetterSource source = reader.read("-", new ByteArrayInputStream("Dear Jo".getBytes(StandardCharsets.UTF_8)));
        assertEquals("-", source.name());
        assertEquals("Dear Jo", source.text());
    }

    private void assertRefused(Path path, String problem) {
        InputException e = assertThrows(InputException.class, () -> reader.read(path));
        assertTrue(e.getMessage().startsWith(path.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
