package org.letterlint.dist.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/ci.md's workflow that uses this repository's action (action.yml), run step by step. */
class GitHubActionRecipeIT {
    @TempDir
    Path tmp;

    @Test
    void annotatesTheBadTemplateUploadsSarifAndFailsTheJob() throws Exception {
        Map<String, String> env = Shell.baseEnv(tmp.resolve("home"));
        Path workspace = TemplatesRepo.cloneOf(tmp.resolve("origin"), tmp.resolve("workspace"), env, true);
        env.put("PATH", Shell.toolFolder(tmp.resolve("tools"), Shell.RUNNER_TOOLS).toString());
        env.put("LETTERLINT_ARCHIVE_URL", Recipes.archiveUrl());
        GitHubRunner runner = new GitHubRunner(workspace, Files.createDirectory(tmp.resolve("runner-temp")), Recipes.ROOT, env);

        boolean ok = runner.runWorkflow(Recipes.yaml("github-action"));

        String log = runner.log();
        assertFalse(ok, "a template with errors fails the job:\n" + log);
        assertTrue(log.contains("letterlint: release archive from " + Recipes.archiveUrl()), log);
        assertTrue(log.contains("::error file=" + TemplatesRepo.BAD + ","), "the bad template is annotated:\n" + log);
        assertFalse(log.contains("file=README.md"), "the README is not checked:\n" + log);
        assertFalse(log.contains("::error file=" + TemplatesRepo.GOOD_TXT + ","), "the good template has no error:\n" + log);
        assertEquals(1, runner.uploadedSarif().size(), "the SARIF upload ran after the check failed: " + runner.stepsRun());
        assertEquals("Check the letters: failed", runner.stepsRun().get(runner.stepsRun().size() - 3), runner.stepsRun().toString());
    }

    @Test
    void buildsFromItsOwnCheckoutWhenTheVersionHasNoRelease() throws Exception {
        // The action used at a branch: the default release URL answers nothing (all traffic here
        // goes to a closed local port), so the action builds with the Maven wrapper of its checkout.
        // A stand-in wrapper "builds" by copying the real archive, so the test needs no nested build.
        Path actionPath = Files.createDirectories(tmp.resolve("action"));
        Files.copy(Recipes.ROOT.resolve("action.yml"), actionPath.resolve("action.yml"));
        Path wrapper = actionPath.resolve("mvnw");
        Files.writeString(wrapper, "#!/bin/sh\necho \"mvnw $*\" > mvnw-called\nmkdir -p dist/target\ncp \"$ARCHIVE\" dist/target/\n");
        assertTrue(wrapper.toFile().setExecutable(true));
        Map<String, String> env = Shell.baseEnv(tmp.resolve("home"));
        Path workspace = TemplatesRepo.cloneOf(tmp.resolve("origin"), tmp.resolve("workspace"), env, false);
        env.put("PATH", Shell.toolFolder(tmp.resolve("tools"), Shell.RUNNER_TOOLS).toString());
        env.put("ARCHIVE", Recipes.ARCHIVE_HOME + ".tar.gz");
        GitHubRunner runner = new GitHubRunner(workspace, Files.createDirectory(tmp.resolve("runner-temp")), actionPath, env);
        Map<String, Object> workflow = Map.of("jobs", Map.of("letters", Map.of("runs-on", "ubuntu-latest", "steps", List.of(
                Map.of("uses", "letterlint/letterlint@main", "with", Map.of("paths", "templates/", "args", "--no-grammar"))))));

        boolean ok = runner.runWorkflow(workflow);

        String log = runner.log();
        assertTrue(ok, log);
        assertTrue(log.contains("no release archive at https://github.com/letterlint/letterlint/releases/download/v" + Recipes.VERSION + "/letterlint-"
                + Recipes.VERSION + ".tar.gz: building"), log);
        assertEquals("mvnw -B -q -DskipTests -pl dist -am package", Files.readString(actionPath.resolve("mvnw-called")).strip());
        assertTrue(log.contains("letterlint " + Recipes.VERSION), "the built letterlint ran:\n" + log);
        assertTrue(runner.uploadedSarif().isEmpty(), "no SARIF upload unless asked");
    }

    @Test
    void anExplicitArchiveUrlThatFailsStopsTheJobInsteadOfBuilding() throws Exception {
        Map<String, String> env = Shell.baseEnv(tmp.resolve("home"));
        Path workspace = TemplatesRepo.cloneOf(tmp.resolve("origin"), tmp.resolve("workspace"), env, false);
        env.put("PATH", Shell.toolFolder(tmp.resolve("tools"), Shell.RUNNER_TOOLS).toString());
        GitHubRunner runner = new GitHubRunner(workspace, Files.createDirectory(tmp.resolve("runner-temp")), Recipes.ROOT, env);
        String missing = tmp.resolve("no-such.tar.gz").toUri().toString();
        Map<String, Object> workflow = Map.of("jobs", Map.of("letters", Map.of("runs-on", "ubuntu-latest", "steps", List.of(
                Map.of("uses", "letterlint/letterlint@v" + Recipes.VERSION, "with", Map.of("paths", "templates/", "archive-url", missing))))));

        assertFalse(runner.runWorkflow(workflow));
        assertTrue(runner.log().contains("::error title=letterlint::cannot download the release archive from " + missing), runner.log());
        assertFalse(runner.log().contains("building"), runner.log());
    }

    @Test
    void defaultVersionIsThisBuildsVersion() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> inputs = (Map<String, Object>) Recipes.yamlFile(Recipes.ROOT.resolve("action.yml")).get("inputs");
        @SuppressWarnings("unchecked")
        Map<String, Object> version = (Map<String, Object>) inputs.get("version");
        assertEquals(Recipes.VERSION, version.get("default").toString(), "action.yml's default version follows the release");
        assertTrue(Recipes.text("github-action").contains("letterlint/letterlint@v" + Recipes.VERSION), "docs/ci.md uses this release of the action");
    }
}
