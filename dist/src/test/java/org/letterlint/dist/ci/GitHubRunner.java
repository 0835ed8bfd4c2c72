package org.letterlint.dist.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a GitHub Actions job's steps here, as the runner would: each {@code run:} in bash with the
 * runner's flags, GITHUB_PATH, GITHUB_ENV and GITHUB_OUTPUT honoured, {@code if:} conditions and
 * {@code ${{ }}} expressions evaluated, and this repository's composite action run step by step.
 * The three other actions the recipes use are stood in for, with their inputs checked: checkout
 * (the workspace is already a fresh clone), setup-java (this JVM) and upload-sarif (the file must
 * be SARIF 2.1.0 whose results point at the workspace's files). Expressions it does not know fail
 * the test rather than being guessed.
 */
final class GitHubRunner {
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.*?)\\s*\\}\\}");

    private final Path workspace;
    private final Path temp;
    private final Path actionPath;
    private final Map<String, String> env;
    private final List<String> pathAdditions = new ArrayList<>();
    private final StringBuilder log = new StringBuilder();
    private final List<String> stepsRun = new ArrayList<>();
    private final List<Path> uploadedSarif = new ArrayList<>();
    private int scripts;

    /** {@code env} is the runner's own (PATH, HOME, and what the organisation sets on every job). */
    GitHubRunner(Path workspace, Path temp, Path actionPath, Map<String, String> env) {
        this.workspace = workspace;
        this.temp = temp;
        this.actionPath = actionPath;
        this.env = new LinkedHashMap<>(env);
        this.env.put("GITHUB_ACTIONS", "true");
        this.env.put("GITHUB_WORKSPACE", workspace.toString());
        this.env.put("RUNNER_TEMP", temp.toString());
        this.env.put("RUNNER_OS", "Linux");
    }

    String log() {
        return log.toString();
    }

    /** Names of the steps that ran (not skipped by their {@code if:}), with their outcome. */
    List<String> stepsRun() {
        return stepsRun;
    }

    List<Path> uploadedSarif() {
        return uploadedSarif;
    }

    /** Runs the workflow's only job; true when it succeeded. */
    @SuppressWarnings("unchecked")
    boolean runWorkflow(Map<String, Object> workflow) throws IOException {
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        assertEquals(1, jobs.size(), "the recipe has one job");
        Map<String, Object> job = (Map<String, Object>) jobs.values().iterator().next();
        assertEquals("ubuntu-latest", job.get("runs-on"));
        Map<String, String> jobEnv = strings((Map<String, Object>) job.getOrDefault("env", Map.of()));
        return runSteps((List<Map<String, Object>>) job.get("steps"), new Context(Map.of(), jobEnv, false));
    }

    private record Context(Map<String, String> inputs, Map<String, String> env, boolean inAction) {
    }

    private boolean runSteps(List<Map<String, Object>> steps, Context context) throws IOException {
        boolean failed = false;
        Map<String, Map<String, String>> outputs = new LinkedHashMap<>();
        for (Map<String, Object> step : steps) {
            String name = String.valueOf(step.getOrDefault("name", step.getOrDefault("uses", "run")));
            Object condition = step.get("if");
            if (!condition(condition == null ? "success()" : condition.toString(), failed, context, outputs)) {
                continue;
            }
            Map<String, String> stepEnv = new LinkedHashMap<>(context.env());
            for (Map.Entry<String, String> e : strings(map(step.get("env"))).entrySet()) {
                stepEnv.put(e.getKey(), expand(e.getValue(), context, outputs));
            }
            Map<String, String> with = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : strings(map(step.get("with"))).entrySet()) {
                with.put(e.getKey(), expand(e.getValue(), context, outputs));
            }
            boolean ok;
            Map<String, String> stepOutputs = new LinkedHashMap<>();
            if (step.containsKey("run")) {
                Object shell = step.get("shell");
                assertTrue(!context.inAction() || "bash".equals(shell), name + ": a composite action's run step names its shell");
                ok = runScript(expand(step.get("run").toString(), context, outputs), shell, stepEnv, stepOutputs, context.inAction());
            } else {
                ok = uses(step.get("uses").toString(), with, stepEnv);
            }
            stepsRun.add(name + (ok ? ": ok" : ": failed"));
            if (step.get("id") != null) {
                outputs.put(step.get("id").toString(), stepOutputs);
            }
            failed |= !ok;
        }
        return !failed;
    }

    private boolean runScript(String script, Object shell, Map<String, String> stepEnv, Map<String, String> stepOutputs, boolean inAction)
            throws IOException {
        Path file = temp.resolve("step-" + (++scripts) + ".sh");
        Files.writeString(file, script);
        Path output = Files.createFile(temp.resolve("output-" + scripts));
        Path path = Files.createFile(temp.resolve("path-" + scripts));
        Path envFile = Files.createFile(temp.resolve("env-" + scripts));
        Map<String, String> processEnv = new LinkedHashMap<>(env);
        processEnv.putAll(stepEnv);
        List<String> searchPath = new ArrayList<>(pathAdditions);
        Collections.reverse(searchPath); // the last added comes first, as on the runner
        searchPath.add(env.get("PATH"));
        processEnv.put("PATH", String.join(":", searchPath));
        processEnv.put("GITHUB_OUTPUT", output.toString());
        processEnv.put("GITHUB_PATH", path.toString());
        processEnv.put("GITHUB_ENV", envFile.toString());
        if (inAction) {
            processEnv.put("GITHUB_ACTION_PATH", actionPath.toString());
        }
        // The runner's commands: `bash -e {0}` by default, `bash --noprofile --norc -eo pipefail {0}` for `shell: bash`.
        List<String> command = shell == null
                ? List.of("bash", "-e", file.toString())
                : List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", file.toString());
        assertTrue(shell == null || "bash".equals(shell), "the recipes use bash: " + shell);
        Shell.Result result = Shell.run(workspace, processEnv, command);
        log.append(result.out());
        for (String line : Files.readAllLines(output)) {
            assertFalse(line.contains("<<"), "multi-line outputs are not emulated: " + line);
            int eq = line.indexOf('=');
            stepOutputs.put(line.substring(0, eq), line.substring(eq + 1));
        }
        pathAdditions.addAll(Files.readAllLines(path));
        for (String line : Files.readAllLines(envFile)) {
            int eq = line.indexOf('=');
            env.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return result.code() == 0;
    }

    @SuppressWarnings("unchecked")
    private boolean uses(String action, Map<String, String> with, Map<String, String> stepEnv) throws IOException {
        if (action.equals("actions/checkout@v4")) {
            return true; // the workspace is a fresh clone already
        }
        if (action.equals("actions/setup-java@v4")) {
            assertEquals("temurin", with.get("distribution"), "setup-java distribution");
            assertEquals("17", with.get("java-version"), "setup-java java-version");
            assertFalse(with.containsKey("cache"), "no setup-java cache: `cache: maven` fails in a repository with no pom.xml");
            String javaHome = System.getProperty("java.home");
            env.put("JAVA_HOME", javaHome);
            pathAdditions.add(javaHome + "/bin");
            return true;
        }
        if (action.equals("github/codeql-action/upload-sarif@v3")) {
            assertEquals("letterlint", with.get("category"));
            Path sarif = workspace.resolve(with.get("sarif_file"));
            if (!Files.exists(sarif)) {
                log.append("upload-sarif: no file ").append(sarif).append('\n');
                return false;
            }
            checkSarif(sarif);
            uploadedSarif.add(sarif);
            return true;
        }
        if (action.startsWith("letterlint/letterlint@")) {
            Map<String, Object> definition = Recipes.yamlFile(actionPath.resolve("action.yml"));
            Map<String, Object> runs = (Map<String, Object>) definition.get("runs");
            assertEquals("composite", runs.get("using"));
            Map<String, String> inputs = new LinkedHashMap<>();
            for (Map.Entry<String, Object> input : ((Map<String, Object>) definition.get("inputs")).entrySet()) {
                Map<String, Object> spec = (Map<String, Object>) input.getValue();
                inputs.put(input.getKey(), spec.get("default") == null ? "" : spec.get("default").toString());
            }
            for (String given : with.keySet()) {
                assertTrue(inputs.containsKey(given), "the action has an input " + given);
            }
            inputs.putAll(with);
            return runSteps((List<Map<String, Object>>) runs.get("steps"), new Context(inputs, stepEnv, true));
        }
        fail("no stand-in for the action " + action);
        return false;
    }

    @SuppressWarnings("unchecked")
    private void checkSarif(Path sarif) throws IOException {
        Map<String, Object> report = Recipes.yamlFile(sarif); // JSON is YAML
        assertEquals("2.1.0", report.get("version"));
        Map<String, Object> run = ((List<Map<String, Object>>) report.get("runs")).get(0);
        Map<String, Object> base = (Map<String, Object>) ((Map<String, Object>) run.get("originalUriBaseIds")).get("%SRCROOT%");
        assertEquals(workspace.toUri().toString(), base.get("uri"), "SARIF's %SRCROOT% is the workspace");
        for (Map<String, Object> result : (List<Map<String, Object>>) run.get("results")) {
            Map<String, Object> physical = (Map<String, Object>) ((List<Map<String, Object>>) result.get("locations")).get(0).get("physicalLocation");
            Map<String, Object> artifact = (Map<String, Object>) physical.get("artifactLocation");
            assertEquals("%SRCROOT%", artifact.get("uriBaseId"));
            assertTrue(Files.isRegularFile(workspace.resolve(artifact.get("uri").toString())), "a SARIF result names a file of the repository: " + artifact);
        }
    }

    private boolean condition(String text, boolean failed, Context context, Map<String, Map<String, String>> outputs) {
        Matcher wrapped = EXPRESSION.matcher(text.strip());
        String expression = wrapped.matches() ? wrapped.group(1) : text.strip();
        boolean statusFunction = false;
        boolean value = true;
        for (String term : expression.split("&&")) {
            term = term.strip();
            if (term.equals("always()")) {
                statusFunction = true;
            } else if (term.equals("success()") || term.equals("failure()")) {
                statusFunction = true;
                value &= term.equals("success()") != failed;
            } else if (term.contains("!=") || term.contains("==")) {
                boolean equal = term.contains("==");
                String[] sides = term.split(equal ? "==" : "!=", 2);
                value &= value(sides[0], context, outputs).equals(value(sides[1], context, outputs)) == equal;
            } else {
                fail("the stand-in runner does not evaluate the condition " + term);
            }
        }
        return statusFunction ? value : value && !failed;
    }

    private String expand(String text, Context context, Map<String, Map<String, String>> outputs) {
        Matcher m = EXPRESSION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), context, outputs)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String value(String expression, Context context, Map<String, Map<String, String>> outputs) {
        String e = expression.strip();
        if (e.length() >= 2 && e.startsWith("'") && e.endsWith("'")) {
            return e.substring(1, e.length() - 1);
        }
        if (e.startsWith("inputs.")) {
            String input = e.substring("inputs.".length());
            assertTrue(context.inputs().containsKey(input), "the action declares the input " + input);
            return context.inputs().get(input);
        }
        Matcher step = Pattern.compile("steps\\.([\\w-]+)\\.outputs\\.([\\w-]+)").matcher(e);
        if (step.matches()) {
            return outputs.getOrDefault(step.group(1), Map.of()).getOrDefault(step.group(2), "");
        }
        fail("the stand-in runner does not evaluate the expression " + e);
        return "";
    }

    private static Map<String, Object> map(Object value) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = value == null ? Map.of() : (Map<String, Object>) value;
        return map;
    }

    /** YAML values as the runner sees them: `true` and `17` are the strings "true" and "17". */
    private static Map<String, String> strings(Map<String, Object> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            assertNotNull(v, "a value for " + k);
            out.put(k, v.toString());
        });
        return out;
    }
}
