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
import org.letterlint.cli.config.Config;
import org.letterlint.cli.config.ConfigException;
import org.letterlint.cli.config.ConfigLoader;

class ConfigTest {
    @TempDir
    Path dir;

    private Path config(String yaml) throws Exception {
        Path file = dir.resolve(".letterlint.yml");
        Files.writeString(file, yaml);
        return file;
    }

    private String error(String yaml) throws Exception {
        Path file = config(yaml);
        try {
            ConfigLoader.load(file);
        } catch (ConfigException e) {
            assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
            return e.getMessage().substring(file.toString().length());
        }
        throw new AssertionError("expected an error for: " + yaml);
    }

    @Test
    void anUnknownKeyNamesTheLineAndTheValidKeys() throws Exception {
        String message = error("fail-on: error\nfail_on: warning\n");
        assertTrue(message.startsWith(":2: unknown key 'fail_on'; valid keys: exclude, fail-on, grammar, include,"), message);
    }

    @Test
    void aBadValueNamesTheLineKeyAndChoices() throws Exception {
        assertEquals(":3: rules.jargon.escalate: 'of' is not valid; use one of off, error, warning, info",
                error("fail-on: error\nrules:\n  jargon.escalate: of\n"));
        assertEquals(":1: fail-on: 'sometimes' is not valid; use one of error, warning, never", error("fail-on: sometimes\n"));
        assertEquals(":2: types.letters/**: 'complaint' is not valid; use one of acknowledgement, update, outcome",
                error("types:\n  letters/**: complaint\n"));
        assertEquals(":2: readability.long-sentence-warning: 'long' is not a whole number", error("readability:\n  long-sentence-warning: long\n"));
        assertTrue(error("wordlists:\n  jargon: [missing.tsv]\n").startsWith(":2: wordlists.jargon: no such file 'missing.tsv'"));
        assertTrue(error("placeholders: ['[unclosed']\n").startsWith(":1: placeholders: '[unclosed' is not a valid regular expression"));
    }

    @Test
    void aMistypedRuleIdIsAnErrorWithTheClosestRealOne() throws Exception {
        Path file = config("fail-on: error\nrules:\n  jargon.escalte: off\n  \"readability.*\": warning\n");
        Path letter = Files.writeString(dir.resolve("a.txt"), CheckCommandTest.CLEAN_LETTER);
        Cli.Result typo = Cli.run("check", "--no-grammar", "--config", file.toString(), letter.toString());
        assertEquals(2, typo.exitCode());
        assertTrue(typo.err().contains(file + ":3: rules: 'jargon.escalte' is not a rule; did you mean 'jargon.escalate'?"), typo.err());
        config("rules:\n  \"readability.*\": warning\n  \"jargon.escalat*\": off\n  grammar.lt-some-rule: off\n");
        assertEquals(0, Cli.run("check", "--no-grammar", "--config", file.toString(), letter.toString()).exitCode(),
                "real ids and globs pass; LanguageTool's ids are not judged when it is not loaded");
        config("rules:\n  \"nothing.*\": off\n");
        Cli.Result glob = Cli.run("check", "--no-grammar", "--config", file.toString(), letter.toString());
        assertTrue(glob.err().contains(":2: rules: 'nothing.*' matches no rule"), glob.err());
    }

    @Test
    void aBadGlobNamesTheLineAndWhatIsWrong() throws Exception {
        assertEquals(":2: include: '[abc' is not a valid glob (a '[' is not closed)", error("fail-on: error\ninclude: ['**.md', '[abc']\n"));
        assertEquals(":1: exclude: 'drafts/{a,b' is not a valid glob (a '{' is not closed)", error("exclude: 'drafts/{a,b'\n"));
        assertEquals(":2: types: '{a,{b}}' is not a valid glob (a '{...}' group inside another, at character 4)", error("types:\n  '{a,{b}}': outcome\n"));
        assertEquals(":1: include: 'a[b/c]' is not a valid glob (a '/' inside '[...]', at character 4)", error("include: 'a[b/c]'\n"));
    }

    @Test
    void badYamlNamesTheLine() throws Exception {
        String message = error("fail-on: error\nrules:\n  jargon.escalate: [off\n");
        assertTrue(message.startsWith(":") && message.contains("not valid YAML"), message);
    }

    @Test
    void theCliReportsConfigErrorsAsUsageErrors() throws Exception {
        Path file = config("colour: red\n");
        Path letter = dir.resolve("a.txt");
        Files.writeString(letter, CheckCommandTest.CLEAN_LETTER);
        Cli.Result r = Cli.run("check", "--config", file.toString(), letter.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("letterlint: " + file + ":1: unknown key 'colour'"), r.err());
    }

    @Test
    void typesRulesWordlistsAndThresholdsTakeEffect() throws Exception {
        Files.writeString(dir.resolve("our-jargon.tsv"), "service user journey\tyour experience\tOur own jargon.\n");
        Files.writeString(dir.resolve("our-words.txt"), "XQZ\n");
        Path file = config("""
                fail-on: warning
                types:
                  "templates/outcome/**": outcome
                rules:
                  jargon.escalate: off
                  "style.*": off
                  acronym.undefined: error
                wordlists:
                  jargon: [our-jargon.tsv]
                  accepted-words: [our-words.txt]
                readability:
                  long-sentence-warning: 8
                  long-sentence-error: 40
                """);
        Path letter = Files.createDirectories(dir.resolve("templates/outcome")).resolve("a.txt");
        Files.writeString(letter, "Dear Jo,\n\nYour complaint was escalated to the XQZ and the PSD. We looked at the service user journey in detail.\n\n"
                + "Yours sincerely,\n\nSam Jones\n");
        Config loaded = ConfigLoader.load(file);
        assertEquals("outcome", loaded.typeFor(letter).orElseThrow().id());
        Cli.Result r = Cli.run("check", "--format", "json", "--config", file.toString(), letter.toString());
        JsonNode report = r.json().get("files").get(0);
        assertEquals("outcome", report.get("type").asText());
        assertEquals("config", report.get("typeSource").asText());
        List<String> rules = new ArrayList<>();
        report.get("findings").forEach(f -> rules.add(f.get("rule").asText() + "/" + f.get("severity").asText() + "/" + f.get("text").asText()));
        assertFalse(rules.stream().anyMatch(x -> x.startsWith("jargon.escalate/")), rules.toString());
        assertFalse(rules.stream().anyMatch(x -> x.startsWith("style.")), rules.toString());
        assertTrue(rules.contains("acronym.undefined/error/PSD"), rules.toString());
        assertFalse(rules.stream().anyMatch(x -> x.endsWith("/XQZ")), "an accepted word is not an acronym to spell out");
        assertTrue(rules.contains("jargon.service-user-journey/warning/service user journey"), rules.toString());
        assertTrue(rules.stream().anyMatch(x -> x.startsWith("readability.long-sentence/warning")), rules.toString());
        assertEquals(1, r.exitCode(), "fail-on: warning from the config");
    }

    @Test
    void theNearestConfigIsFoundByWalkingUp() throws Exception {
        Path file = config("fail-on: never\n");
        Path deep = Files.createDirectories(dir.resolve("a/b/c"));
        assertEquals(file.toAbsolutePath(), ConfigLoader.find(deep));
    }

    @Test
    void initWritesAStarterThatLoadsAndRefusesToOverwrite() throws Exception {
        Path file = config(InitCommand.STARTER);
        Config loaded = ConfigLoader.load(file);
        assertEquals("error", loaded.failOn());
        assertEquals(3, loaded.types().size());
    }
}
