package org.letterlint.dist.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * action.yml and docs/ci.md's workflows against SchemaStore's GitHub action and workflow schemas
 * (bundled in @action-validator/cli), and its GitLab job against GitLab's CI schema (embedded in
 * gitlab-ci-local). A broken copy of each must fail, so the checkers are known to check.
 */
class CiSchemaIT {
    private static final String NPM = "npm ci --prefix .ci/tools";

    @TempDir
    Path tmp;

    @Test
    void actionMatchesTheActionSchema() throws Exception {
        Path validator = Shell.requireTool("action-validator", NPM);
        Shell.Result good = validate(validator, Recipes.ROOT.resolve("action.yml"));
        assertEquals(0, good.code(), good.out());

        Path broken = tmp.resolve("action.yml");
        Files.writeString(broken, Files.readString(Recipes.ROOT.resolve("action.yml")).replace("using: composite", "using: compost"));
        assertNotEquals(0, validate(validator, broken).code(), "a wrong runs.using is caught");
    }

    @Test
    void workflowsMatchTheWorkflowSchema() throws Exception {
        Path validator = Shell.requireTool("action-validator", NPM);
        for (String recipe : new String[] {"github-action", "github-steps"}) {
            Path workflow = Files.createDirectories(tmp.resolve(recipe + "/.github/workflows")).resolve("letters.yml");
            Files.writeString(workflow, Recipes.text(recipe));
            Shell.Result result = validate(validator, workflow);
            assertEquals(0, result.code(), recipe + ":\n" + result.out());

            Files.writeString(workflow, Recipes.text(recipe).replace("runs-on:", "runs_on:"));
            assertNotEquals(0, validate(validator, workflow).code(), recipe + " with runs_on is caught");
        }
    }

    @Test
    void gitlabJobMatchesGitlabsCiSchema() throws Exception {
        Path gitlabCiLocal = Shell.requireTool("gitlab-ci-local", NPM);
        Map<String, String> env = Shell.baseEnv(tmp.resolve("home"));
        Path project = Files.createDirectories(tmp.resolve("project"));
        TemplatesRepo.git(project, env, "init", "-q");
        Files.writeString(project.resolve(".gitlab-ci.yml"), Recipes.text("gitlab"));
        Shell.Result good = preview(gitlabCiLocal, project, env);
        assertEquals(0, good.code(), good.out());
        assertTrue(good.out().contains("json schema validated"), good.out());

        Files.writeString(project.resolve(".gitlab-ci.yml"), Recipes.text("gitlab").replace("when: always", "when: sometimes"));
        Shell.Result broken = preview(gitlabCiLocal, project, env);
        assertNotEquals(0, broken.code(), broken.out());
        assertTrue(broken.out().contains("letterlint.artifacts.when"), broken.out());
    }

    private Shell.Result validate(Path validator, Path file) throws Exception {
        return Shell.run(tmp, Shell.baseEnv(tmp.resolve("home")), validator.toString(), file.toString());
    }

    private static Shell.Result preview(Path gitlabCiLocal, Path project, Map<String, String> env) {
        // --preview only expands and validates the file; it runs no job.
        return Shell.run(project, env, Shell.command(gitlabCiLocal, "--preview", "--json-schema-validation"));
    }
}
