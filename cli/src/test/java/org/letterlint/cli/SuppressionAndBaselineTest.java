package org.letterlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionAndBaselineTest {
    @TempDir
    Path dir;

    private List<String> findings(String text, String... extra) throws Exception {
        Path file = dir.resolve("t.md");
        Files.writeString(file, text);
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--type", "acknowledgement", "--no-config"));
        args.addAll(List.of(extra));
        args.add(file.toString());
        JsonNode json = Cli.run(args.toArray(String[]::new)).json();
        List<String> out = new ArrayList<>();
        json.get("files").get(0).get("findings").forEach(f -> out.add(f.get("rule").asText() + ":" + f.get("text").asText()));
        return out;
    }

    private static final String HEAD = "Dear Jo,\n\nThank you for your letter. You told us the bins were missed.\nPlease call me, Jo Bloggs, on 01632 960 111. We will reply by 2 June.\n";
    private static final String TAIL = "\nYours sincerely,\n\nJo Bloggs\n";

    @Test
    void disableNextLineInEachCommentSyntax() throws Exception {
        for (String comment : List.of("{# letterlint-disable-next-line jargon.escalate #}", "<!-- letterlint-disable-next-line jargon.escalate -->",
                "# letterlint-disable-next-line jargon.escalate", "// letterlint-disable-next-line jargon.*")) {
            List<String> found = findings(HEAD + comment + "\nIt was escalated to a manager.\nIt was escalated again.\n" + TAIL);
            assertEquals(1, found.stream().filter(f -> f.startsWith("jargon.escalate")).count(), comment + ": " + found);
            assertFalse(found.stream().anyMatch(f -> f.contains("letterlint-disable")), "directive lines are not linted: " + found);
        }
    }

    @Test
    void disableAndEnableRegions() throws Exception {
        List<String> found = findings(HEAD + "<!-- letterlint-disable jargon.escalate, acronym.undefined -->\nIt was escalated to the PSD.\n"
                + "<!-- letterlint-enable jargon.escalate -->\nIt was escalated to the DPS.\n" + TAIL);
        assertEquals(List.of("jargon.escalate:escalated"), found.stream().filter(f -> f.startsWith("jargon") || f.startsWith("acronym")).toList(),
                "escalate is enabled again; acronyms stay off to the end");
    }

    @Test
    void anUnusedSuppressionIsANote() throws Exception {
        List<String> found = findings(HEAD + "{# letterlint-disable-next-line defensive.blame #}\nWe will call you.\n" + TAIL);
        assertTrue(found.contains("style.unused-suppression:{# letterlint-disable-next-line defensive.blame #}"), found.toString());
    }

    @Test
    void baselineRoundTrip() throws Exception {
        Path letters = Files.createDirectories(dir.resolve("letters"));
        Path letter = letters.resolve("a.txt");
        Files.writeString(letter, HEAD + "It was escalated to the PSD.\n" + TAIL);
        Path baseline = dir.resolve("baseline.json");
        Cli.Result write = Cli.run("check", "--no-config", "--fail-on", "warning", "--baseline", baseline.toString(), "--write-baseline", letters.toString());
        assertEquals(0, write.exitCode(), write.err());
        assertTrue(Files.readString(baseline).contains("\"letterlint-baseline\""));
        Cli.Result again = Cli.run("check", "--no-config", "--fail-on", "warning", "--format", "json", "--baseline", baseline.toString(), letters.toString());
        assertEquals(0, again.exitCode(), "nothing new right after writing the baseline: " + again.out());
        assertTrue(again.json().get("summary").get("baselined").asInt() >= 2);
        // The old problems move down two lines; a new one appears.
        Files.writeString(letter, HEAD + "\nWe are sorry.\nIt was escalated to the PSD.\nPlease be advised that we will write again.\n" + TAIL);
        Cli.Result changed = Cli.run("check", "--no-config", "--fail-on", "warning", "--format", "json", "--baseline", baseline.toString(), letters.toString());
        assertEquals(1, changed.exitCode());
        List<String> left = new ArrayList<>();
        changed.json().get("files").get(0).get("findings").forEach(f -> left.add(f.get("rule").asText()));
        assertEquals(List.of("jargon.please-be-advised"), left.stream().filter(r -> !r.startsWith("style.")).toList(), "only the new finding is reported");
    }
}
