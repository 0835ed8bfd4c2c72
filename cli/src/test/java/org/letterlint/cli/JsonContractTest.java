package org.letterlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON output keeps to docs/contract.md: field names, types, and offsets that index the text. */
class JsonContractTest {
    @TempDir
    Path dir;

    private static final Set<String> CATEGORIES = Set.of("jargon", "acronym", "defensive", "acknowledgement", "readability", "grammar", "spelling", "style");

    @Test
    void everyFieldOfTheContractIsThereWithTheRightType() throws Exception {
        Path file = dir.resolve("letter.txt");
        Files.writeString(file, "Dear Mr Jones,\n\nThe PSD escalated your complaint in due course.\n\nYours sincerely,\n\nJo\n");
        JsonNode json = Cli.run("check", "--format", "json", "--type", "outcome", file.toString()).json();
        assertEquals("letterlint", json.get("tool").asText());
        assertTrue(json.get("version").isTextual());
        JsonNode f = json.get("files").get(0);
        assertEquals(file.toString(), f.get("path").asText());
        assertEquals("outcome", f.get("type").asText());
        assertEquals("option", f.get("typeSource").asText());
        JsonNode r = f.get("readability");
        for (String field : List.of("words", "sentences", "syllables", "readingAge")) {
            assertTrue(r.get(field).isIntegralNumber(), field);
        }
        for (String field : List.of("averageSentenceLength", "fleschReadingEase", "fleschKincaidGrade")) {
            assertTrue(r.get(field).isNumber(), field);
        }
        for (JsonNode finding : f.get("findings")) {
            for (String field : List.of("rule", "category", "severity", "text", "message")) {
                assertTrue(finding.get(field).isTextual(), field);
            }
            for (String field : List.of("line", "column", "endLine", "endColumn", "offset", "length")) {
                assertTrue(finding.get(field).isIntegralNumber(), field);
            }
            assertTrue(finding.get("suggestions").isArray());
            assertTrue(CATEGORIES.contains(finding.get("category").asText()));
            assertTrue(Set.of("error", "warning", "info").contains(finding.get("severity").asText()));
            assertTrue(finding.get("rule").asText().matches("[a-z]+\\.[a-z0-9-]+(\\.[A-Za-z0-9_-]+)?"), finding.get("rule").asText());
            assertTrue(finding.get("rule").asText().startsWith(finding.get("category").asText() + "."));
        }
        JsonNode summary = json.get("summary");
        assertEquals(1, summary.get("files").asInt());
        int findings = f.get("findings").size();
        assertEquals(findings, summary.get("findings").asInt());
        assertEquals(findings, summary.get("errors").asInt() + summary.get("warnings").asInt() + summary.get("infos").asInt());
    }

    /** text == content.substring(offset, offset + length), and line/column count a BOM as nothing and CRLF as one break. */
    @Test
    void offsetsIndexTheDecodedTextWithBomAndCrlf() throws Exception {
        String text = "Dear Mr Jones,\r\n\r\nThank you.\r\nYour complaint was escalated to the PSD.\r\n\r\nYours sincerely,\r\nJo\r\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        Path file = dir.resolve("crlf-bom.txt");
        Files.write(file, all);
        JsonNode findings = Cli.run("check", "--format", "json", file.toString()).json().get("files").get(0).get("findings");
        int spans = 0;
        for (JsonNode f : findings) {
            int offset = f.get("offset").asInt();
            int length = f.get("length").asInt();
            assertEquals(f.get("text").asText(), text.substring(offset, offset + length));
            if (length > 0) {
                spans++;
                assertEquals(4, f.get("line").asInt());
            } else {
                assertEquals(3, f.get("line").asInt(), "missing elements point at the start of the body");
                assertEquals(1, f.get("column").asInt());
            }
        }
        assertEquals(3, spans, findings.toString());
        JsonNode escalated = java.util.stream.StreamSupport.stream(findings.spliterator(), false)
                .filter(f -> f.get("rule").asText().equals("jargon.escalate")).findFirst().orElseThrow();
        assertEquals(20, escalated.get("column").asInt(), "'escalated' starts at column 20 of line 4");
        assertEquals(29, escalated.get("endColumn").asInt());
    }

    @Test
    void stdoutHoldsOnlyTheJsonObject() throws Exception {
        Path file = dir.resolve("letter.txt");
        Files.writeString(file, "Dear Jo,\n\nThanks.\n\nYours sincerely,\nSam\n");
        Cli.Result r = Cli.run("check", "--format", "json", file.toString());
        assertTrue(r.out().strip().startsWith("{") && r.out().strip().endsWith("}"));
        r.json();
    }
}
