package org.letterlint.wordlist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the plain-text rule data in {@code wordlists/}: UTF-8, one entry a line, columns split by
 * TABs, "#" starting a comment line. Checks shape as it reads: every error names file and line.
 */
public final class Wordlists {
    /** Where the bundled wordlists live on the classpath. */
    public static final String BUNDLED = "/org/letterlint/wordlists/";

    private Wordlists() {
    }

    /** The lines of a bundled wordlist, such as "jargon.tsv". */
    public static List<WordlistLine> bundled(String name, int minColumns, int maxColumns) {
        InputStream in = Wordlists.class.getResourceAsStream(BUNDLED + name);
        if (in == null) {
            throw new WordlistException("wordlists/" + name, "is missing from the build");
        }
        return read("wordlists/" + name, new InputStreamReader(in, StandardCharsets.UTF_8), minColumns, maxColumns);
    }

    /** The largest wordlist or scheme file read: far beyond any real list, small enough to hold. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    /**
     * The lines of a wordlist file of the user's. Errors name the file and line and never quote the
     * text: a path given by mistake may be any file at all.
     */
    public static List<WordlistLine> file(Path path, int minColumns, int maxColumns) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new WordlistException(name, "cannot be read (a folder, not a file)");
        }
        if (!Files.exists(path)) {
            throw new WordlistException(name, "cannot be read (no such file)");
        }
        if (!Files.isRegularFile(path)) {
            // A FIFO would block and a device may never end.
            throw new WordlistException(name, "cannot be read (not a regular file)");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        } catch (AccessDeniedException e) {
            throw new WordlistException(name, "cannot be read (permission denied)");
        } catch (IOException e) {
            throw new WordlistException(name, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new WordlistException(name, "larger than " + (MAX_FILE_BYTES >> 20) + " MiB (the limit for a wordlist)");
        }
        try {
            return read(name, new StringReader(StrictUtf8.decode(bytes)), minColumns, maxColumns);
        } catch (StrictUtf8.NotUtf8 e) {
            throw new WordlistException(name, e.line(), "not valid UTF-8 (save the file as UTF-8)");
        }
    }

    static List<WordlistLine> read(String file, Reader source, int minColumns, int maxColumns) {
        List<WordlistLine> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                List<String> columns = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
                WordlistLine parsed = new WordlistLine(file, number, columns);
                if (columns.size() < minColumns || columns.size() > maxColumns) {
                    String expected = minColumns == maxColumns ? String.valueOf(minColumns) : minColumns + " to " + maxColumns;
                    throw parsed.error("expected " + expected + " TAB-separated columns, found " + columns.size());
                }
                for (int i = 0; i < minColumns; i++) {
                    if (columns.get(i).isEmpty()) {
                        throw parsed.error("column " + (i + 1) + " is empty");
                    }
                }
                lines.add(parsed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Fails on the second line that has the same key (compared case-insensitively), naming the first, not the key. */
    public static void requireUnique(List<WordlistLine> lines, int keyColumn) {
        Map<String, WordlistLine> seen = new HashMap<>();
        for (WordlistLine line : lines) {
            WordlistLine first = seen.putIfAbsent(line.column(keyColumn).toLowerCase(Locale.ROOT), line);
            if (first != null) {
                String where = first.file().equals(line.file()) ? "line " + first.number() : first.file() + ":" + first.number();
                throw line.error("duplicate entry (the same as " + where + ")");
            }
        }
    }

    /** Splits a "|"-separated list of alternatives, failing on an empty one. */
    public static List<String> alternatives(WordlistLine line, int column) {
        String value = line.column(column);
        List<String> parts = Arrays.stream(value.split("\\|", -1)).map(String::strip).toList();
        if (value.isBlank() || parts.stream().anyMatch(String::isEmpty)) {
            throw line.error("column " + (column + 1) + " needs at least one alternative, separated by '|', with none empty");
        }
        return parts;
    }
}
