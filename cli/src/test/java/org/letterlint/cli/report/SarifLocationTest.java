package org.letterlint.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.letterlint.engine.LetterReport;
import org.letterlint.engine.LintOptions;
import org.letterlint.engine.Linter;
import org.letterlint.source.SourceReader;

/** SARIF locations that code-scanning tools place on the right files. */
class SarifLocationTest {
    @Test
    void nonAsciiNamesArePercentEncodedAsUtf8IncludingCharactersOutsideTheBasicPlane() {
        assertEquals("lettres/r%C3%A9ponse%20%F0%9F%98%80.txt", SarifReporter.uri("lettres/réponse 😀.txt"));
        assertEquals("a%26b/c-d_e.f~g.txt", SarifReporter.uri("a&b/c-d_e.f~g.txt"));
    }

    @Test
    void relativePathsAreRelativeToSrcrootAndAbsoluteOnesAreFileUris() throws Exception {
        Linter linter = Linter.standard();
        String text = "Dear Ms Khan,\n\nWe will escalate your complaint in due course.\n\nYours sincerely,\nSam Lee\n";
        SourceReader reader = new SourceReader();
        LetterReport relative = linter.lint(reader.read("./templates/réponse.txt", new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))), LintOptions.DEFAULTS);
        LetterReport absolute = linter.lint(reader.read("/srv/letters/a.txt", new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))), LintOptions.DEFAULTS);
        StringWriter out = new StringWriter();
        SarifReporter sarif = new SarifReporter("0.1.0");
        PrintWriter writer = new PrintWriter(out);
        RunSummary summary = new RunSummary();
        for (LetterReport report : List.of(relative, absolute)) {
            summary.add(report);
            sarif.letter(LocatedReport.of(report), writer);
        }
        sarif.end(summary, linter.rules(), writer);
        writer.flush();
        JsonNode run = new ObjectMapper().readTree(out.toString()).get("runs").get(0);
        assertEquals(Path.of("").toAbsolutePath().toUri().toString(), run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText());
        boolean sawRelative = false;
        boolean sawAbsolute = false;
        for (JsonNode result : run.get("results")) {
            JsonNode location = result.get("locations").get(0).get("physicalLocation").get("artifactLocation");
            if (location.get("uri").asText().equals("templates/r%C3%A9ponse.txt")) {
                assertEquals("%SRCROOT%", location.get("uriBaseId").asText());
                sawRelative = true;
            } else {
                assertEquals("file:///srv/letters/a.txt", location.get("uri").asText());
                assertTrue(location.get("uriBaseId") == null, "an absolute URI needs no base");
                sawAbsolute = true;
            }
        }
        assertTrue(sawRelative && sawAbsolute);
    }
}
