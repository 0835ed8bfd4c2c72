package org.letterlint.source;

import java.util.List;

/**
 * A letter as decoded text. {@code text} has no byte-order mark and keeps the file's own line
 * breaks, so finding offsets index it directly and {@code text.substring(offset, offset + length)}
 * is always the flagged text.
 *
 * @param name      what to call it in reports: the path as given, or "-" for standard input
 * @param text      the decoded characters
 * @param encoding  the charset it was decoded with, e.g. "UTF-8" or "windows-1252"
 * @param warnings  notes about the decoding a user should know (e.g. a fallback charset)
 * @param bom       whether the file began with a byte-order mark (kept when the file is rewritten)
 */
public record LetterSource(String name, String text, String encoding, List<String> warnings, boolean bom) {
    public LetterSource {
        warnings = List.copyOf(warnings);
    }

    /** A UTF-8 letter made from a string, for tests and the API. */
    public static LetterSource of(String name, String text) {
        return new LetterSource(name, text, "UTF-8", List.of(), false);
    }

    /** The bytes of this letter with a new text, in its own encoding (and byte-order mark), for writing back. */
    public byte[] encode(String newText) throws InputException {
        java.nio.charset.CharsetEncoder encoder = java.nio.charset.Charset.forName(encoding).newEncoder();
        try {
            java.nio.ByteBuffer bytes = encoder.encode(java.nio.CharBuffer.wrap(newText));
            byte[] body = new byte[bytes.remaining()];
            bytes.get(body);
            byte[] mark = !bom ? new byte[0] : switch (encoding) {
                case "UTF-8" -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                case "UTF-16LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
                case "UTF-16BE" -> new byte[] {(byte) 0xFE, (byte) 0xFF};
                default -> new byte[0]; // "UTF-16" writes its own
            };
            byte[] out = new byte[mark.length + body.length];
            System.arraycopy(mark, 0, out, 0, mark.length);
            System.arraycopy(body, 0, out, mark.length, body.length);
            return out;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(name + ": the fixed text cannot be written in " + encoding);
        }
    }
}
