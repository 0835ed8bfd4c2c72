package org.letterlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.letterlint.engine.LetterReport;
import org.letterlint.rules.Category;
import org.letterlint.rules.Finding;
import org.letterlint.rules.Severity;
import org.letterlint.source.LetterSource;

/** Reading a baseline file back: whatever letterlint wrote reads back, and anything else is one clear line. */
class BaselineReaderTest {
    /** Stands for personal data in a file given as a baseline by mistake: it must never reach an error message. */
    private static final String SECRET = "Mrs Jane Doe, 12 Acacia Avenue";

    @TempDir
    Path dir;

    private static LetterReport report(String name, String... texts) {
        List<Finding> findings = new java.util.ArrayList<>();
        for (String text : texts) {
            findings.add(new Finding("jargon.escalate", Category.values()[0], Severity.WARNING, 0, text.length(), text, "m", List.of()));
        }
        return new LetterReport(LetterSource.of(name, String.join(" ", texts)), null, null, List.of(), findings, null);
    }

    private static int removedBy(Baseline baseline, LetterReport report) {
        int[] removed = {0};
        baseline.filter(report, removed);
        return removed[0];
    }

    private String error(String content) throws IOException {
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, content);
        return error(file);
    }

    private String error(Path file) {
        IOException e = assertThrows(IOException.class, () -> Baseline.read(file));
        String message = e.getMessage();
        assertFalse(message.contains("\n") || message.contains("\r"), "one line: " + message);
        assertFalse(message.contains(SECRET) || message.contains("Acacia"), "echoes the file's contents: " + message);
        assertTrue(message.startsWith(file + ":"), "names the file first: " + message);
        return message.substring(file.toString().length());
    }

    @Test
    void aBaselineWithAVeryLongFindingReadsBack() throws Exception {
        String longText = "word ".repeat(20_000).strip();
        assertTrue(longText.length() >= 99_999);
        Path file = dir.resolve("baseline.json");
        LetterReport report = report("letters/a.txt", longText, "a \"quoted\" back\\slash, tab\there, é and \u0001");
        Baseline.of(List.of(report)).write(file, new org.letterlint.cli.files.SafeWriter(List.of(), false));

        Baseline read = Baseline.read(file);

        assertEquals(2, removedBy(read, report));
        assertEquals(0, removedBy(read, report("letters/b.txt", longText)), "another file's finding is new");
    }

    @Test
    void countsAreKeptSoASecondCopyIsNew() throws Exception {
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, """
                {
                  "format": "letterlint-baseline",
                  "version": 1,
                  "findings": [
                    {"path": "a.txt", "rule": "jargon.escalate", "text": "escalated", "count": 2}
                  ]
                }
                """);
        Baseline read = Baseline.read(file);
        assertEquals(2, removedBy(read, report("a.txt", "escalated", "escalated", "escalated")));
    }

    @Test
    void anEmptyBaselineReads() throws Exception {
        Path file = dir.resolve("baseline.json");
        Baseline.of(List.of()).write(file, new org.letterlint.cli.files.SafeWriter(List.of(), false));
        assertEquals(0, removedBy(Baseline.read(file), report("a.txt", "escalated")));
    }

    @Test
    void aFileThatOnlyMentionsTheFormatNameIsNotABaseline() throws Exception {
        String message = error("Dear " + SECRET + ", see \"letterlint-baseline\" attached.\n");
        assertEquals(":1:6: not valid JSON (a letterlint baseline is a JSON object)", message);
    }

    @Test
    void anEmptyFileIsNotABaseline() throws Exception {
        assertEquals(": empty; a letterlint baseline is a JSON object", error(""));
    }

    @Test
    void malformedJsonNamesTheLineAndColumn() throws Exception {
        String message = error("{\n  \"format\": \"letterlint-baseline\",\n  \"version\": 1,\n  \"findings\": [\n    {\"path\": " + SECRET + "}\n");
        assertEquals(":5:18: not valid JSON", message);
    }

    @Test
    void aTruncatedFileSaysItEndsEarly() throws Exception {
        String message = error("{\n  \"format\": \"letterlint-baseline\",\n  \"version\": 1,\n  \"findings\": [\n");
        assertTrue(message.matches(":5:1: not valid JSON \\(the file ends early\\)"), message);
    }

    @Test
    void anotherJsonFileIsNotABaseline() throws Exception {
        assertEquals(":1:2: not a letterlint baseline file (unexpected key; a baseline has format, version and findings)",
                error("{\"name\": \"" + SECRET + "\"}"));
        assertEquals(":1:1: not a letterlint baseline file (it is not a JSON object)", error("[\"" + SECRET + "\"]"));
        assertEquals(":1:12: not a letterlint baseline file (\"format\" is not \"letterlint-baseline\")",
                error("{\"format\": \"" + SECRET + "\", \"version\": 1, \"findings\": []}"));
        assertEquals(": not a letterlint baseline file (no \"format\": \"letterlint-baseline\")",
                error("{\"version\": 1, \"findings\": []}"));
    }

    @Test
    void anUnknownVersionIsRefused() throws Exception {
        assertEquals(":1:46: baseline version 2 is not supported (this letterlint reads version 1; write the baseline again)",
                error("{\"format\": \"letterlint-baseline\", \"version\": 2, \"findings\": []}"));
        assertEquals(":1:46: \"version\" must be a whole number",
                error("{\"format\": \"letterlint-baseline\", \"version\": \"" + SECRET + "\", \"findings\": []}"));
        assertEquals(": no \"version\"", error("{\"format\": \"letterlint-baseline\", \"findings\": []}"));
    }

    /** ":1:N" for the column where {@code marker} starts in a one-line file. */
    private static String column(String json, String marker) {
        return ":1:" + (json.indexOf(marker) + 1) + ": ";
    }

    private void assertError(String json, String marker, String problem) throws IOException {
        assertEquals(column(json, marker) + problem, error(json));
    }

    @Test
    void wrongTypesNameTheKeyAndPointAtTheValue() throws Exception {
        String head = "{\"format\": \"letterlint-baseline\", \"version\": 1, \"findings\": ";
        assertError(head + "{\"a\": \"" + SECRET + "\"}}", "{\"a\"", "\"findings\" must be a list");
        assertError(head + "[\"" + SECRET + "\"]}", "\"Mrs", "each finding must be an object with path, rule, text and count");
        assertError(head + "[{\"path\": 12, \"rule\": \"r\", \"text\": \"t\", \"count\": 1}]}", "12", "finding \"path\" must be a string");
        assertError(head + "[{\"path\": \"a\", \"rule\": null, \"text\": \"t\", \"count\": 1}]}", "null", "finding \"rule\" must be a string");
        for (String count : List.of("\"many\"", "0", "-1", "1.5", "99999999999999999999", "[1]")) {
            assertError(head + "[{\"path\": \"a\", \"rule\": \"r\", \"text\": \"" + SECRET + "\", \"count\": " + count + "}]}",
                    count, "finding \"count\" must be a whole number from 1");
        }
        assertError(head + "[{\"path\": \"a\", \"rule\": \"r\", \"text\": \"t\"}]}", "{\"path", "finding has no \"count\"");
        assertError(head + "[{\"rule\": \"r\", \"text\": \"t\", \"count\": 1}]}", "{\"rule", "finding has no \"path\"");
        assertError(head + "[{\"" + SECRET + "\": 1}]}", "\"Mrs", "finding has an unexpected key (a finding has path, rule, text and count)");
        assertError(head + "[{\"path\": \"a\", \"path\": \"b\", \"rule\": \"r\", \"text\": \"t\", \"count\": 1}]}", "\"path\": \"b",
                "finding gives \"path\" twice");
        assertError("{\"format\": \"letterlint-baseline\", \"format\": \"letterlint-baseline\"}", "\"format\": \"letterlint-baseline\"}",
                "\"format\" is given twice");
        assertEquals(": no \"findings\"", error("{\"format\": \"letterlint-baseline\", \"version\": 1}"));
    }

    @Test
    void contentAfterTheBaselineIsRefused() throws Exception {
        assertEquals(":2:1: content after the end of the baseline",
                error("{\"format\": \"letterlint-baseline\", \"version\": 1, \"findings\": []}\n{\"x\": \"" + SECRET + "\"}"));
    }

    @Test
    void invalidUtf8NamesThePlace() throws Exception {
        Path file = dir.resolve("baseline.json");
        byte[] head = "{\"format\": \"letterlint-baseline\", \"version\": 1, \"findings\": [{\"path\": \"".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 3);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        bytes[head.length + 2] = '"';
        Files.write(file, bytes);
        assertTrue(error(file).matches(":1:\\d+: not valid UTF-8"), error(file));
    }

    @Test
    void limitsAreReportedAsLimits() throws Exception {
        String head = "{\"format\": \"letterlint-baseline\", \"version\": 1, \"findings\": [{\"path\": \"";
        String huge = "x".repeat(Baseline.MAX_STRING_CHARS + 1);
        String message = error(head + huge + "\"}]}");
        assertTrue(message.matches(":1:\\d+: a string longer than " + Baseline.MAX_STRING_CHARS + " characters \\(the limit\\)"), message);
        assertTrue(error(head.replace("[{\"path\": \"", "[{\"count\": " + "9".repeat(30) + "}]}"))
                .matches(":1:\\d+: a number longer than 20 digits \\(the limit\\)"));
        String key = "k".repeat(1001);
        assertTrue(error("{\"" + key + "\": 1}").matches(":1:\\d+: a key longer than 1000 characters \\(the limit\\)"));
    }

    @Test
    void aBaselineOverTheSizeLimitIsRefusedBeforeReading() throws Exception {
        Path file = dir.resolve("baseline.json");
        Baseline.of(List.of(report("a.txt", "escalated"))).write(file, new org.letterlint.cli.files.SafeWriter(List.of(), false));
        IOException e = assertThrows(IOException.class, () -> Baseline.read(file, 64));
        assertEquals(file + ": larger than 64 bytes (the limit for a baseline)", e.getMessage());
    }

    @Test
    void aDeeplyNestedFileIsRefusedAtOnce() throws Exception {
        assertEquals(":1:1: not a letterlint baseline file (it is not a JSON object)", error("[".repeat(1_000_000)));
        String head = "{\"format\": \"letterlint-baseline\", \"version\": 1, \"findings\": ";
        // The second bracket, where a finding's object should start.
        assertEquals(":1:" + (head.length() + 2) + ": each finding must be an object with path, rule, text and count",
                error(head + "[".repeat(1_000_000)));
    }

    @Test
    void aFolderIsNotABaseline() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder.json"));
        assertEquals(": cannot be read (a folder, not a file)", error(folder));
    }

    @Test
    void theCliShowsOneLineAndExitsTwo() throws Exception {
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, "{\"name\": \"" + SECRET + "\"}");
        Path letter = dir.resolve("a.txt");
        Files.writeString(letter, CheckCommandTest.CLEAN_LETTER);
        Cli.Result r = Cli.run("check", "--no-config", "--no-grammar", "--baseline", file.toString(), letter.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("letterlint: " + file + ":1:2: not a letterlint baseline file"), r.err());
        assertFalse(r.err().contains(file + ": " + file), "names the file once: " + r.err());
        assertFalse(r.err().contains("Acacia"), r.err());
    }
}
