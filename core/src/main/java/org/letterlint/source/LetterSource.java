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
 */
public record LetterSource(String name, String text, String encoding, List<String> warnings) {
    public LetterSource {
        warnings = List.copyOf(warnings);
    }

    /** A UTF-8 letter made from a string, for tests and the API. */
    public static LetterSource of(String name, String text) {
        return new LetterSource(name, text, "UTF-8", List.of());
    }
}
