package org.letterlint.dist.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container image definition: linted always (dockerfilelint), built and run only where a
 * container daemon answers (none does on this project's machines).
 */
class DockerfileIT {
    private static final Path DOCKERFILE = Recipes.ROOT.resolve("Dockerfile");

    @TempDir
    Path tmp;

    @Test
    void passesDockerfilelint() throws Exception {
        Path lint = Shell.requireTool("dockerfilelint", "npm ci --prefix .ci/tools");
        Shell.Result result = Shell.run(Recipes.ROOT, Shell.baseEnv(tmp.resolve("home")), lint.toString(), DOCKERFILE.toString());
        assertEquals(0, result.code(), result.out());
        assertTrue(result.out().contains("Issues: None found"), result.out());
    }

    @Test
    void runsTheArchiveAsAnUnprivilegedUserOnAMaintainedJavaRuntime() throws Exception {
        List<String> lines = Files.readAllLines(DOCKERFILE);
        List<String> froms = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        assertEquals("FROM eclipse-temurin:17-jre", froms.get(froms.size() - 1), "the image is a maintained Java 17 runtime");
        String user = lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElse("USER root");
        assertTrue(!user.equals("USER root") && !user.equals("USER 0"), "runs as a user other than root: " + user);
        assertTrue(lines.contains("ENTRYPOINT [\"letterlint\"]"), "letterlint is the entry point");
        assertTrue(lines.stream().anyMatch(l -> l.contains("-pl dist -am package")), "the image holds the release archive the build makes");
    }

    @Test
    void buildsAndChecksAnExampleWhereADaemonRuns() throws Exception {
        Path docker = Shell.onPath("docker");
        Map<String, String> env = Shell.baseEnv(tmp.resolve("home"));
        env.remove("http_proxy");
        env.remove("https_proxy");
        env.remove("HTTP_PROXY");
        env.remove("HTTPS_PROXY");
        env.remove("ALL_PROXY");
        assumeTrue(docker != null && Shell.run(Recipes.ROOT, env, docker.toString(), "info").code() == 0,
                "no container daemon answers `docker info` here: the Dockerfile is linted, not built");
        Shell.Result build = Shell.run(Recipes.ROOT, env, docker.toString(), "build", "-q", "-t", "letterlint-test", ".");
        assertEquals(0, build.code(), build.out());
        Shell.Result run = Shell.run(Recipes.ROOT, env, docker.toString(), "run", "--rm", "-v", Recipes.ROOT.resolve("examples") + ":/work:ro",
                "letterlint-test", "check", "--no-grammar", "letters/outcome-defensive.txt");
        assertEquals(1, run.code(), run.out());
        assertTrue(run.out().contains("1 letter checked"), run.out());
    }
}
