package org.letterlint.wordlist;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a user's data file (wordlist, scheme, config) as UTF-8, refusing bytes that are not,
 * and saying on which line they are, so the message can point there without quoting the text.
 */
public final class StrictUtf8 {
    private StrictUtf8() {
    }

    /** Bytes that are not UTF-8, at a 1-based line. */
    public static final class NotUtf8 extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        NotUtf8(int line) {
            super("not valid UTF-8 at line " + line);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** The text, without a leading byte order mark. */
    public static String decode(byte[] bytes) throws NotUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, (long) bytes.length + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new NotUtf8(lineAt(bytes, in.position()));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
