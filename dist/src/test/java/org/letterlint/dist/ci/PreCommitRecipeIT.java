package org.letterlint.dist.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/ci.md's pre-commit config and this repository's .pre-commit-hooks.yaml, run by the real
 * pre-commit on real commits, with the release archive's letterlint on PATH.
 */
class PreCommitRecipeIT {
    @TempDir
    Path tmp;

    @Test
    void skipsTheReadmeAndBlocksACommitWithABadTemplate() throws Exception {
        Path preCommit = Shell.requireTool("pre-commit", "apt-get install pre-commit");
        Map<String, String> env = Shell.baseEnv(tmp.resolve("home"));
        env.put("PRE_COMMIT_HOME", tmp.resolve("pre-commit-cache").toString());
        env.put("PATH", Recipes.installed().resolve("bin") + ":" + env.get("PATH"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        // The hook repository at this worktree's .pre-commit-hooks.yaml, committed or not.
        Path hooks = Files.createDirectories(tmp.resolve("letterlint-hooks"));
        Files.copy(Recipes.ROOT.resolve(".pre-commit-hooks.yaml"), hooks.resolve(".pre-commit-hooks.yaml"));
        TemplatesRepo.git(hooks, env, "init", "-q");
        TemplatesRepo.git(hooks, env, "add", ".");
        TemplatesRepo.git(hooks, env, "commit", "-q", "-m", "hooks");
        String rev = TemplatesRepo.git(hooks, env, "rev-parse", "HEAD").out().strip();
        String recipe = Recipes.text("pre-commit");
        assertTrue(recipe.contains("repo: https://github.com/letterlint/letterlint\n") && recipe.contains("rev: v" + Recipes.VERSION + "\n"), recipe);
        Path repo = TemplatesRepo.cloneOf(tmp.resolve("origin"), tmp.resolve("workspace"), env, false);
        Files.writeString(repo.resolve(".pre-commit-config.yaml"), recipe
                .replace("https://github.com/letterlint/letterlint", hooks.toString()).replace("v" + Recipes.VERSION, rev));
        assertEquals(0, Shell.run(repo, env, preCommit.toString(), "install").code());

        // The README holds what letterlint calls errors in a letter: it would block if it were linted.
        Shell.Result readmeAsLetter = Shell.run(repo, env, Recipes.installed().resolve("bin/letterlint").toString(), "check", "--no-grammar", "-q", "README.md");
        assertEquals(1, readmeAsLetter.code(), readmeAsLetter.out());
        Files.writeString(repo.resolve("README.md"), TemplatesRepo.readme() + "\nWe will action your query going forward.\n");
        Files.copy(Recipes.LETTERS.resolve("outcome-good.txt"), repo.resolve("templates/outcome.txt"));
        TemplatesRepo.git(repo, env, "add", ".");
        Shell.Result good = Shell.run(repo, env, "git", "commit", "-m", "Docs and a good template");
        assertEquals(0, good.code(), good.out());
        assertTrue(good.out().contains("letterlint") && good.out().contains("Passed"), good.out());
        assertFalse(good.out().contains("README.md"), "the README is not checked: " + good.out());

        Files.copy(Recipes.LETTERS.resolve("acknowledgement-jargon.txt"), repo.resolve("templates/ack-jargon.txt"));
        TemplatesRepo.git(repo, env, "add", ".");
        Shell.Result bad = Shell.run(repo, env, "git", "commit", "-m", "a bad template");
        assertNotEquals(0, bad.code(), bad.out());
        assertTrue(bad.out().contains("Failed") && bad.out().contains("templates/ack-jargon.txt"), bad.out());
        assertEquals("2", TemplatesRepo.git(repo, env, "rev-list", "--count", "HEAD").out().strip(), "the bad commit was not made");
    }
}
