package org.letterlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The README's examples do what the README says: good letters get no error or warning and are
 * complete; bad ones get their characteristic findings. Run without the config, with grammar.
 */
class ExamplesTest {
    private static JsonNode lint(String example) {
        Path file = Path.of("..", "examples", example);
        return Cli.run("check", "--format", "json", "--no-config", file.toString()).json().get("files").get(0);
    }

    private static List<String> rules(JsonNode file, boolean includeInfo) {
        List<String> rules = new ArrayList<>();
        file.get("findings").forEach(f -> {
            if (includeInfo || !f.get("severity").asText().equals("info")) {
                rules.add(f.get("rule").asText());
            }
        });
        return rules;
    }

    @ParameterizedTest
    @CsvSource({"letters/outcome-good.txt,outcome", "letters/acknowledgement-good.txt,acknowledgement", "letters/update-good.txt,update",
        "letters/outcome-council-upheld.txt,outcome", "templates/outcome-template.md,outcome",
        "letters/outcome-ambulance-partly-upheld.txt,outcome", "letters/acknowledgement-nhs-crlf.txt,acknowledgement",
        "templates/update-appeal.md,update"})
    void goodLettersAreCleanAndComplete(String example, String type) {
        JsonNode file = lint(example);
        assertEquals(type, file.get("type").asText(), "detected type");
        assertEquals(List.of(), rules(file, false));
        file.get("elements").forEach(e -> assertTrue(!e.get("required").asBoolean() || e.get("present").asBoolean(), e.toString()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "letters/outcome-defensive.txt|outcome|defensive.non-apology,defensive.denial-as-proof,defensive.minimising,defensive.blame,acronym.undefined,jargon.pertain-to,acknowledgement.review,acknowledgement.apology",
        "letters/acknowledgement-jargon.txt|acknowledgement|jargon.hereby,jargon.in-due-course,acronym.undefined,acknowledgement.contact,acknowledgement.timescale",
        "letters/update-vague.txt|update|jargon.at-this-moment-in-time,acronym.undefined,acknowledgement.apology,acknowledgement.timescale",
        "templates/police-outcome-defensive.md|outcome|defensive.denial-as-proof,defensive.blame,defensive.non-apology,defensive.closing-the-door,jargon.pursuant-to",
        "letters/outcome-energy-defensive.txt|outcome|defensive.hiding-behind-procedure,defensive.blame,defensive.closing-the-door,acknowledgement.review,acknowledgement.contact",
        "letters/update-housing-vague.txt|update|defensive.non-apology,defensive.blame,jargon.investigation-is-ongoing,acknowledgement.apology,acknowledgement.timescale"})
    void badLettersGetTheirCharacteristicFindings(String example, String type, String expected) {
        JsonNode file = lint(example);
        assertEquals(type, file.get("type").asText(), "detected type");
        List<String> rules = rules(file, false);
        for (String rule : expected.split(",")) {
            assertTrue(rules.contains(rule), rule + " missing from " + rules);
        }
    }
}
