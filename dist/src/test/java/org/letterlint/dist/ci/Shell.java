package org.letterlint.dist.ci;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs commands with an environment of the test's choosing, and finds the tools the tests need. */
final class Shell {
    /** What a CI runner or a CI image has for a shell step: no git, no Maven and no java. */
    static final List<String> RUNNER_TOOLS = List.of("bash", "sh", "curl", "tar", "gzip", "rm", "mkdir", "cp", "mv", "cat", "ls",
            "dirname", "basename", "sed", "grep", "env", "uname", "head", "tail", "tr", "readlink", "chmod", "wc");

    private Shell() {
    }

    record Result(int code, String out) {
    }

    static Result run(Path dir, Map<String, String> env, String... command) {
        return run(dir, env, List.of(command));
    }

    static Result run(Path dir, Map<String, String> env, List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(env);
        try {
            Process process = pb.start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("timed out: " + command);
            }
            return new Result(process.exitValue(), out);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("could not run " + command + ": " + e, e);
        }
    }

    /** The base environment of every recipe run: a home of its own, git identity, no network. */
    static Map<String, String> baseEnv(Path home) throws IOException {
        Files.createDirectories(home);
        Files.writeString(home.resolve(".gitconfig"),
                "[user]\n\tname = Test\n\temail = test@example.org\n[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        env.put("NO_COLOR", "1");
        env.put("CI", "true");
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        // Anything a recipe tries to fetch from the internet fails at once, on this machine: the
        // archive must come from LETTERLINT_ARCHIVE_URL.
        for (String proxy : List.of("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")) {
            env.put(proxy, "http://127.0.0.1:9");
        }
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        return env;
    }

    /** A folder of links to the named tools, to use as PATH: a step needing anything else fails. */
    static Path toolFolder(Path dir, List<String> tools) throws IOException {
        Files.createDirectories(dir);
        for (String tool : tools) {
            Path found = onPath(tool);
            assertTrue(found != null, tool + " is on this machine's PATH");
            Files.createSymbolicLink(dir.resolve(tool), found);
        }
        return dir;
    }

    static Path onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Paths.get(dir.isEmpty() ? "." : dir, tool);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        return null;
    }

    /**
     * A tool that .ci/run installs (npm ones under .ci/tools, Debian ones with apt-get). Missing in
     * CI is a failure, unless .ci/run said it could not install it; missing on a developer's machine
     * skips the test with the reason.
     */
    static Path requireTool(String tool, String howToInstall) {
        Path found = null;
        String tools = System.getProperty("ci.tools");
        if (tools != null && Files.isExecutable(Paths.get(tools, tool))) {
            found = Paths.get(tools, tool).toAbsolutePath();
        } else {
            found = onPath(tool);
        }
        String reason = tool + " is not installed: .ci/run installs it (" + howToInstall + ")";
        // .ci/run lists what it could not install on this machine (no root, no npm): only those skip in CI.
        List<String> cannot = List.of(System.getenv().getOrDefault("LETTERLINT_CI_CANNOT_INSTALL", "").split(" "));
        if (found == null && System.getenv("CI") != null && !cannot.contains(tool)) {
            fail(reason);
        }
        assumeTrue(found != null, reason);
        return found;
    }

    static List<String> command(Path tool, String... args) {
        List<String> command = new ArrayList<>();
        command.add(tool.toString());
        command.addAll(List.of(args));
        return command;
    }
}
