package org.letterlint.dist.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/ci.md's workflow without the action, run step by step on a PATH with no git, Maven or java. */
class GitHubStepsRecipeIT {
    @TempDir
    Path tmp;

    @Test
    void installsTheArchiveAnnotatesTheBadTemplateAndStillUploadsSarif() throws Exception {
        Map<String, String> env = Shell.baseEnv(tmp.resolve("home"));
        Path workspace = TemplatesRepo.cloneOf(tmp.resolve("origin"), tmp.resolve("workspace"), env, true);
        env.put("PATH", Shell.toolFolder(tmp.resolve("tools"), Shell.RUNNER_TOOLS).toString());
        env.put("LETTERLINT_ARCHIVE_URL", Recipes.archiveUrl());
        GitHubRunner runner = new GitHubRunner(workspace, Files.createDirectory(tmp.resolve("runner-temp")), Recipes.ROOT, env);
        Map<String, Object> workflow = Recipes.yaml("github-steps");
        @SuppressWarnings("unchecked")
        Map<String, Object> jobEnv = (Map<String, Object>) ((Map<String, Map<String, Object>>) workflow.get("jobs")).get("letterlint").get("env");
        assertEquals(Recipes.VERSION, jobEnv.get("LETTERLINT_VERSION").toString(), "the recipe installs this release");

        boolean ok = runner.runWorkflow(workflow);

        String log = runner.log();
        assertFalse(ok, "a template with errors fails the job:\n" + log);
        assertTrue(log.contains("::error file=" + TemplatesRepo.BAD + ","), log);
        assertFalse(log.contains("::error file=" + TemplatesRepo.GOOD_TXT + ","), log);
        assertFalse(log.contains("file=README.md"), log);
        assertEquals("Check the templates: failed", runner.stepsRun().get(runner.stepsRun().size() - 2), runner.stepsRun().toString());
        assertEquals(1, runner.uploadedSarif().size(), runner.stepsRun().toString());
    }
}
