package org.letterlint.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive, unpacked in a temporary folder and run from there with no Maven (nor
 * anything else but a shell's basic tools) on PATH: what a user who downloads it gets.
 */
class ReleaseArchiveIT {
    private static final Path ARCHIVE = Paths.get(System.getProperty("release.archive", "target/letterlint"));
    private static final String VERSION = ARCHIVE.getFileName().toString().replace("letterlint-", "");

    @TempDir
    static Path work;
    static Path home;
    static Path shellTools;

    @BeforeAll
    static void unpack() throws Exception {
        Result untar = finish(new ProcessBuilder("tar", "xzf", ARCHIVE + ".tar.gz", "-C", work.toString()).redirectErrorStream(true));
        assertEquals(0, untar.code, untar.out);
        home = work.resolve("letterlint-" + VERSION);
        // A PATH with only what a POSIX launcher may use: no mvn, no java (JAVA_HOME says where it is).
        shellTools = Files.createDirectory(work.resolve("path"));
        for (String tool : List.of("sh", "dirname", "ls", "sed")) {
            Path found = Paths.get("/bin", tool);
            if (!Files.exists(found)) {
                found = Paths.get("/usr/bin", tool);
            }
            Files.createSymbolicLink(shellTools.resolve(tool), found);
        }
    }

    @Test
    void holdsLaunchersJarsManPageCompletionWordlistsLicenceAndReadme() throws IOException {
        assertTrue(Files.isExecutable(home.resolve("bin/letterlint")), "bin/letterlint is executable");
        assertTrue(Files.readString(home.resolve("bin/letterlint.cmd")).contains("\r\n"), "the Windows launcher has CRLF line ends");
        assertTrue(Files.exists(home.resolve("man/man1/letterlint.1")));
        String bash = Files.readString(home.resolve("completion/letterlint.bash"));
        assertTrue(bash.contains("complete") && bash.contains("check") && bash.contains("explain"), "completion knows the commands");
        assertTrue(Files.readString(home.resolve("completion/letterlint.zsh")).contains("ZSH_VERSION"));
        assertTrue(Files.exists(home.resolve("wordlists/jargon.tsv")));
        assertTrue(Files.readString(home.resolve("LICENSE")).contains("Apache License"));
        assertTrue(Files.readString(home.resolve("README.txt")).contains("letterlint " + VERSION), "README names the version");
        try (var jars = Files.list(home.resolve("lib"))) {
            assertTrue(jars.anyMatch(p -> p.getFileName().toString().startsWith("letterlint-cli-")));
        }
    }

    @Test
    void zipHoldsTheSameFilesAsTheTarball() throws Exception {
        Set<String> fromZip = new TreeSet<>();
        try (ZipFile zip = new ZipFile(ARCHIVE + ".zip")) {
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> fromZip.add(e.getName()));
        }
        Set<String> fromTar = new TreeSet<>();
        try (var files = Files.walk(home)) {
            files.filter(Files::isRegularFile).forEach(p -> fromTar.add(work.relativize(p).toString()));
        }
        assertEquals(fromTar, fromZip);
    }

    @Test
    void runsFromTheUnpackedFolderWithoutMaven() throws Exception {
        Result version = launch(home.resolve("bin/letterlint"), List.of("--version"));
        assertEquals(0, version.code, version.out);
        assertTrue(version.out.contains(VERSION), version.out);

        Result check = launch(home.resolve("bin/letterlint"), List.of("check", "--no-grammar", "--no-color", "examples/letters/outcome-defensive.txt"));
        assertEquals(1, check.code, check.out);
        assertTrue(check.out.contains("1 letter checked"), check.out);

        Result clean = launch(home.resolve("bin/letterlint"), List.of("check", "--no-grammar", "examples/letters/outcome-good.txt"));
        assertEquals(0, clean.code, clean.out);
    }

    @Test
    void carriesLanguageToolWithItsChunker() throws Exception {
        // "Mr Patel and I" as an object is caught only by a rule that reads LanguageTool's chunk tags,
        // which need the OpenNLP 1.9.4 shaded into letterlint-languagetool-en.
        Path letter = work.resolve("chunk.txt");
        Files.writeString(letter, "Dear Ms Khan,\n\nPlease talk to Mr Patel and I about the repairs.\n\nYours sincerely,\nSam Lee\n");
        Result check = launch(home.resolve("bin/letterlint"), List.of("check", "--format", "json", letter.toString()));
        assertTrue(check.out.contains("\"grammar.lt-i-me\""), check.out);
    }

    @Test
    void runsWhenLinkedOntoPathFromAnotherFolder() throws Exception {
        Path linkDir = Files.createDirectories(work.resolve("elsewhere/bin"));
        Path link = linkDir.resolve("letterlint");
        if (!Files.exists(link)) {
            Files.createSymbolicLink(link, home.resolve("bin/letterlint"));
        }
        Result rules = launch(link, List.of("explain", "jargon.in-due-course"));
        assertEquals(0, rules.code, rules.out);
        assertTrue(rules.out.contains("in due course"), rules.out);
    }

    @Test
    void readsUnicodeFileNamesWhenNoLocaleIsSet() throws Exception {
        // launch() clears the environment, so LANG and LC_* are unset, as in many CI containers.
        Path folder = Files.createDirectories(work.resolve("no-locale"));
        // The shell makes the UTF-8 name from bytes, so this test's own JVM need not be able to encode it.
        Result made = finish(new ProcessBuilder("sh", "-c", "cp \"$0\" \"$1/$(printf 'r\\303\\251ponse.txt')\"",
                home.resolve("examples/letters/outcome-good.txt").toString(), folder.toString()).redirectErrorStream(true));
        assertEquals(0, made.code, made.out);
        Result check = launch(home.resolve("bin/letterlint"), List.of("check", "--no-grammar", "--format", "json", folder.toString()));
        assertEquals(0, check.code, check.out);
        assertTrue(check.out.contains("r\u00e9ponse.txt") || check.out.contains("r\\u00e9ponse.txt"), check.out);
    }

    @Test
    void saysClearlyWhenThereIsNoJava() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/letterlint").toString(), "--version").directory(home.toFile()).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().put("PATH", shellTools.toString());
        Result result = finish(pb);
        assertEquals(2, result.code, result.out);
        assertEquals("letterlint: no Java found: install a Java 17 or later runtime, or set JAVA_HOME", result.out.strip());
    }

    @Test
    void makesAStartUpArchiveOnceAndNeverLetsABrokenOneStopACheck() throws Exception {
        Path cache = Files.createDirectories(work.resolve("cds-cache"));
        List<String> check = List.of("check", "--no-grammar", "--format", "json", "examples/letters/outcome-defensive.txt");
        Output plain = run(check, Map.of("LETTERLINT_CDS", "0", "XDG_CACHE_HOME", cache.toString()));
        assertEquals(1, plain.code, plain.stderr);
        assertEquals(List.of(), archives(cache), "LETTERLINT_CDS=0 makes no archive");

        Output first = run(check, Map.of("LETTERLINT_CDS", "1", "XDG_CACHE_HOME", cache.toString()));
        assertEquals(1, first.code, first.stderr);
        assertEquals(plain.stdout, first.stdout, "the run that makes the archive reports the same");
        assertTrue(first.stderr.contains("preparing a start-up archive"), first.stderr);
        List<Path> made = archives(cache);
        assertEquals(1, made.size(), made.toString());
        Path archive = made.get(0);
        assertEquals(Long.toString(Files.size(archive)), Files.readString(Path.of(archive + ".size")).strip());

        // -Xshare:on makes the JVM fail if it cannot map the archive: this run proves it is used.
        Output second = run(check, Map.of("LETTERLINT_CDS", "1", "XDG_CACHE_HOME", cache.toString(),
                "LETTERLINT_JAVA_OPTS", "-Xshare:on"));
        assertEquals(1, second.code, second.stderr);
        assertEquals(plain.stdout, second.stdout);
        assertEquals("", second.stderr, "nothing said once the archive exists");

        // A truncated archive would crash the JVM (SIGBUS): the launcher must notice and make a new one.
        archive.toFile().setWritable(true);
        try (var file = new java.io.RandomAccessFile(archive.toFile(), "rw")) {
            file.setLength(Files.size(archive) / 2);
        }
        Output third = run(check, Map.of("LETTERLINT_CDS", "1", "XDG_CACHE_HOME", cache.toString()));
        assertEquals(1, third.code, third.stderr);
        assertEquals(plain.stdout, third.stdout);
        assertTrue(third.stderr.contains("preparing a start-up archive"), third.stderr);
        assertEquals(Long.toString(Files.size(archive)), Files.readString(Path.of(archive + ".size")).strip());

        Path ciCache = Files.createDirectories(work.resolve("cds-ci-cache"));
        Output ci = run(check, Map.of("CI", "true", "XDG_CACHE_HOME", ciCache.toString()));
        assertEquals(plain.stdout, ci.stdout);
        assertEquals(List.of(), archives(ciCache), "no training run on a CI runner unless asked");
    }

    private static List<Path> archives(Path cache) throws IOException {
        Path folder = cache.resolve("letterlint");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).sorted().toList();
        }
    }

    /** The release launcher with the machine's usual tools on PATH and stdout kept apart from stderr. */
    private static Output run(List<String> args, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/letterlint").toString());
        command.addAll(args);
        Path err = Files.createTempFile(work, "stderr", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile()).redirectError(err.toFile());
        pb.environment().clear();
        pb.environment().put("PATH", "/usr/bin:/bin");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("NO_COLOR", "1");
        pb.environment().putAll(env);
        Result result = finish(pb);
        return new Output(result.code, result.out, Files.readString(err));
    }

    private record Output(int code, String stdout, String stderr) {
    }

    private static Result launch(Path launcher, List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().put("PATH", shellTools.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("NO_COLOR", "1");
        return finish(pb);
    }

    private static Result finish(ProcessBuilder pb) throws Exception {
        Process process = pb.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished in time");
        return new Result(process.exitValue(), out);
    }

    private record Result(int code, String out) {
    }
}
