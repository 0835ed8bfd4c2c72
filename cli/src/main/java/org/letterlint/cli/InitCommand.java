package org.letterlint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `letterlint init`: writes a commented starter .letterlint.yml. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write a commented starter .letterlint.yml in the current folder.",
        footerHeading = "%nExamples:%n",
        footer = {"  letterlint init", "  letterlint init --force      overwrite an existing file"})
public final class InitCommand implements Callable<Integer> {
    static final String STARTER = """
            # letterlint configuration. Every key is optional; delete what you do not need.
            # Docs: README.md ("Configuration"). Unknown keys are errors, so typos are caught.

            # Exit with 1 when a finding is at or above this level: error, warning or never.
            fail-on: error

            # The complaint scheme letters answer to: generic, police, housing, council, nhs, scotland,
            # or the path of your own scheme file (copy one from letterlint's wordlists/schemes/).
            scheme: generic

            # The letter type by path glob, relative to this file (first match wins); other letters
            # have their type detected from the text.
            types:
              "templates/acknowledgement/**": acknowledgement
              "templates/update/**": update
              "templates/outcome/**": outcome

            # Switch rules off or change their severity (off, error, warning, info), by id or glob.
            # 'letterlint rules' lists the ids.
            rules:
              style.passive-voice: off
              # jargon.escalate: off
              # "readability.*": warning

            # Your organisation's own word lists, relative to this file (same formats as letterlint's wordlists/).
            # wordlists:
            #   jargon: [letterlint/our-jargon.tsv]          # phrase<TAB>plain|alternatives<TAB>why
            #   acronyms: [letterlint/our-acronyms.tsv]      # ACRONYM<TAB>expansion
            #   accepted-words: [letterlint/our-words.txt]   # one a line: names and terms never flagged

            # Extra template placeholder patterns (regular expressions), beyond {{x}}, [X], «x», ${x}, <<x>>.
            # placeholders:
            #   - '%%[A-Z_]+%%'

            # Sentence length limits (words): warning above the first, error above the second.
            readability:
              long-sentence-warning: 25
              long-sentence-error: 35

            # Which files a folder walk checks, and what it skips (globs).
            include: ["**.txt", "**.md"]
            exclude: ["drafts/**"]
            """;

    @Option(names = "--force", description = "Overwrite an existing .letterlint.yml.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path file = Path.of(".letterlint.yml");
        if (Files.exists(file) && !force) {
            throw new CommandLine.ParameterException(spec.commandLine(), file + " already exists; use --force to overwrite it");
        }
        new org.letterlint.cli.files.SafeWriter(java.util.List.of(), force).write(file, STARTER);
        spec.commandLine().getOut().println("Wrote " + file.toAbsolutePath() + ". Edit it, then run: letterlint check .");
        spec.commandLine().getOut().flush();
        return ExitCodes.CLEAN;
    }
}
