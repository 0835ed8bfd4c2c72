package org.letterlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {
    @TempDir
    Path dir;

    private void touch(String... names) throws Exception {
        for (String name : names) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "Dear Jo,\n\nHello.\n");
        }
    }

    private List<String> relative(List<String> paths) {
        return paths.stream().map(p -> dir.relativize(Path.of(p)).toString().replace('\\', '/')).toList();
    }

    @Test
    void walksFoldersInAStableOrderSkippingHiddenAndBuildFolders() throws Exception {
        touch("b/two.md", "a/one.txt", "a/z.txt", ".git/x.txt", ".hidden/y.txt", "target/t.txt", "node_modules/n.txt",
                "a/image.png", "a/.secret.txt", "c/deep/er/three.txt");
        List<String> found = relative(new InputCollector(List.of(), List.of()).collect(List.of(dir.toString())));
        assertEquals(List.of("a/one.txt", "a/z.txt", "b/two.md", "c/deep/er/three.txt"), found);
    }

    @Test
    void includeAndExcludeGlobs() throws Exception {
        touch("templates/outcome/a.md", "templates/drafts/b.md", "templates/ack/c.txt", "notes/d.md");
        List<String> found = relative(new InputCollector(List.of("**.md"), List.of("drafts/**")).collect(List.of(dir.resolve("templates").toString())));
        assertEquals(List.of("templates/outcome/a.md"), found);
    }

    @Test
    void expandsAGlobTheShellLeftAlone() throws Exception {
        touch("templates/outcome/a.md", "templates/ack/c.txt", "templates/ack/d.md");
        List<String> found = relative(new InputCollector(List.of(), List.of()).collect(List.of(dir + "/templates/**/*.md")));
        assertEquals(List.of("templates/ack/d.md", "templates/outcome/a.md"), found);
    }

    @Test
    void keepsFilesAndMissingPathsAsGivenForTheReaderToReport() {
        List<String> found = new InputCollector(List.of(), List.of()).collect(List.of("-", dir.resolve("missing.txt").toString()));
        assertEquals(List.of("-", dir.resolve("missing.txt").toString()), found);
    }

    @Test
    void progressBarOnlyOnATerminalForLongRunsOutsideCi() {
        assertTrue(Progress.shouldShow(100, false, false, true));
        assertFalse(Progress.shouldShow(10, false, false, true), "short runs");
        assertFalse(Progress.shouldShow(100, true, false, true), "--quiet");
        assertFalse(Progress.shouldShow(100, false, true, true), "CI=true");
        assertFalse(Progress.shouldShow(100, false, false, false), "a pipe or log");
    }
}
