package org.letterlint.dist.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/ci.md's baseline commands, run as written in a templates repository with a bad template. */
class BaselineRecipeIT {
    @TempDir
    Path tmp;

    @Test
    void oldFindingsPassAndANewOneFails() throws Exception {
        Map<String, String> env = Shell.baseEnv(tmp.resolve("home"));
        Path repo = TemplatesRepo.cloneOf(tmp.resolve("origin"), tmp.resolve("workspace"), env, true);
        env.put("PATH", Recipes.installed().resolve("bin") + ":" + env.get("PATH"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        Path script = Files.writeString(tmp.resolve("baseline.sh"), Recipes.text("baseline"));

        Shell.Result result = Shell.run(repo, env, "bash", "-e", script.toString());

        assertEquals(0, result.code(), "the recorded findings of the bad template pass:\n" + result.out());
        assertTrue(result.out().contains("known findings in the"), result.out());
        assertEquals(".letterlint-baseline.json", TemplatesRepo.git(repo, env, "diff", "--cached", "--name-only").out().strip());
        // A new bad letter is not in the baseline: its findings fail.
        Files.copy(Recipes.LETTERS.resolve("update-vague.txt"), repo.resolve("templates/update-vague.txt"));
        Shell.Result later = Shell.run(repo, env, Recipes.installed().resolve("bin/letterlint").toString(), "check", "--no-grammar", "--baseline", ".letterlint-baseline.json", "templates/");
        assertEquals(1, later.code(), later.out());
        assertTrue(later.out().contains("update-vague.txt"), later.out());
    }
}
