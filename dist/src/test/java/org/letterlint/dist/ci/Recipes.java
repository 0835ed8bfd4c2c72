package org.letterlint.dist.ci;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The recipes of docs/ci.md: its fenced blocks whose info string says {@code recipe=NAME}, so the
 * tests run exactly what a reader copies.
 */
final class Recipes {
    static final Path ROOT = Paths.get(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    static final Path ARCHIVE_HOME = Paths.get(System.getProperty("release.archive", "target/letterlint")).toAbsolutePath();
    static final String VERSION = ARCHIVE_HOME.getFileName().toString().replace("letterlint-", "");
    static final Path LETTERS = ROOT.resolve("examples/letters");
    static final Set<String> KNOWN = Set.of("github-action", "github-steps", "gitlab", "pre-commit", "baseline");

    private static final Pattern BLOCK = Pattern.compile("(?m)^```[a-z]+ recipe=([a-z-]+)\\n(.*?)^```$", Pattern.DOTALL);
    private static Map<String, String> all;
    private static Path installed;

    private Recipes() {
    }

    static synchronized Map<String, String> all() {
        if (all == null) {
            String doc;
            try {
                doc = Files.readString(ROOT.resolve("docs/ci.md"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> found = new LinkedHashMap<>();
            Matcher m = BLOCK.matcher(doc);
            while (m.find()) {
                assertTrue(KNOWN.contains(m.group(1)), "docs/ci.md recipe=" + m.group(1) + " has a test");
                assertFalse(found.containsKey(m.group(1)), "docs/ci.md has one recipe=" + m.group(1));
                found.put(m.group(1), m.group(2));
            }
            all = found;
        }
        return all;
    }

    static String text(String name) {
        String text = all().get(name);
        assertNotNull(text, "docs/ci.md has a block marked recipe=" + name);
        return text;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(String name) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text(name));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yamlFile(Path file) throws IOException {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
    }

    /** The release archive unpacked once (under target/), for recipes that expect letterlint installed. */
    static synchronized Path installed() throws IOException {
        if (installed == null) {
            Path dir = ARCHIVE_HOME.resolveSibling("ci-installed");
            Shell.Result clean = Shell.run(ARCHIVE_HOME.getParent(), Map.of("PATH", "/usr/bin:/bin"), "rm", "-rf", dir.toString());
            assertTrue(clean.code() == 0, clean.out());
            Files.createDirectories(dir);
            Shell.Result untar = Shell.run(dir, Map.of("PATH", "/usr/bin:/bin"), "tar", "xzf", ARCHIVE_HOME + ".tar.gz");
            assertTrue(untar.code() == 0, untar.out());
            installed = dir.resolve(ARCHIVE_HOME.getFileName());
        }
        return installed;
    }

    /** The archive's URL, as a recipe's LETTERLINT_ARCHIVE_URL: the build's own, not a download. */
    static String archiveUrl() {
        return Paths.get(ARCHIVE_HOME + ".tar.gz").toUri().toString();
    }
}
