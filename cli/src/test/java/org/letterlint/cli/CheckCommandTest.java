package org.letterlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    /** A complete acknowledgement (thanks, summary, timescale, contact) with two jargon warnings. */
    static final String JARGON_LETTER = "Dear Mr Jones,\n\nThank you for your complaint with regard to the bins.\n"
            + "You told us they were missed. Your complaint was escalated and we will reply by 14 June.\n"
            + "Please call me, Jo Bloggs, on 01632 960 111.\n\nYours sincerely,\n\nJo Bloggs\n";
    static final String CLEAN_LETTER = "Dear Mr Jones,\n\nThank you for your letter. You told us your bins were missed.\n"
            + "We will call you on Monday. Please call me, Jo Bloggs, on 01632 960 111.\n\nYours sincerely,\n\nJo Bloggs\n";
    static final String INCOMPLETE_LETTER = "Dear Mr Jones,\n\nWe have looked at your complaint and it is not upheld.\n\nYours sincerely,\n\nJo\n";

    @Test
    void textReportShowsPositionSeverityMessageRuleExcerptAndRewrite() throws Exception {
        Path file = write("draft.txt", JARGON_LETTER);
        Cli.Result r = Cli.run("check", "--no-color", "--type", "acknowledgement", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        // Lines wrap at 80 columns; joined again, each finding reads as one line.
        String joined = r.out().replaceAll("\n {4,}(?![\\^\u2026\u2192 ])", " ");
        assertTrue(joined.contains(file + ":4:50  warning  'escalated' is jargon."), r.out());
        assertTrue(r.out().contains("[jargon.escalate]"));
        assertTrue(r.out().contains("^^^^^^^^^"), "the words are underlined without colour");
        assertTrue(r.out().contains("\u2192 referred | passed on | taken further"), r.out());
        assertTrue(r.out().contains("Readability:"));
        assertTrue(r.out().contains("What an acknowledgement letter must say:"), r.out());
        assertTrue(r.out().contains("\u2713 timescale  line 4: Your complaint was escalated and we will reply by 14\u2026"), r.out());
        assertTrue(r.out().contains("\u2713 contact    line 5: Please call me, Jo Bloggs, on 01632 960 111."), r.out());
        assertTrue(r.out().contains("UK reading age"));
        assertFalse(r.out().contains("\u001b["), "no colour codes with --no-color");
    }

    @Test
    void colourOnlyWhenAskedOrOnATerminal() throws Exception {
        Path file = write("draft.txt", JARGON_LETTER);
        assertTrue(Cli.run("check", "--color=always", file.toString()).out().contains("\u001b["));
        assertFalse(Cli.run("check", file.toString()).out().contains("\u001b["), "tests run without a console: auto means no colour");
    }

    @Test
    void exitCodesFollowTheFailLevel() throws Exception {
        Path jargon = write("jargon.txt", JARGON_LETTER);
        Path clean = write("clean.txt", CLEAN_LETTER);
        Path incomplete = write("incomplete.txt", INCOMPLETE_LETTER);
        assertEquals(0, Cli.run("check", jargon.toString()).exitCode(), "warnings do not fail by default");
        assertEquals(1, Cli.run("check", "--fail-on", "warning", jargon.toString()).exitCode());
        assertEquals(0, Cli.run("check", "--fail-on", "never", jargon.toString()).exitCode());
        assertEquals(0, Cli.run("check", "--fail-on", "warning", clean.toString()).exitCode());
        assertEquals(1, Cli.run("check", "--type", "outcome", incomplete.toString()).exitCode(), "a missing review is an error");
        assertEquals(0, Cli.run("check", "--type", "outcome", "--fail-on", "never", incomplete.toString()).exitCode());
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        Cli.Result noArgs = Cli.run("check");
        assertEquals(2, noArgs.exitCode());
        Cli.Result badType = Cli.run("check", "--type", "complaint", "x.txt");
        assertEquals(2, badType.exitCode());
        assertTrue(badType.err().contains("unknown letter type 'complaint'"), badType.err());
        assertEquals(2, Cli.run("--no-such-option").exitCode());
        assertEquals(2, Cli.run().exitCode());
    }

    @Test
    void badInputsAreReportedAndTheRestAreStillLinted() throws Exception {
        Path good = write("good.txt", JARGON_LETTER);
        Path empty = write("empty.txt", "");
        Path binary = dir.resolve("image.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path missing = dir.resolve("missing.txt");
        Path folder = Files.createDirectories(dir.resolve("no-letters"));
        Cli.Result r = Cli.run("check", "--format", "json", empty.toString(), binary.toString(), missing.toString(), folder.toString(), good.toString());
        assertEquals(2, r.exitCode());
        String[] errorLines = r.err().strip().split("\n");
        assertEquals(4, errorLines.length, r.err());
        assertTrue(r.err().contains(empty + ": is empty"));
        assertTrue(r.err().contains(binary + ": looks like a binary file"));
        assertTrue(r.err().contains(missing + ": no such file"));
        assertTrue(r.err().contains(folder + ": no letters found"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack traces");
        JsonNode json = r.json();
        assertEquals(1, json.get("files").size(), "the good file was still linted");
        assertEquals(4, json.get("errors").size());
    }

    @Test
    void readsStandardInputAsDash() {
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream(JARGON_LETTER.getBytes(StandardCharsets.UTF_8)));
            Cli.Result r = Cli.run("check", "--format", "json", "-");
            assertEquals("-", r.json().get("files").get(0).get("path").asText());
            JsonNode findings = r.json().get("files").get(0).get("findings");
            assertEquals(2, java.util.stream.StreamSupport.stream(findings.spliterator(), false)
                    .filter(f -> f.get("category").asText().equals("jargon")).count());
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void windows1252FallsBackWithAWarning() throws Exception {
        Path file = dir.resolve("old.txt");
        Files.write(file, "Dear Jo,\n\nWe\u2019re sorry \u2013 we will call.\n\nYours sincerely,\nSam\n".getBytes("windows-1252"));
        Cli.Result r = Cli.run("check", "--format", "json", "--fail-on", "never", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("not valid UTF-8; read as Windows-1252"), r.err());
        assertEquals("windows-1252", r.json().get("files").get(0).get("encoding").asText());
    }

    @Test
    void helpVersionRulesAndExplain() {
        Cli.Result help = Cli.run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Examples:"));
        assertTrue(help.out().contains("check"));
        Cli.Result version = Cli.run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("letterlint "), version.out());
        Cli.Result rules = Cli.run("rules");
        assertTrue(rules.out().contains("jargon.in-due-course"));
        assertTrue(rules.out().contains("acronym.undefined"));
        assertTrue(Cli.run("rules", "--category", "acronym").out().strip().lines().skip(1).allMatch(l -> l.contains(" acronym ")));
        Cli.Result explain = Cli.run("explain", "acronym.undefined");
        assertEquals(0, explain.exitCode());
        assertTrue(explain.out().contains("Why it matters:"));
        assertTrue(explain.out().contains("Professional Standards Department (PSD)"));
        assertTrue(explain.out().contains("'letterlint fix' leaves this to you"), explain.out());
        assertTrue(Cli.run("explain", "jargon.utilise").out().contains("'letterlint fix' applies the rewrite"));
        Cli.Result unknown = Cli.run("explain", "jargon.in-due-cours");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("did you mean 'jargon.in-due-course'"), unknown.err());
    }

    @Test
    void jsonListsEveryRequiredElementWithEvidence() throws Exception {
        Path file = write("ack.txt", CLEAN_LETTER);
        JsonNode elements = Cli.run("check", "--format", "json", "--type", "acknowledgement", file.toString()).json()
                .get("files").get(0).get("elements");
        java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
        elements.forEach(e -> byId.put(e.get("id").asText(), e));
        for (String id : java.util.List.of("thanks", "summary", "timescale", "contact")) {
            JsonNode e = byId.get(id);
            assertTrue(e.get("required").asBoolean() && e.get("present").asBoolean(), id);
            assertTrue(e.get("line").asInt() >= 3 && !e.get("evidence").asText().isEmpty(), id);
        }
        Path incomplete = write("incomplete.txt", INCOMPLETE_LETTER);
        JsonNode file2 = Cli.run("check", "--format", "json", "--type", "outcome", incomplete.toString()).json().get("files").get(0);
        JsonNode review = java.util.stream.StreamSupport.stream(file2.get("elements").spliterator(), false)
                .filter(e -> e.get("id").asText().equals("review")).findFirst().orElseThrow();
        assertFalse(review.get("present").asBoolean());
        assertTrue(review.get("line").isNull());
        assertEquals("missing", review.get("verdict").asText());
        assertEquals(false, file2.get("upheld").asBoolean());
    }

    @Test
    void anElementTheLetterMayGiveInOtherWordsIsNotSureAndAWarning() throws Exception {
        // No cue shows reasons, but "Having examined ..." may give them: a warning at that line, never "missing" as an error.
        Path file = write("maybe.txt", "Dear Mr Jones,\n\nThank you for your letter about the repairs.\n\n"
                + "Having examined the repair history, I do not uphold this part of your complaint.\n\nYours sincerely,\n\nJo Bloggs\n");
        JsonNode json = Cli.run("check", "--format", "json", "--type", "outcome", file.toString()).json().get("files").get(0);
        JsonNode reasons = java.util.stream.StreamSupport.stream(json.get("elements").spliterator(), false)
                .filter(e -> e.get("id").asText().equals("reasons")).findFirst().orElseThrow();
        assertFalse(reasons.get("present").asBoolean());
        assertEquals("unsure", reasons.get("verdict").asText());
        assertEquals(5, reasons.get("near").get("line").asInt());
        JsonNode finding = java.util.stream.StreamSupport.stream(json.get("findings").spliterator(), false)
                .filter(f -> f.get("rule").asText().equals("acknowledgement.reasons")).findFirst().orElseThrow();
        assertEquals("warning", finding.get("severity").asText());
        assertEquals(5, finding.get("line").asInt());
        Cli.Result text = Cli.run("check", "--no-color", "--type", "outcome", file.toString());
        assertTrue(text.out().contains("? reasons    not sure (warning)"), text.out());
        assertTrue(text.out().contains("line 5 may give it"), text.out());
    }

    @Test
    void schemeOptionChecksTheReviewBodyAndDeadline() throws Exception {
        Path file = write("police.txt", "Dear Mr Jones,\n\nYou can ask the IOPC to review this. You must apply within 14 days.\n\nYours sincerely,\n\nJo\n");
        Cli.Result r = Cli.run("check", "--no-color", "--type", "outcome", "--scheme", "police", file.toString());
        assertTrue(r.out().contains("the time limit is 28 days"), r.out());
        assertTrue(r.out().contains("[acknowledgement.review-deadline]"));
        Cli.Result bad = Cli.run("check", "--scheme", "atlantis", file.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("unknown scheme 'atlantis'"), bad.err());
    }

    @Test
    void completionScriptIsAvailable() {
        Cli.Result r = Cli.run("generate-completion");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("complete -F"), "a bash/zsh completion script");
    }
}
