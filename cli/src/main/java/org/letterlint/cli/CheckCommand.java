package org.letterlint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.letterlint.cli.report.InputError;
import org.letterlint.cli.report.JsonReporter;
import org.letterlint.cli.report.Reporter;
import org.letterlint.cli.report.RunResult;
import org.letterlint.cli.report.Terminal;
import org.letterlint.cli.report.TextReporter;
import org.letterlint.engine.LetterReport;
import org.letterlint.engine.LintOptions;
import org.letterlint.engine.Linter;
import org.letterlint.letter.LetterType;
import org.letterlint.letter.Scheme;
import org.letterlint.letter.TypeSource;
import org.letterlint.rules.Severity;
import org.letterlint.source.InputException;
import org.letterlint.source.LetterSource;
import org.letterlint.source.SourceReader;
import org.letterlint.text.EnglishNlp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `letterlint check`: lints letters and reports what it found. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Check letters and print findings, readability and what is missing.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  letterlint check draft.txt",
            "  letterlint check --type outcome --fail-on warning letters/*.txt",
            "  letterlint check --format json - < draft.txt"})
public final class CheckCommand implements Callable<Integer> {
    /** The output formats `check` can write. */
    public enum Format { text, json }

    /** When to colour the text report. */
    public enum ColorMode { auto, always, never }

    /** Which findings make the exit code 1. */
    public enum FailOn { error, warning, never }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Letters to check (.txt or .md); '-' reads standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--type", paramLabel = "TYPE", converter = LetterTypeConverter.class,
            description = "Letter type: acknowledgement, update or outcome (default: detected from the text).")
    LetterType type;

    @Option(names = "--scheme", paramLabel = "SCHEME",
            description = "Complaint scheme whose review body and time limits the letter must give: generic, police, housing, "
                    + "council, nhs, scotland, or the path of a scheme file (default: ${DEFAULT-VALUE}).")
    String scheme = "generic";

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above this level: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn = FailOn.error;

    @Option(names = "--color", paramLabel = "WHEN",
            description = "Colour the text report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; auto honours NO_COLOR and pipes).")
    ColorMode color = ColorMode.auto;

    @Option(names = "--no-color", description = "Same as --color=never.")
    boolean noColor;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Letters to check at once (default: the number of processors, ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--debug", description = "Show stack traces for unexpected errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (debug) {
            System.setProperty("letterlint.debug", "true");
        }
        EnglishNlp.preload();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SourceReader reader = new SourceReader();
        List<LetterSource> sources = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (String path : paths) {
            try {
                sources.add(path.equals("-") ? reader.read("-", System.in) : reader.read(Path.of(path)));
            } catch (InputException e) {
                errors.add(new InputError(path, e.getMessage()));
            } catch (java.nio.file.InvalidPathException e) {
                errors.add(new InputError(path, path + ": not a valid path"));
            }
        }
        for (InputError error : errors) {
            err.println("letterlint: " + error.message());
        }
        for (LetterSource source : sources) {
            source.warnings().forEach(w -> err.println("letterlint: warning: " + w));
        }
        Linter linter = Linter.standard();
        LintOptions options = LintOptions.DEFAULTS.withScheme(loadScheme());
        if (type != null) {
            options = options.withType(type, TypeSource.OPTION);
        }
        List<LetterReport> reports = new BatchRunner(jobs).lintAll(linter, sources, options);
        RunResult result = new RunResult(reports, errors);
        reporter().write(result, linter.rules(), out);
        out.flush();
        err.flush();
        return exitCode(result);
    }

    private Scheme loadScheme() {
        try {
            return Scheme.load(scheme);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private Reporter reporter() {
        return switch (format) {
            case json -> new JsonReporter(VersionProvider.version());
            case text -> new TextReporter(Terminal.colour(noColor ? ColorMode.never.name() : color.name()));
        };
    }

    int exitCode(RunResult result) {
        if (!result.errors().isEmpty()) {
            return ExitCodes.USAGE_OR_INPUT;
        }
        if (failOn == FailOn.never) {
            return ExitCodes.CLEAN;
        }
        Severity threshold = failOn == FailOn.warning ? Severity.WARNING : Severity.ERROR;
        return result.reports().stream().anyMatch(r -> r.hasFindingAtLeast(threshold)) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    /** Reads --type values case-insensitively, with a clear message for a wrong one. */
    static final class LetterTypeConverter implements CommandLine.ITypeConverter<LetterType> {
        @Override
        public LetterType convert(String value) {
            try {
                return LetterType.fromId(value.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
