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
    void aFileNameWithBracketsThatExistsIsTakenLiterally() throws Exception {
        touch("a[1.txt", "b[1].txt", "b1.txt", "{c}.md");
        InputCollector collector = new InputCollector(List.of(), List.of());
        List<String> args = List.of(dir.resolve("a[1.txt").toString(), dir.resolve("b[1].txt").toString(), dir.resolve("{c}.md").toString());
        assertEquals(args, collector.collect(args));
        assertEquals(List.of(), collector.problems());
    }

    @Test
    void aMissingNameThatIsNoValidGlobIsOneClearProblem() {
        InputCollector collector = new InputCollector(List.of(), List.of());
        String missing = dir.resolve("a[1.txt").toString();
        assertEquals(List.of(), collector.collect(List.of(missing)));
        assertEquals(1, collector.problems().size());
        assertEquals(missing, collector.problems().get(0).path());
        assertEquals(missing + ": no such file, nor a valid glob (a '[' is not closed)", collector.problems().get(0).message());
    }

    @Test
    void aGlobBelowAFolderWithBracketsInItsNameFindsTheFolder() throws Exception {
        touch("Letters [2024]/a.txt", "Letters [2024]/b.md", "Letters 2/c.txt");
        List<String> found = relative(new InputCollector(List.of(), List.of()).collect(List.of(dir + "/Letters [2024]/*.txt")));
        assertEquals(List.of("Letters [2024]/a.txt"), found);
    }

    @Test
    void symlinkedLettersAndFoldersAreFollowed() throws Exception {
        touch("letters/real.txt", "elsewhere/linked.txt", "shared/deep/s.md");
        Path letters = dir.resolve("letters");
        Files.createSymbolicLink(letters.resolve("link.txt"), dir.resolve("elsewhere/linked.txt"));
        Files.createSymbolicLink(letters.resolve("shared"), dir.resolve("shared"));
        InputCollector collector = new InputCollector(List.of(), List.of());
        assertEquals(List.of("letters/link.txt", "letters/real.txt", "letters/shared/deep/s.md"), relative(collector.collect(List.of(letters.toString()))));
        assertEquals(List.of(), collector.notes());
    }

    @Test
    void aSymlinkLoopIsWalkedOnceAndNoted() throws Exception {
        touch("letters/a.txt", "letters/sub/b.txt");
        Files.createSymbolicLink(dir.resolve("letters/sub/up"), dir.resolve("letters"));
        InputCollector collector = new InputCollector(List.of(), List.of());
        assertEquals(List.of("letters/a.txt", "letters/sub/b.txt"), relative(collector.collect(List.of(dir.resolve("letters").toString()))));
        assertEquals(List.of(dir.resolve("letters/sub/up") + ": a symlink back to a folder above it, not followed"), collector.notes());
    }

    @Test
    void aDanglingSymlinkIsNoted() throws Exception {
        touch("letters/a.txt");
        Files.createSymbolicLink(dir.resolve("letters/gone.txt"), dir.resolve("letters/deleted.txt"));
        InputCollector collector = new InputCollector(List.of(), List.of());
        assertEquals(List.of("letters/a.txt"), relative(collector.collect(List.of(dir.resolve("letters").toString()))));
        assertEquals(List.of(dir.resolve("letters/gone.txt") + ": a symlink to nothing, skipped"), collector.notes());
    }

    @Test
    void namesWithNewlinesAndEscapesInAFolderAreChecked() throws Exception {
        touch("letters/two\nlines.txt", "letters/red\u001b[31m.md", "letters/cr\r.txt", "letters/not-a-letter\n.png");
        List<String> found = relative(new InputCollector(List.of(), List.of()).collect(List.of(dir.resolve("letters").toString())));
        assertEquals(List.of("letters/cr\r.txt", "letters/red\u001b[31m.md", "letters/two\nlines.txt"), found);
        List<String> excluded = relative(new InputCollector(List.of(), List.of("two*")).collect(List.of(dir.resolve("letters").toString())));
        assertEquals(List.of("letters/cr\r.txt", "letters/red\u001b[31m.md"), excluded, "exclude globs match such names too");
    }

    @Test
    void theSameFileReachedTwiceIsCheckedOnce() throws Exception {
        touch("letters/a.txt", "letters/b.txt");
        Path letters = dir.resolve("letters");
        Files.createSymbolicLink(dir.resolve("alias.txt"), letters.resolve("a.txt"));
        List<String> found = relative(new InputCollector(List.of(), List.of()).collect(List.of(letters.toString(), letters.resolve("a.txt").toString(),
                letters + "/./a.txt", dir.resolve("alias.txt").toString(), letters + "/*.txt", "-", "-")).stream().filter(p -> !p.equals("-")).toList());
        assertEquals(List.of("letters/a.txt", "letters/b.txt"), found);
        assertEquals(1, new InputCollector(List.of(), List.of()).collect(List.of("-", "-")).size(), "standard input is read once");
    }

    @Test
    void theCliReportsABadGlobOptionInOneLine() {
        Cli.Result r = Cli.run("check", "--no-config", "--no-grammar", "--include", "[abc", dir.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("letterlint: Invalid value for option '--include' (GLOB): '[abc' is not a valid glob (a '[' is not closed)"), r.err());
        assertFalse(r.err().contains("near index"), r.err());
    }

    @Test
    void theCliReportsAMissingBracketNameInOneLine() throws Exception {
        String missing = dir.resolve("draft[1.txt").toString();
        Cli.Result r = Cli.run("check", "--no-config", "--no-grammar", missing);
        assertEquals(2, r.exitCode(), r.err());
        assertEquals("letterlint: " + missing + ": no such file, nor a valid glob (a '[' is not closed)", r.err().strip());
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
