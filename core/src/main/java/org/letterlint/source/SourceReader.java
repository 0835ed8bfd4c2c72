package org.letterlint.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads letters from files or standard input and decodes them, refusing what is not a letter.
 * Every refusal is an {@link InputException} whose message names the input and the problem.
 */
public final class SourceReader {
    /** Letters are a few kilobytes; anything this large is almost certainly not a letter. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private final long maxBytes;

    public SourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public SourceReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public LetterSource read(Path path) throws InputException {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new InputException(name + ": is a directory, not a letter");
        }
        if (!Files.exists(path)) {
            throw new InputException(name + ": no such file");
        }
        // A device or a pipe has no size to check and may never end (/dev/zero, a FIFO nobody writes
        // to): refuse it before opening it, since opening a FIFO already waits for a writer.
        if (!Files.isRegularFile(path)) {
            throw new InputException(name + ": is not a regular file (a device, pipe or socket); to check what it gives, pipe it in: letterlint check - < " + name);
        }
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new InputException(name + ": too large to be a letter (" + size + " bytes; the limit is " + maxBytes + ")");
            }
            // Read no more than the limit even so: a file can grow while it is read, and some report size 0 (/proc).
            try (InputStream in = Files.newInputStream(path)) {
                return readBounded(name, in);
            }
        } catch (AccessDeniedException e) {
            throw new InputException(name + ": permission denied");
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file");
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    public LetterSource read(String name, InputStream in) throws InputException {
        try {
            return readBounded(name, in);
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private LetterSource readBounded(String name, InputStream in) throws IOException, InputException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new InputException(name + ": too large to be a letter (over " + maxBytes + " bytes)");
        }
        return decode(name, bytes);
    }

    /** Decodes bytes: honours a BOM, prefers UTF-8, falls back to Windows-1252 with a warning. */
    public LetterSource decode(String name, byte[] bytes) throws InputException {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (String document : List.of(".docx", ".doc", ".odt", ".rtf", ".pdf", ".pages")) {
            if (lower.endsWith(document)) {
                throw new InputException(name + ": " + document.substring(1).toUpperCase(java.util.Locale.ROOT)
                        + " documents are not supported yet; save the letter as plain text (.txt) and check that");
            }
        }
        List<String> warnings = new ArrayList<>();
        String text;
        String encoding;
        boolean bom = startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            encoding = "UTF-8";
            text = strictly(name, StandardCharsets.UTF_8, bytes, 3);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            // The byte order is kept by name, so a fixed letter is written back little-endian as it came.
            encoding = "UTF-16LE";
            text = strictly(name, StandardCharsets.UTF_16LE, bytes, 2);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            encoding = "UTF-16BE";
            text = strictly(name, StandardCharsets.UTF_16BE, bytes, 2);
        } else {
            if (looksBinary(bytes)) {
                throw new InputException(name + ": looks like a binary file, not a text letter");
            }
            String utf8 = tryDecode(StandardCharsets.UTF_8, bytes, 0);
            if (utf8 != null) {
                encoding = "UTF-8";
                text = utf8;
            } else {
                encoding = "windows-1252";
                text = new String(bytes, WINDOWS_1252);
                warnings.add(name + ": not valid UTF-8; read as Windows-1252 (save it as UTF-8 to be sure)");
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InputException(name + ": is empty; there is nothing to check");
        }
        if (looksBinary(text)) {
            throw new InputException(name + ": looks like a binary file, not a text letter");
        }
        return new LetterSource(name, text, encoding, warnings, bom);
    }

    private static String strictly(String name, Charset charset, byte[] bytes, int from) throws InputException {
        String text = tryDecode(charset, bytes, from);
        if (text == null) {
            throw new InputException(name + ": has a " + charset.name() + " byte-order mark but is not valid " + charset.name());
        }
        return text;
    }

    private static String tryDecode(Charset charset, byte[] bytes, int from) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A NUL byte, or many control bytes, in the first 8 KiB means this is not text. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    private static boolean looksBinary(String text) {
        int n = Math.min(text.length(), 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }
}
