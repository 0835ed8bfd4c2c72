package org.letterlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.letterlint.cli.config.Config;
import org.letterlint.cli.files.SafeWriter;
import org.letterlint.cli.files.WriteRefused;
import org.letterlint.cli.report.CheckstyleReporter;
import org.letterlint.cli.report.CompactReporter;
import org.letterlint.cli.report.GithubReporter;
import org.letterlint.cli.report.InputError;
import org.letterlint.cli.report.JUnitReporter;
import org.letterlint.cli.report.JsonReporter;
import org.letterlint.cli.report.Reporter;
import org.letterlint.cli.report.LocatedReport;
import org.letterlint.cli.report.RunSummary;
import org.letterlint.cli.report.SafeText;
import org.letterlint.cli.report.SarifReporter;
import org.letterlint.cli.report.Terminal;
import org.letterlint.cli.report.TextReporter;
import org.letterlint.engine.LetterReport;
import org.letterlint.engine.LintOptions;
import org.letterlint.engine.Linter;
import org.letterlint.rules.Severity;
import org.letterlint.source.InputException;
import org.letterlint.source.LetterSource;
import org.letterlint.source.SourceReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `letterlint check`: lints letters and reports what it found. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Check letters and print findings, what each letter is missing, and its readability.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  letterlint check draft.txt",
            "  letterlint check --type outcome --scheme police draft.md",
            "  letterlint check templates/                      every .txt and .md below templates/",
            "  letterlint check --format sarif --output letterlint.sarif templates/",
            "  letterlint check --baseline .letterlint-baseline.json --write-baseline templates/",
            "  letterlint check --format json - < draft.txt"})
public final class CheckCommand implements Callable<Integer> {
    /** The output formats `check` can write. */
    public enum Format { text, compact, json, sarif, junit, github, checkstyle }

    /** When to colour the text report. */
    public enum ColorMode { auto, always, never }

    /** The lowest severity to show. */
    public enum Level {
        info, warning, error;

        Severity severity() {
            return Severity.fromId(name());
        }
    }

    /** Which findings make the exit code 1. */
    public enum FailOn { error, warning, never }

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Letters to check: files (.txt, .md), folders (searched recursively), globs, or '-' for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (atomically) instead of standard output ('-' is standard output).")
    Path output;

    @Option(names = "--force", description = "Replace a read-only --output or baseline file.")
    boolean force;

