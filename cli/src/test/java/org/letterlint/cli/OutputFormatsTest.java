package org.letterlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every output format parsed back by a real parser: JSON, the SARIF 2.1.0 schema, XML. */
class OutputFormatsTest {
    @TempDir
    Path dir;
    Path letters;

    @BeforeEach
    void letters() throws Exception {
        letters = Files.createDirectories(dir.resolve("letters & more"));
        Files.writeString(letters.resolve("bad.txt"), "Dear Jo,\n\nYour complaint was escalated to the PSD <team> and \"closed\".\n\nYours sincerely,\n\nSam\n");
        Files.writeString(letters.resolve("good.txt"), CheckCommandTest.CLEAN_LETTER);
    }

    private Cli.Result run(String format) {
        return Cli.run("check", "--no-config", "--format", format, "--type", "acknowledgement", letters.toString());
    }

    @Test
    void sarifIsValidAgainstThePublishedSchema() throws Exception {
        Cli.Result r = run("sarif");
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        JsonNode sarif = r.json();
        Set<ValidationMessage> problems = schema.validate(sarif);
        assertEquals(Set.of(), problems);
        JsonNode run = sarif.get("runs").get(0);
        assertEquals("letterlint", run.get("tool").get("driver").get("name").asText());
        JsonNode results = run.get("results");
        assertTrue(results.size() >= 3);
        JsonNode escalate = null;
        for (JsonNode result : results) {
            String id = result.get("ruleId").asText();
            assertEquals(id, run.get("tool").get("driver").get("rules").get(result.get("ruleIndex").asInt()).get("id").asText());
            if (id.equals("jargon.escalate")) {
                escalate = result;
            }
        }
        assertTrue(escalate != null);
        assertEquals("referred", escalate.get("fixes").get(0).get("artifactChanges").get(0).get("replacements").get(0)
                .get("insertedContent").get("text").asText());
        assertTrue(escalate.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText().contains("letters%20%26%20more/bad.txt"));
    }

    @Test
    void junitIsWellFormedWithOneTestCasePerLetter() throws Exception {
        Document doc = xml(run("junit").out());
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(2, cases.getLength());
        Element bad = (Element) cases.item(0);
        assertTrue(bad.getAttribute("name").endsWith("bad.txt"));
        assertTrue(bad.getElementsByTagName("failure").getLength() >= 1, "missing elements are errors, so failures");
        assertEquals(0, ((Element) cases.item(1)).getElementsByTagName("failure").getLength());
        assertEquals("1", ((Element) doc.getElementsByTagName("testsuite").item(0)).getAttribute("failures"));
    }

    @Test
    void checkstyleIsWellFormed() throws Exception {
        Document doc = xml(run("checkstyle").out());
        NodeList files = doc.getElementsByTagName("file");
        assertEquals(2, files.getLength());
        NodeList errors = ((Element) files.item(0)).getElementsByTagName("error");
        assertTrue(errors.getLength() >= 3);
        for (int i = 0; i < errors.getLength(); i++) {
            Element e = (Element) errors.item(i);
            assertTrue(Integer.parseInt(e.getAttribute("line")) >= 1);
            assertTrue(Set.of("error", "warning", "info").contains(e.getAttribute("severity")));
            assertTrue(e.getAttribute("source").startsWith("letterlint."));
        }
    }

    @Test
    void githubAnnotationsAreWorkflowCommands() {
        List<String> lines = run("github").out().strip().lines().toList();
        Pattern command = Pattern.compile("::(error|warning|notice) file=[^,:]+,line=\\d+,col=\\d+,endLine=\\d+,endColumn=\\d+,title=[a-z.-]+::.+");
        assertTrue(lines.size() >= 3);
        for (String line : lines) {
            assertTrue(command.matcher(line).matches(), line);
        }
        assertEquals("a%25b%0Ac", org.letterlint.cli.report.GithubReporter.data("a%b\nc"));
        assertEquals("a%3Ab%2Cc", org.letterlint.cli.report.GithubReporter.property("a:b,c"));
    }

    @Test
    void outputFileIsWrittenAndStdoutStaysEmpty() throws Exception {
        Path out = dir.resolve("reports/letterlint.json");
        Cli.Result r = Cli.run("check", "--no-config", "--format", "json", "--output", out.toString(), letters.toString());
        assertEquals("", r.out());
        assertEquals(2, new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile()).get("files").size());
        try (var stream = Files.list(out.getParent())) {
            assertEquals(1, stream.count(), "no temporary file is left behind");
        }
    }

    private static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
