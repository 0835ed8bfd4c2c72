package org.letterlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.letterlint.engine.LetterReport;
import org.letterlint.engine.LintOptions;
import org.letterlint.engine.Linter;
import org.letterlint.fix.Fixer;
import org.letterlint.rules.Finding;
import org.letterlint.source.InputException;
import org.letterlint.source.LetterSource;
import org.letterlint.source.SourceReader;
import org.letterlint.text.EnglishNlp;
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
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Letters to fix; '-' reads standard input and prints the result.")
    List<String> files = new ArrayList<>();

    @Option(names = "--dry-run", description = "List the changes without writing anything.")
    boolean dryRun;

    @Option(names = "--no-backup", description = "Do not keep the original as FILE.orig.")
    boolean noBackup;

    @CommandLine.Mixin
    LintSetup setup = new LintSetup();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        EnglishNlp.preload();
        CommandLine cmd = spec.commandLine();
        PrintWriter out = cmd.getOut();
        PrintWriter err = cmd.getErr();
        Linter linter = setup.linter(cmd);
        LintOptions options = setup.options(cmd);
        SourceReader reader = new SourceReader();
        int exit = ExitCodes.CLEAN;
        for (String file : files) {
            try {
                LetterSource source = file.equals("-") ? reader.read("-", System.in) : reader.read(Path.of(file));
                LetterReport report = linter.lint(source, setup.optionsFor(source, options, cmd));
                Fixer.Result fixed = Fixer.applySafe(source.text(), report.findings());
                if (file.equals("-")) {
                    out.print(fixed.text());
                    continue;
                }
                for (Finding f : fixed.applied()) {
                    var at = report.lines().position(f.start());
                    String to = f.suggestions().get(0).isEmpty() ? "(deleted)" : "'" + f.suggestions().get(0) + "'";
                    out.println(file + ":" + at.line() + ":" + at.column() + "  '" + f.text() + "' \u2192 " + to + "  [" + f.rule() + "]");
                }
                if (!dryRun && !fixed.applied().isEmpty()) {
                    write(Path.of(file), source, fixed.text());
                }
                out.println(file + ": " + fixed.applied().size() + (fixed.applied().size() == 1 ? " fix" : " fixes")
                        + (dryRun ? " would be applied" : " applied") + (dryRun || noBackup || fixed.applied().isEmpty() ? "" : " (original kept as " + file + ".orig)"));
            } catch (InputException e) {
                err.println("letterlint: " + e.getMessage());
                exit = ExitCodes.USAGE_OR_INPUT;
            } catch (IOException e) {
                err.println("letterlint: " + file + ": cannot write (" + e.getMessage() + "); the original is unchanged");
                exit = ExitCodes.USAGE_OR_INPUT;
            }
        }
        out.flush();
        return exit;
    }

    private void write(Path path, LetterSource source, String text) throws IOException, InputException {
        byte[] bytes = source.encode(text);
        if (!noBackup) {
            Files.copy(path, path.resolveSibling(path.getFileName() + ".orig"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.COPY_ATTRIBUTES);
        }
        AtomicFiles.write(path, bytes);
    }
}
