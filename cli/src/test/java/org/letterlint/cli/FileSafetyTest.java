package org.letterlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 16's file defects, one test each: no run may write over a letter it reads or over a special
 * file, and `fix` never loses an original, a link, a permission or a byte order.
 */
class FileSafetyTest {
    @TempDir
    Path dir;

    private static final String LETTER = "Dear Jo,\n\nWe will utilise your readings regarding the bill.\n\nYours sincerely,\n\nSam Jones\n";
    private static final String FIXED = LETTER.replace("utilise", "use").replace("regarding", "about");

    private Path letter(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, LETTER);
        return file;
    }

    private static Cli.Result check(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--no-config", "--no-grammar", "-q", "--fail-on", "never"));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    private static Cli.Result fix(String... args) {
        List<String> all = new ArrayList<>(List.of("fix", "--no-config", "--no-grammar"));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void theReportIsNeverWrittenOverTheLetterBeingChecked() throws Exception {
        Path a = letter("a.txt");
        Cli.Result r = check("--format", "json", "-o", a.toString(), a.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("is one of the letters or files this run reads"), r.err());
        assertEquals(LETTER, Files.readString(a));
    }

    @Test
    void norOverALetterInsideTheFolderBeingCheckedByAnyOfItsNames() throws Exception {
        Path inside = letter("letters/b.txt");
        Path hardLink = Files.createLink(dir.resolve("other-name.txt"), inside);
        Path symlink = Files.createSymbolicLink(dir.resolve("pointer.txt"), inside);
        for (Path output : List.of(inside, hardLink, symlink)) {
            Cli.Result r = check("--format", "json", "-o", output.toString(), dir.resolve("letters").toString());
            assertEquals(2, r.exitCode(), output + ": " + r.err());
            assertEquals(LETTER, Files.readString(inside));
        }
        assertTrue(Files.isSymbolicLink(symlink));
    }

    @Test
    void norAsABaseline() throws Exception {
        Path a = letter("a.txt");
        Cli.Result r = check("--baseline", a.toString(), "--write-baseline", a.toString());
        assertEquals(2, r.exitCode());
        assertEquals(LETTER, Files.readString(a));
    }

    @Test
    void aPipeOrAFolderIsNeverReplacedByTheReport() throws Exception {
        Path a = letter("a.txt");
        Path fifo = dir.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Path folder = Files.createDirectory(dir.resolve("folder"));
        for (Path output : List.of(fifo, folder)) {
            Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> check("--format", "json", "-o", output.toString(), a.toString()));
            assertEquals(2, r.exitCode(), r.err());
            assertTrue(r.err().contains(output + ": is"), r.err());
        }
        assertTrue(Files.readAttributes(fifo, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther(), "still a pipe");
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void dashAndDevStdoutMeanStandardOutput() throws Exception {
        Path a = letter("a.txt");
        for (String output : List.of("-", "/dev/stdout")) {
            Cli.Result r = check("--format", "json", "-o", output, a.toString());
            assertEquals(0, r.exitCode(), r.err());
            assertEquals("letterlint", r.json().get("tool").asText());
        }
        assertFalse(Files.exists(Path.of("-")), "no file called '-'");
    }

    @Test
    void aReportWrittenThroughASymlinkLandsInItsTargetAndTheLinkStays() throws Exception {
        Path a = letter("a.txt");
        Path target = Files.writeString(dir.resolve("report.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("latest.json"), target);
        Cli.Result r = check("--format", "json", "-o", link.toString(), a.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(target).contains("\"tool\""));
    }

    @Test
    void aReadOnlyReportIsReplacedOnlyWithForceAndStaysReadOnly() throws Exception {
        Path a = letter("a.txt");
        Path report = Files.writeString(dir.resolve("report.json"), "old");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("r--r--r--"));
        Cli.Result refused = check("--format", "json", "-o", report.toString(), a.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("is read-only; use --force"), refused.err());
        assertEquals("old", Files.readString(report));
        Cli.Result forced = check("--force", "--format", "json", "-o", report.toString(), a.toString());
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.readString(report).contains("\"tool\""));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
    }

    @Test
    void aSecondFixNeverOverwritesTheFirstOriginal() throws Exception {
        Path a = letter("a.txt");
        assertEquals(0, fix(a.toString()).exitCode());
        String between = FIXED.replace("We will use", "We will utilise");
        Files.writeString(a, between);
        Cli.Result second = fix(a.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("original kept as " + a + ".orig.1"), second.out());
        assertEquals(LETTER, Files.readString(dir.resolve("a.txt.orig")));
        assertEquals(between, Files.readString(dir.resolve("a.txt.orig.1")));
        assertEquals(FIXED, Files.readString(a));
    }

    @Test
    void aBackupNameHeldByASymlinkIsSkippedNotWrittenThrough() throws Exception {
        Path a = letter("a.txt");
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "keep me");
        Files.createSymbolicLink(dir.resolve("a.txt.orig"), elsewhere);
        assertEquals(0, fix(a.toString()).exitCode());
        assertEquals("keep me", Files.readString(elsewhere));
        assertEquals(LETTER, Files.readString(dir.resolve("a.txt.orig.1")));
    }

    @Test
    void twoFixRunsAtOnceKeepEveryOriginal() throws Exception {
        List<String> args = new ArrayList<>(List.of(javaCommand(), "-cp", System.getProperty("java.class.path"),
                "org.letterlint.cli.Main", "fix", "--no-config", "--no-grammar"));
        for (int i = 0; i < 40; i++) {
            args.add(letter("batch/" + i + ".txt").toString());
        }
        Process first = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(dir.resolve("first.log").toFile()).start();
        Process second = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(dir.resolve("second.log").toFile()).start();
        assertTrue(first.waitFor(120, TimeUnit.SECONDS) && second.waitFor(120, TimeUnit.SECONDS), "both runs end");
        assertEquals(0, first.exitValue(), Files.readString(dir.resolve("first.log")));
        assertEquals(0, second.exitValue(), Files.readString(dir.resolve("second.log")));
        for (int i = 0; i < 40; i++) {
            Path file = dir.resolve("batch/" + i + ".txt");
            assertEquals(FIXED, Files.readString(file), file.toString());
            assertEquals(LETTER, Files.readString(dir.resolve("batch/" + i + ".txt.orig")), "the backup holds the original");
            assertFalse(Files.exists(dir.resolve("batch/" + i + ".txt.orig.1")), "the run that waited found nothing left to fix");
        }
        try (Stream<Path> left = Files.list(dir.resolve("batch"))) {
            assertEquals(80, left.count(), "no lock or temporary files left");
        }
    }

    @Test
    void aSymlinkedLetterIsFixedInItsTargetAndStaysALink() throws Exception {
        Path target = letter("shared/a.txt");
        Path link = Files.createSymbolicLink(dir.resolve("a.txt"), target);
        Cli.Result r = fix(link.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(FIXED, Files.readString(target));
        assertEquals(LETTER, Files.readString(dir.resolve("shared/a.txt.orig")));
    }

    @Test
    void aHardLinkedLetterIsRefusedUnlessForcedAndThenEveryNameSeesTheFix() throws Exception {
        Path a = letter("a.txt");
        Path b = Files.createLink(dir.resolve("b.txt"), a);
        Cli.Result refused = fix(a.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("has 2 hard links"), refused.err());
        assertEquals(LETTER, Files.readString(a));
        Cli.Result forced = fix("--force", a.toString());
        assertEquals(0, forced.exitCode(), forced.err());
        assertEquals(FIXED, Files.readString(b));
        assertTrue(Files.isSameFile(a, b));
        assertEquals(LETTER, Files.readString(dir.resolve("a.txt.orig")));
    }

    @Test
    void permissionsAreKeptOnTheLetterAndItsBackup() throws Exception {
        Path a = letter("a.txt");
        Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rwxr-x--x"));
        assertEquals(0, fix(a.toString()).exitCode());
        assertEquals("rwxr-x--x", PosixFilePermissions.toString(Files.getPosixFilePermissions(a)));
        assertEquals("rwxr-x--x", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a.txt.orig"))));
    }

    @Test
    void aReadOnlyLetterIsRewrittenOnlyWithForceAndStaysReadOnly() throws Exception {
        Path a = letter("a.txt");
        Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("r--r-----"));
        Cli.Result refused = fix(a.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("is read-only"), refused.err());
        assertEquals(LETTER, Files.readString(a));
        assertFalse(Files.exists(dir.resolve("a.txt.orig")), "no backup of a letter left alone");
        assertEquals(0, fix("--force", a.toString()).exitCode());
        assertEquals(FIXED, Files.readString(a));
        assertEquals("r--r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(a)));
    }

    @Test
    void theOwnerIsKeptWhenRootFixesSomeoneElsesLetter() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root may give a file away");
        Path a = letter("a.txt");
        UserPrincipal nobody = a.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Files.setOwner(a, nobody);
        assertEquals(0, fix(a.toString()).exitCode());
        assertEquals(nobody, Files.getOwner(a));
        assertEquals(FIXED, Files.readString(a));
    }

    @Test
    void aLittleEndianUtf16LetterStaysLittleEndian() throws Exception {
        Path a = dir.resolve("a.txt");
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        Files.write(a, concat(bom, LETTER.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(0, fix(a.toString()).exitCode());
        assertArrayEquals(concat(bom, FIXED.getBytes(StandardCharsets.UTF_16LE)), Files.readAllBytes(a));
    }

    @Test
    void noTemporaryOrLockFileIsLeftBehind() throws Exception {
        Path a = letter("a.txt");
        assertEquals(0, fix(a.toString()).exitCode());
        assertEquals(0, check("--format", "sarif", "-o", dir.resolve("r.sarif").toString(), a.toString()).exitCode());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("a.txt", "a.txt.orig", "r.sarif"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aRunStoppedWithSigtermLeavesNoTemporaryFile() throws Exception {
        Path report = dir.resolve("report.json");
        // Reading standard input that never ends keeps the run inside its write, with the temporary file open.
        Process run = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"), "org.letterlint.cli.Main",
                "check", "--no-config", "--no-grammar", "-q", "--format", "json", "-o", report.toString(), "-")
                .redirectErrorStream(true).redirectOutput(dir.resolve("run.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (temporaryFiles().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(1, temporaryFiles().size(), "the run is writing its report");
            run.destroy();
            assertTrue(run.waitFor(30, TimeUnit.SECONDS));
            assertEquals(List.of(), temporaryFiles());
            assertFalse(Files.exists(report));
        } finally {
            run.destroyForcibly();
        }
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".letterlint-tmp")).toList();
        }
    }

    @Test
    void devicesAndPipesAreRefusedAtOnceInsteadOfReadForever() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        for (String input : List.of("/dev/zero", "/dev/urandom", fifo.toString())) {
            Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> check(input));
            assertEquals(2, r.exitCode(), input);
            assertTrue(r.err().contains(input + ": is not a regular file"), r.err());
        }
    }

    @Test
    void anUnexpectedErrorIsExitThreeWithOneLine() {
        for (RuntimeException failure : List.of(new IllegalStateException("broken\nsecond line"), new NullPointerException())) {
            CommandLine cmd = LetterlintCommand.commandLine();
            cmd.addSubcommand("boom", new CommandLine(new Boom(failure)));
            StringWriter err = new StringWriter();
            cmd.setErr(new PrintWriter(err, true));
            cmd.setOut(new PrintWriter(new StringWriter(), true));
            assertEquals(ExitCodes.UNEXPECTED, Main.run(cmd, "boom"));
            assertEquals(1, err.toString().lines().count(), err.toString());
            assertTrue(err.toString().startsWith("letterlint: unexpected error: "), err.toString());
        }
    }

    @Test
    void anErrorOutsidePicocliIsExitThreeToo() {
        CommandLine cmd = LetterlintCommand.commandLine();
        cmd.addSubcommand("boom", new CommandLine(new Boom(new StackOverflowError())));
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err, true));
        assertEquals(ExitCodes.UNEXPECTED, Main.run(cmd, "boom"));
        assertTrue(err.toString().contains("StackOverflowError"), err.toString());
    }

    @CommandLine.Command(name = "boom")
    static final class Boom implements java.util.concurrent.Callable<Integer> {
        private final Throwable failure;

        Boom(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            if (failure instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failure;
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
