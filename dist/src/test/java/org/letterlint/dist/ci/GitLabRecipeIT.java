package org.letterlint.dist.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * docs/ci.md's GitLab job, its script run as GitLab's runner runs it (one bash with
 * {@code set -eo pipefail}) in a fresh clone, on a PATH like its image's: a Java runtime, curl and
 * tar, and no git or Maven.
 */
class GitLabRecipeIT {
    @TempDir
    Path tmp;

    @Test
    @SuppressWarnings("unchecked")
    void writesAJunitReportWithTheBadTemplateFailingAndFailsTheJob() throws Exception {
        Map<String, Object> job = (Map<String, Object>) Recipes.yaml("gitlab").get("letterlint");
        assertEquals("eclipse-temurin:17-jre", job.get("image"), "a Java runtime image, maintained");
        Map<String, String> env = Shell.baseEnv(tmp.resolve("home"));
        Path workspace = TemplatesRepo.cloneOf(tmp.resolve("origin"), tmp.resolve("workspace"), env, true);
        Path tools = Shell.toolFolder(tmp.resolve("tools"), Shell.RUNNER_TOOLS);
        Files.createSymbolicLink(tools.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        env.put("PATH", tools.toString());
        env.put("JAVA_HOME", System.getProperty("java.home")); // the image sets it too
        env.put("GITLAB_CI", "true");
        env.put("CI_PROJECT_DIR", workspace.toString());
        env.put("LETTERLINT_ARCHIVE_URL", Recipes.archiveUrl());
        ((Map<String, Object>) job.getOrDefault("variables", Map.of())).forEach((k, v) -> env.put(k, v.toString()));
        assertEquals(Recipes.VERSION, env.get("LETTERLINT_VERSION"), "the recipe installs this release");
        List<String> lines = new ArrayList<>((List<String>) job.getOrDefault("before_script", List.of()));
        lines.addAll((List<String>) job.get("script"));
        Path script = tmp.resolve("job.sh");
        Files.writeString(script, "set -eo pipefail\n" + String.join("\n", lines) + "\n");

        Shell.Result result = Shell.run(workspace, env, "bash", script.toString());

        assertEquals(1, result.code(), "findings fail the job:\n" + result.out());
        Map<String, Object> artifacts = (Map<String, Object>) job.get("artifacts");
        assertEquals("always", artifacts.get("when"), "the report is kept when the job fails");
        String report = ((Map<String, Object>) artifacts.get("reports")).get("junit").toString();
        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(workspace.resolve(report).toFile()).getDocumentElement();
        NodeList cases = suite.getElementsByTagName("testcase");
        TreeSet<String> failing = new TreeSet<>();
        TreeSet<String> all = new TreeSet<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element testcase = (Element) cases.item(i);
            String name = testcase.getAttribute("name") + " " + testcase.getAttribute("classname");
            all.add(name);
            if (testcase.getElementsByTagName("failure").getLength() > 0) {
                failing.add(name);
            }
        }
        assertEquals(3, all.size(), "one test case for each template, none for the README: " + all);
        assertEquals(1, failing.size(), failing.toString());
        assertTrue(failing.first().contains("acknowledgement-jargon.txt"), failing.toString());
    }
}
