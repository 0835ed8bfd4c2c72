package org.letterlint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a baseline file with a streaming JSON parser, checking its shape as it goes:
 * <pre>{"format": "letterlint-baseline", "version": 1,
 *  "findings": [{"path": "...", "rule": "...", "text": "...", "count": 1}, ...]}</pre>
 * Every problem is one line naming the file, the line and column, and what is wrong. The parser's own
 * messages are never shown, as they quote the text they choke on, and a file given here by mistake
 * may be a letter.
 */
final class BaselineReader {
    static final String FORMAT = "letterlint-baseline";
    static final int VERSION = 1;
    /** A baseline is three levels deep; anything much deeper is not one. */
    static final int MAX_NESTING = 16;
    /** Counts fit in an int: nineteen digits is already more than any count. */
    static final int MAX_NUMBER_DIGITS = 20;
    /** Keys are short words; a long one is not a baseline key. */
    static final int MAX_KEY_CHARS = 1000;

    private static final String SHAPE = "a baseline has format, version and findings";
    private static final String FINDING_SHAPE = "a finding has path, rule, text and count";

    private final Path file;
    private final long maxDocumentBytes;
    private JsonParser parser;

    BaselineReader(Path file, long maxDocumentBytes) {
        this.file = file;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /** A problem already worded for the user. */
    private static final class Problem extends IOException {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message);
        }
    }

    Baseline read() throws IOException {
        if (Files.isDirectory(file)) {
            throw problem(null, "cannot be read (a folder, not a file)");
        }
        if (!Files.exists(file)) {
            throw problem(null, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            // A FIFO would block and a device may never end.
            throw problem(null, "cannot be read (not a regular file)");
        }
        long size = Files.size(file);
        if (size == 0) {
            throw problem(null, "empty; a letterlint baseline is a JSON object");
        }
        if (size > maxDocumentBytes) {
            throw problem(null, "larger than " + mib(maxDocumentBytes) + " (the limit for a baseline)");
        }
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxNumberLength(MAX_NUMBER_DIGITS)
                .maxNameLength(MAX_KEY_CHARS)
                .maxStringLength(Baseline.MAX_STRING_CHARS)
                .maxDocumentLength(maxDocumentBytes)
                .build()).build();
        try (InputStream in = Files.newInputStream(file); JsonParser p = factory.createParser(in)) {
            parser = p;
            return Baseline.fromCounts(document());
        } catch (Problem e) {
            throw e;
        } catch (StreamConstraintsException e) {
            throw problem(where(e), limit(e.getOriginalMessage()));
        } catch (JsonEOFException e) {
            throw problem(where(e), "not valid JSON (the file ends early)");
        } catch (JsonProcessingException e) {
            String original = String.valueOf(e.getOriginalMessage());
            boolean encoding = original.startsWith("Invalid UTF-8") || original.contains("Invalid UTF-32");
            boolean start = parser == null || parser.currentToken() == null;
            throw problem(where(e), encoding ? "not valid UTF-8" : start ? "not valid JSON (a letterlint baseline is a JSON object)" : "not valid JSON");
        } catch (CharConversionException e) {
            // Raised while decoding a file that looked like UTF-16 or UTF-32.
            throw problem(parser == null ? null : parser.currentLocation(), "not valid UTF-8");
        } catch (AccessDeniedException e) {
            throw problem(null, "cannot be read (permission denied)");
        } catch (NoSuchFileException e) {
            throw problem(null, "no such file");
        } catch (IOException e) {
            throw problem(null, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Map<String, Integer> document() throws IOException {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.START_OBJECT) {
            throw problem(at(), "not a letterlint baseline file (it is not a JSON object)");
        }
        boolean format = false;
        boolean version = false;
        Map<String, Integer> counts = null;
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonLocation keyAt = at();
            if (!Set.of("format", "version", "findings").contains(name)) {
                throw problem(keyAt, "not a letterlint baseline file (unexpected key; " + SHAPE + ")");
            }
            if (!seen.add(name)) {
                throw problem(keyAt, "\"" + name + "\" is given twice");
            }
            token = parser.nextToken();
            switch (name) {
                case "format" -> {
                    if (token != JsonToken.VALUE_STRING || !parser.getText().equals(FORMAT)) {
                        throw problem(at(), "not a letterlint baseline file (\"format\" is not \"" + FORMAT + "\")");
                    }
                    format = true;
                }
                case "version" -> {
                    if (token != JsonToken.VALUE_NUMBER_INT) {
                        throw problem(at(), "\"version\" must be a whole number");
                    }
                    if (parser.getNumberType() != JsonParser.NumberType.INT || parser.getIntValue() != VERSION) {
                        throw problem(at(), "baseline version " + parser.getText() + " is not supported (this letterlint reads version "
                                + VERSION + "; write the baseline again)");
                    }
                    version = true;
                }
                default -> {
                    if (token != JsonToken.START_ARRAY) {
                        throw problem(at(), "\"findings\" must be a list");
                    }
                    counts = findings();
                }
            }
        }
        if (!format) {
            throw problem(null, "not a letterlint baseline file (no \"format\": \"" + FORMAT + "\")");
        }
        if (!version) {
            throw problem(null, "no \"version\"");
        }
        if (counts == null) {
            throw problem(null, "no \"findings\"");
        }
        if (parser.nextToken() != null) {
            throw problem(at(), "content after the end of the baseline");
        }
        return counts;
    }

    /** The findings array's entries, after its opening bracket, up to and including its closing one. */
    private Map<String, Integer> findings() throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                throw problem(at(), "each finding must be an object with path, rule, text and count");
            }
            JsonLocation start = at();
            Map<String, String> strings = new TreeMap<>();
            Integer count = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonLocation keyAt = at();
                if (!Set.of("path", "rule", "text", "count").contains(name)) {
                    throw problem(keyAt, "finding has an unexpected key (" + FINDING_SHAPE + ")");
                }
                if (strings.containsKey(name) || name.equals("count") && count != null) {
                    throw problem(keyAt, "finding gives \"" + name + "\" twice");
                }
                token = parser.nextToken();
                if (name.equals("count")) {
                    if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT || parser.getIntValue() < 1) {
                        throw problem(at(), "finding \"count\" must be a whole number from 1");
                    }
                    count = parser.getIntValue();
                } else {
                    if (token != JsonToken.VALUE_STRING) {
                        throw problem(at(), "finding \"" + name + "\" must be a string");
                    }
                    strings.put(name, parser.getText());
                }
            }
            for (String name : new String[] {"path", "rule", "text"}) {
                if (!strings.containsKey(name)) {
                    throw problem(start, "finding has no \"" + name + "\"");
                }
            }
            if (count == null) {
                throw problem(start, "finding has no \"count\"");
            }
            // A hand-edited file may list a finding twice: the counts add up (and stop at the largest int).
            counts.merge(Baseline.key(strings.get("path"), strings.get("rule"), strings.get("text")), count,
                    (a, b) -> (int) Math.min(Integer.MAX_VALUE, (long) a + b));
        }
        return counts;
    }

    /** Where the current token starts. */
    private JsonLocation at() {
        return parser.currentTokenLocation();
    }

    private JsonLocation where(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location != null || parser == null ? location : parser.currentLocation();
    }

    /** What a limit of the parser's says, in our words: its message names the limit and never quotes the text. */
    private String limit(String message) {
        String m = String.valueOf(message);
        if (m.startsWith("String value length")) {
            return "a string longer than " + Baseline.MAX_STRING_CHARS + " characters (the limit)";
        }
        if (m.startsWith("Name length")) {
            return "a key longer than " + MAX_KEY_CHARS + " characters (the limit)";
        }
        if (m.startsWith("Number value length")) {
            return "a number longer than " + MAX_NUMBER_DIGITS + " digits (the limit)";
        }
        if (m.startsWith("Document length")) {
            return "larger than " + mib(maxDocumentBytes) + " (the limit for a baseline)";
        }
        if (m.contains("nesting depth")) {
            return "nested deeper than a baseline ever is (limit " + MAX_NESTING + ")";
        }
        return "beyond a limit for baselines";
    }

    private static String mib(long bytes) {
        return bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? bytes / (1 << 20) + " MiB" : bytes + " bytes";
    }

    private Problem problem(JsonLocation location, String what) {
        String place = location == null || location.getLineNr() < 1 ? "" : ":" + location.getLineNr() + ":" + Math.max(1, location.getColumnNr());
        return new Problem(file + place + ": " + what);
    }
}
