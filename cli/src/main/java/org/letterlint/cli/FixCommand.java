package org.letterlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.letterlint.cli.files.Backups;
import org.letterlint.cli.files.LetterLock;
import org.letterlint.cli.files.SafeWriter;
import org.letterlint.cli.files.WriteRefused;
import org.letterlint.cli.report.SafeText;
import org.letterlint.engine.LetterReport;
import org.letterlint.engine.LintOptions;
import org.letterlint.engine.Linter;
import org.letterlint.fix.Fixer;
import org.letterlint.rules.Finding;
import org.letterlint.source.InputException;
import org.letterlint.source.LetterSource;
import org.letterlint.source.SourceReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `letterlint fix`: applies the safe rewrites (plain words for jargon, British spellings, shorter
 * phrases) and leaves everything that needs the author's judgement. The file is rewritten
 * atomically in its own encoding, and the original is kept beside it unless --no-backup.
 */
@Command(name = "fix", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Apply the safe rewrites (jargon, spelling, wordy phrases) to letters, keeping a backup of each.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  letterlint fix --dry-run draft.txt    show what would change",
            "  letterlint fix draft.txt              rewrite it; the original is kept as draft.txt.orig",
            "  letterlint fix - < draft.txt          print the fixed letter"})
public final class FixCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Letters to fix; '-' reads standard input and prints the result (with --dry-run, the changes).")
    List<String> files = new ArrayList<>();

    @Option(names = "--dry-run", description = "List the changes without writing anything.")
    boolean dryRun;

    @Option(names = "--no-backup", description = "Do not keep the original as FILE.orig.")
    boolean noBackup;

    @Option(names = "--force", description = "Also rewrite read-only letters, and letters with several hard links (in place, so every name sees the fix).")
    boolean force;

    @CommandLine.Mixin
    LintSetup setup = new LintSetup();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Linter.preload();
        CommandLine cmd = spec.commandLine();
        PrintWriter out = cmd.getOut();
        PrintWriter err = cmd.getErr();
        Linter linter = setup.linter(cmd);
        LintOptions options = setup.options(cmd);
        SourceReader reader = new SourceReader();
        SafeWriter writer = new SafeWriter(List.of(), force);
        int exit = ExitCodes.CLEAN;
        for (String file : files) {
            try {
                if (file.equals("-")) {
                    LetterSource source = reader.read("-", System.in);
                    if (dryRun) {
                        fix(source, "-", linter, options, cmd, out);
                    } else {
                        LetterReport report = linter.lint(source, setup.optionsFor(source, options, cmd));
                        out.print(Fixer.applySafe(source.text(), report.findings(), linter.rules()::about, linter.rules().proofreader()).text());
                    }
                    continue;
                }
                if (dryRun) {
                    fix(Path.of(file), file, reader, linter, options, cmd, out);
                    continue;
                }
                // Read, fix and write under the lock, so a second run waits and then fixes what this one wrote.
                try (LetterLock lock = LetterLock.acquire(realPath(file))) {
                    Fixed fixed = fix(Path.of(file), file, reader, linter, options, cmd, out);
                    if (fixed.count() == 0) {
                        out.println(SafeText.line(file) + ": no fixes to apply");
                        continue;
                    }
                    // Checked before the backup: a letter that cannot be rewritten safely is left alone.
                    SafeWriter.Target target = writer.checkLetter(Path.of(file));
                    Path backup = noBackup ? null : Backups.keep(target.path());
                    writer.rewrite(target, fixed.bytes());
                    out.println(SafeText.line(file) + ": " + fixes(fixed.count()) + " applied"
                            + (backup == null ? "" : " (original kept as " + SafeText.line(shown(file, backup)) + ")"));
                }
            } catch (InputException e) {
                err.println("letterlint: " + SafeText.line(e.getMessage()));
                exit = ExitCodes.USAGE_OR_INPUT;
            } catch (WriteRefused e) {
                err.println("letterlint: " + SafeText.line(e.getMessage()) + "; the letter is unchanged");
                exit = ExitCodes.USAGE_OR_INPUT;
            } catch (IOException e) {
                err.println("letterlint: " + SafeText.line(file) + ": cannot write (" + SafeText.line(String.valueOf(e.getMessage()))
                        + "); the original is unchanged");
                exit = ExitCodes.USAGE_OR_INPUT;
            }
        }
        out.flush();
        return exit;
    }

    /** A letter's fixed bytes in its own encoding, and how many rewrites made them. */
    private record Fixed(int count, byte[] bytes) {
    }

    /** Lints and fixes one letter, listing each rewrite; on a dry run also prints the total. */
    private Fixed fix(Path path, String name, SourceReader reader, Linter linter, LintOptions options, CommandLine cmd, PrintWriter out)
            throws InputException {
        LetterSource read = reader.read(path);
        return fix(new LetterSource(name, read.text(), read.encoding(), read.warnings(), read.bom()), name, linter, options, cmd, out);
    }

    private Fixed fix(LetterSource source, String name, Linter linter, LintOptions options, CommandLine cmd, PrintWriter out)
            throws InputException {
        LetterReport report = linter.lint(source, setup.optionsFor(source, options, cmd));
        Fixer.Result fixed = Fixer.applySafe(source.text(), report.findings(), linter.rules()::about, linter.rules().proofreader());
        for (Finding f : fixed.applied()) {
            var at = report.lines().position(f.start());
            String to = f.suggestions().get(0).isEmpty() ? "(deleted)" : "'" + f.suggestions().get(0) + "'";
            out.println(SafeText.line(name + ":" + at.line() + ":" + at.column() + "  '" + f.text() + "' \u2192 " + to + "  [" + f.rule() + "]"));
        }
        for (Fixer.Refusal r : fixed.refused()) {
            Finding f = r.finding();
            var at = report.lines().position(f.start());
            out.println(SafeText.line(name + ":" + at.line() + ":" + at.column() + "  '" + f.text() + "' \u2192 '" + f.suggestions().get(0)
                    + "' not applied: the sentence would read wrongly (" + String.join(", ", r.problems()) + ")  [" + f.rule() + "]"));
        }
        if (dryRun) {
            out.println(SafeText.line(name) + ": " + fixes(fixed.applied().size()) + " would be applied");
            return new Fixed(fixed.applied().size(), null);
        }
        return new Fixed(fixed.applied().size(), fixed.applied().isEmpty() ? null : source.encode(fixed.text()));
    }

    /** The letter's real path, symlinks resolved, so every name of it shares one lock; reading reports a missing file. */
    private static Path realPath(String file) throws InputException {
        try {
            return Path.of(file).toRealPath();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new InputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The backup's name as the user would write it: beside the letter as given, unless a symlink led elsewhere. */
    private static String shown(String file, Path backup) {
        Path given = Path.of(file);
        Path sibling = given.resolveSibling(backup.getFileName());
        try {
            if (Files.exists(sibling) && Files.isSameFile(sibling, backup)) {
                return sibling.toString();
            }
        } catch (IOException e) {
            // Fall through to the full path.
        }
        return backup.toString();
    }

    private static String fixes(int n) {
        return n + (n == 1 ? " fix" : " fixes");
    }
}
