package org.letterlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.letterlint.cli.config.Config;
import org.letterlint.cli.config.ConfigException;
import org.letterlint.cli.config.ConfigLoader;

/**
 * Wordlist and scheme paths in a config stay inside the config file's folder tree, so a config that
 * came with a checked-out branch cannot make letterlint read other files; --allow-outside-paths lifts it.
 */
class ConfigPathConfinementTest {
    /** Stands for a private file outside the project: its text must never reach a message. */
    private static final String SECRET = "Mrs Jane Doe\t12 Acacia Avenue\tsecret";

    @TempDir
    Path dir;
    private Path repo;
    private Path outside;

    @BeforeEach
    void layout() throws Exception {
        repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve("letterlint"));
        Files.writeString(repo.resolve("letterlint/our-jargon.tsv"), "service user journey\tyour experience\tOur own jargon.\n");
        outside = dir.resolve("private.tsv");
        Files.writeString(outside, SECRET + "\n");
    }

    private Path config(String yaml) throws Exception {
        Path file = repo.resolve(".letterlint.yml");
        Files.writeString(file, yaml);
        return file;
    }

    private String error(String yaml) throws Exception {
        Path file = config(yaml);
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertFalse(e.getMessage().contains("Acacia") || e.getMessage().contains("secret"), "echoes the target: " + e.getMessage());
        return e.getMessage().substring(file.toString().length());
    }

    @Test
    void aRelativePathLeavingTheFolderIsRefused() throws Exception {
        assertEquals(":2: wordlists.jargon: '../private.tsv' is outside the config file's folder (run with --allow-outside-paths to allow it)",
                error("wordlists:\n  jargon: [../private.tsv]\n"));
        assertEquals(":3: wordlists.accepted-words: '../../../../../../../../etc/passwd' is outside the config file's folder "
                + "(run with --allow-outside-paths to allow it)", error("wordlists:\n  jargon: [letterlint/our-jargon.tsv]\n"
                + "  accepted-words: ../../../../../../../../etc/passwd\n"));
    }

    @Test
    void anAbsolutePathOutsideIsRefusedWhetherOrNotItExists() throws Exception {
        assertEquals(":1: wordlists.acronyms: '" + outside + "' is outside the config file's folder (run with --allow-outside-paths to allow it)",
                error("wordlists: {acronyms: ['" + outside + "']}\n"));
        assertTrue(error("wordlists: {acronyms: ['" + dir.resolve("no-such.tsv") + "']}\n").contains("is outside the config file's folder"),
                "no hint whether a file outside exists");
    }

    @Test
    void aSymlinkInsideThatLeadsOutsideIsRefused() throws Exception {
        Files.createSymbolicLink(repo.resolve("letterlint/linked.tsv"), outside);
        assertEquals(":1: wordlists.jargon: 'letterlint/linked.tsv' leads outside the config file's folder (run with --allow-outside-paths to allow it)",
                error("wordlists: {jargon: [letterlint/linked.tsv]}\n"));
    }

    @Test
    void pathsInsideTheFolderTreeAreFine() throws Exception {
        Files.createSymbolicLink(repo.resolve("letterlint/alias.tsv"), repo.resolve("letterlint/our-jargon.tsv"));
        Config loaded = ConfigLoader.load(config("wordlists:\n  jargon: [./letterlint/our-jargon.tsv, letterlint/../letterlint/alias.tsv, '"
                + repo.resolve("letterlint/our-jargon.tsv").toAbsolutePath() + "']\n"));
        assertEquals(3, loaded.customisation().jargon().size());
    }

    @Test
    void theOptInAllowsPathsOutside() throws Exception {
        Path file = config("wordlists:\n  accepted-words: [../private.tsv]\n");
        Config loaded = ConfigLoader.load(file, true);
        assertEquals(List.of(outside.toAbsolutePath().normalize()), loaded.customisation().acceptedWords());
    }

    @Test
    void aSchemeFileIsConfinedToo() throws Exception {
        assertEquals(":1: scheme: '../private.tsv' is outside the config file's folder (run with --allow-outside-paths to allow it)",
                error("scheme: ../private.tsv\n"));
        assertEquals(":1: scheme: 'missing.tsv' is neither a bundled scheme (generic, police, housing, council, nhs, scotland) "
                + "nor a file (paths are relative to the config file)", error("scheme: missing.tsv\n"));
        assertEquals("police", ConfigLoader.load(config("scheme: police\n")).scheme());
        Files.writeString(repo.resolve("letterlint/acme.tsv"), "name\tacme\n");
        assertEquals(repo.resolve("letterlint/acme.tsv").toAbsolutePath().toString(),
                ConfigLoader.load(config("scheme: letterlint/acme.tsv\n")).scheme());
    }

    @Test
    void theCliRefusesAndTheFlagAllows() throws Exception {
        Path file = config("wordlists:\n  jargon: [../private.tsv]\n");
        Files.writeString(outside, "service user journey\tyour experience\tOur own jargon.\n");
        Path letter = repo.resolve("a.txt");
        Files.writeString(letter, CheckCommandTest.CLEAN_LETTER);
        Cli.Result refused = Cli.run("check", "--no-grammar", "--config", file.toString(), letter.toString());
        assertEquals(2, refused.exitCode(), refused.err());
        assertTrue(refused.err().startsWith("letterlint: " + file + ":2: wordlists.jargon: '../private.tsv' is outside"), refused.err());
        Cli.Result allowed = Cli.run("check", "--no-grammar", "--allow-outside-paths", "--config", file.toString(), letter.toString());
        assertEquals(0, allowed.exitCode(), allowed.err());
    }

    @Test
    void aFileOutsideThatIsNotAWordlistIsNotEchoedEvenWhenAllowed() throws Exception {
        Path file = config("wordlists:\n  jargon: [../private.tsv]\nscheme: ../private.tsv\n");
        Path letter = repo.resolve("a.txt");
        Files.writeString(letter, CheckCommandTest.CLEAN_LETTER);
        Cli.Result r = Cli.run("check", "--no-grammar", "--allow-outside-paths", "--config", file.toString(), letter.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("letterlint: "), r.err());
        assertFalse(r.err().contains("Acacia") || r.err().contains("Jane"), r.err());
    }
}