    @CommandLine.Mixin
    LintSetup setup = new LintSetup();

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "The name to give the letter read from standard input ('-'), in reports and for the config's types globs.")
    String stdinFilename;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above this level: ${COMPLETION-CANDIDATES} (default: from the config, else error).")
    FailOn failOn;

    @Option(names = "--include", paramLabel = "GLOB", converter = GlobConverter.class, description = "When walking folders, check only files matching GLOB (repeatable; default: *.txt, *.md).")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", converter = GlobConverter.class, description = "Skip files and folders matching GLOB (repeatable).")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "FILE", description = "Report and fail only on findings not recorded in FILE.")
    Path baseline;

    @Option(names = "--write-baseline", description = "Record this run's findings in the --baseline file, and exit 0.")
    boolean writeBaseline;

    @Option(names = "--color", paramLabel = "WHEN",
            description = "Colour the text report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; auto honours NO_COLOR and pipes).")
    ColorMode color = ColorMode.auto;

    @Option(names = "--no-color", description = "Same as --color=never.")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, description = "Show errors only (as --min-severity error), with no progress bar and no warnings on stderr.")
    boolean quiet;

    @Option(names = "--min-severity", paramLabel = "LEVEL",
            description = "Show only findings at or above LEVEL: ${COMPLETION-CANDIDATES} (default: info, everything).")
    Level minSeverity;

    @Option(names = "--max-warnings", paramLabel = "N",
            description = "Also exit 1 when more than N warnings are shown (as ESLint's --max-warnings).")
    Integer maxWarnings;

    @Option(names = "--hide-style", description = "Hide style notes (passive voice, wordy phrases); they then do not count for the exit code.")
    boolean hideStyle;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Letters to check at once (default: the number of processors, ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--print-config", description = "Print the configuration this run would use, and where each value came from; check nothing.")
    boolean printConfig;

    @Option(names = "--debug", description = "Show stack traces for unexpected errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (debug) {
            System.setProperty("letterlint.debug", "true");
        }
        Linter.preload();
        PrintWriter err = spec.commandLine().getErr();
        if (writeBaseline && baseline == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--write-baseline needs --baseline FILE");
        }
        CommandLine cmd = spec.commandLine();
        Config settings = setup.config(cmd);
        if (printConfig) {
            EffectiveConfig.print(settings, setup, failOn, include, exclude, cmd.getOut());
            return ExitCodes.CLEAN;
        }
        List<String> includes = concat(settings.include(), include);
        InputCollector collector = new InputCollector(includes, concat(settings.exclude(), exclude));
        List<String> inputs = collector.collect(paths);
        if (output != null && SafeWriter.meansStandardOutput(output.toString())) {
            output = null;
        }
        SafeWriter writer = new SafeWriter(protectedFiles(inputs, settings), force);
        List<InputError> empty = new ArrayList<>();
        for (String nothing : collector.empty()) {
            empty.add(new InputError(nothing, nothing + ": no letters found (looked for "
                    + String.join(", ", includes.isEmpty() ? InputCollector.DEFAULT_INCLUDE : includes) + ")"));
        }
        empty.addAll(collector.problems());
        empty.forEach(e -> err.println("letterlint: " + SafeText.line(e.message())));
        if (!quiet) {
            collector.notes().forEach(note -> err.println("letterlint: note: " + SafeText.line(note)));
        }
        Linter linter = setup.linter(cmd);
        LintOptions options = setup.options(cmd);
        Severity threshold = threshold(settings);
        Baseline known = readBaseline();
        FindingFilter shown = new FindingFilter(quiet ? Severity.ERROR : minSeverity != null ? minSeverity.severity() : Severity.INFO, hideStyle);
        List<LetterReport> toRecord = new ArrayList<>();
        RunSummary summary = new RunSummary();
        Progress progress = Progress.create(err, inputs.size(), quiet);
        SourceReader reader = new SourceReader();
        int workers = setup.cappedJobs(jobs, inputs.size(), err, quiet);
        writeReport(reporter(threshold), linter, writer, out -> {
            new BatchRunner(workers).run(inputs, input -> lint(input, reader, linter, options, cmd), outcome -> {
                progress.step();
                if (outcome.error() != null) {
                    progress.println("letterlint: " + SafeText.line(outcome.error().message()));
                    summary.addError(outcome.error());
                    return;
                }
                LetterReport report = outcome.report();
                if (!quiet) {
                    report.source().warnings().forEach(w -> progress.println("letterlint: warning: " + SafeText.line(w)));
                }
                if (writeBaseline) {
                    toRecord.add(report);
                } else if (known != null) {
                    int[] removed = {0};
                    report = known.filter(report, removed);
                    summary.addBaselined(removed[0]);
                }
                report = shown.apply(report);
                summary.add(report);
                out.letter(LocatedReport.of(report));
            });
            progress.finish();
            empty.forEach(summary::addError);
            return summary;
        });
        if (writeBaseline) {
            recordBaseline(toRecord, writer);
            return summary.errors().isEmpty() ? ExitCodes.CLEAN : ExitCodes.USAGE_OR_INPUT;
        }
        return exitCode(summary, threshold);
    }

    /** One input's outcome: its report, or why it could not be read. */
    private record Outcome(LetterReport report, InputError error) {
    }

    private Outcome lint(String input, SourceReader reader, Linter linter, LintOptions options, CommandLine cmd) {
        LetterSource source;
        try {
            source = input.equals("-") ? reader.read(stdinFilename != null ? stdinFilename : "-", System.in) : reader.read(Path.of(input));
        } catch (InputException e) {
            return new Outcome(null, new InputError(input, e.getMessage()));
        } catch (java.nio.file.InvalidPathException e) {
            return new Outcome(null, new InputError(input, input + ": not a valid path"));
        }
        return new Outcome(linter.lint(source, setup.optionsFor(source, options, cmd)), null);
    }

    /** The baseline to filter against, or null for none (or when writing one). */
    private Baseline readBaseline() {
        if (baseline == null || writeBaseline) {
            return null;
        }
        if (!java.nio.file.Files.exists(baseline)) {
            throw new CommandLine.ParameterException(spec.commandLine(), baseline + ": no such baseline file (create it with --write-baseline)");
        }
        try {
            return Baseline.read(baseline);
        } catch (IOException e) {
            // The reader's message already names the file, line and column.
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** What this run reads, which no output of it may replace: the letters, the config, the baseline. */
    private List<Path> protectedFiles(List<String> inputs, Config settings) {
        List<Path> files = new ArrayList<>();
        for (String input : inputs) {
            if (!input.equals("-")) {
                try {
                    files.add(Path.of(input));
                } catch (java.nio.file.InvalidPathException e) {
                    // Reported when it is read.
                }
            }
        }
        if (settings.file() != null) {
            files.add(settings.file());
        }
        if (baseline != null && !writeBaseline) {
            files.add(baseline);
        }
        return files;
    }

    private void recordBaseline(List<LetterReport> reports, SafeWriter writer) {
        try {
            Baseline.of(reports).write(baseline, writer);
            spec.commandLine().getErr().println("letterlint: recorded " + reports.stream().mapToInt(r -> r.findings().size()).sum()
                    + " findings in " + SafeText.line(baseline.toString()));
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), baseline + ": " + e.getMessage());
        }
    }

    private Reporter reporter(Severity threshold) {
        return switch (format) {
            case json -> new JsonReporter(VersionProvider.version());
            case sarif -> new SarifReporter(VersionProvider.version());
            case junit -> new JUnitReporter(threshold);
            case github -> new GithubReporter();
            case checkstyle -> new CheckstyleReporter();
            case compact -> new CompactReporter();
            case text -> new TextReporter(output != null ? Terminal.plain() : Terminal.colour(noColor ? ColorMode.never.name() : color.name()));
        };
    }

    /** Hands a run's letters to a reporter as they come. */
    interface ReportSink {
        void letter(LocatedReport letter);
    }

    /** Streams the report to stdout, or atomically to the --output file; {@code run} lints and returns the totals. */
    private void writeReport(Reporter reporter, Linter linter, SafeWriter writer, java.util.function.Function<ReportSink, RunSummary> run) {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            RunSummary summary = run.apply(letter -> reporter.letter(letter, out));
            reporter.end(summary, linter.rules(), out);
            out.flush();
            return;
        }
        try {
            writer.write(output, text -> {
                PrintWriter out = new PrintWriter(text);
                RunSummary summary = run.apply(letter -> reporter.letter(letter, out));
                reporter.end(summary, linter.rules(), out);
                out.flush();
                if (out.checkError()) {
                    throw new IOException("write failed");
                }
            });
        } catch (WriteRefused e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), output + ": cannot write the report (" + e.getMessage() + ")");
        }
    }

    /** The lowest severity that fails the run, or null for never. */
    private Severity threshold(Config settings) {
        FailOn level = failOn != null ? failOn : settings.failOn() != null ? FailOn.valueOf(settings.failOn()) : FailOn.error;
        return switch (level) {
            case error -> Severity.ERROR;
            case warning -> Severity.WARNING;
            case never -> null;
        };
    }

    private int exitCode(RunSummary result, Severity threshold) {
        int exit = exitCode(result, threshold, maxWarnings);
        if (exit == ExitCodes.FINDINGS && maxWarnings != null && result.count(Severity.WARNING) > maxWarnings) {
            spec.commandLine().getErr().println("letterlint: " + result.count(Severity.WARNING) + " warnings, more than --max-warnings " + maxWarnings);
        }
        return exit;
    }

    static int exitCode(RunSummary result, Severity threshold, Integer maxWarnings) {
        if (!result.errors().isEmpty()) {
            return ExitCodes.USAGE_OR_INPUT;
        }
        if (maxWarnings != null && result.count(Severity.WARNING) > maxWarnings) {
            return ExitCodes.FINDINGS;
        }
        if (threshold == null) {
            return ExitCodes.CLEAN;
        }
        return result.hasFindingAtLeast(threshold) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    /** Checks an --include or --exclude glob when the option is read, so a bad one is a usage error in one line. */
    static final class GlobConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                org.letterlint.cli.config.Glob.compile(value);
                return value;
            } catch (org.letterlint.cli.config.Glob.BadGlob e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
