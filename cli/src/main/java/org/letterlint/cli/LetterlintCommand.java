package org.letterlint.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; the work is done by its subcommands. */
@Command(name = "letterlint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Checks complaint-response letters for jargon, unexplained acronyms, defensive phrasing,",
            "missing acknowledgements and hard-to-read sentences, and suggests plainer wording.",
            "Letters never leave this computer: letterlint makes no network connections."},
        subcommands = {CheckCommand.class, FixCommand.class, RulesCommand.class, ExplainCommand.class, InitCommand.class, AutoComplete.GenerateCompletion.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  letterlint check draft.txt               Check a draft letter",
            "  letterlint check --type outcome draft.md Check it as an outcome letter",
            "  cat draft.txt | letterlint check -       Check standard input",
            "  letterlint check --format json a.txt     Machine-readable output",
            "  letterlint fix --dry-run draft.txt       Show the safe rewrites letterlint can make",
            "  letterlint rules                         List every rule",
            "  letterlint explain jargon.in-due-course  Why a rule matters, with an example",
            "",
            "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error, 3 unexpected error."},
        exitCodeOnInvalidInput = ExitCodes.USAGE_OR_INPUT,
        exitCodeOnExecutionException = ExitCodes.UNEXPECTED)
public final class LetterlintCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'letterlint check FILE' or 'letterlint --help'");
    }

    /** The configured command line, shared by Main and the tests. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new LetterlintCommand());
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> unexpected(e, commandLine.getErr()));
        // A usage error is one line and a hint, not the whole help text.
        cmd.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            String hint = "";
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
                // picocli knows the near names of commands and options; say the likeliest, as git does.
                hint = " (did you mean '" + unmatched.getSuggestions().get(0) + "'?)";
            }
            failed.getErr().println("letterlint: " + org.letterlint.cli.report.SafeText.line(oneLine(e) + hint));
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
            failed.getErr().flush();
            return ExitCodes.USAGE_OR_INPUT;
        });
        cmd.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        return cmd;
    }

    /**
     * An error letterlint did not foresee: one line and exit 3, so CI never reads it as findings (1)
     * or as the user's mistake (2); the stack trace only with --debug.
     */
    static int unexpected(Throwable e, java.io.PrintWriter err) {
        String what = e instanceof OutOfMemoryError ? "out of memory (try fewer --jobs, or more memory with LETTERLINT_JAVA_OPTS=-Xmx2g)"
                : e.getClass().getSimpleName() + ": " + oneLine(e);
        err.println("letterlint: unexpected error: " + org.letterlint.cli.report.SafeText.line(what)
                + (Boolean.getBoolean("letterlint.debug") ? "" : " (run with --debug for details)"));
        if (Boolean.getBoolean("letterlint.debug")) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.UNEXPECTED;
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
