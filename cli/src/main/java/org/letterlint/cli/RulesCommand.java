package org.letterlint.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.letterlint.engine.RuleSet;
import org.letterlint.rules.Category;
import org.letterlint.rules.RuleInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `letterlint rules`: lists every rule with its category, severity and a one-line description. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List every rule with its category, default severity and what it flags.",
        footerHeading = "%nExamples:%n",
        footer = {"  letterlint rules", "  letterlint rules --category defensive"})
public final class RulesCommand implements Callable<Integer> {
    @Option(names = "--category", paramLabel = "CATEGORY", description = "Only rules of this category (jargon, acronym, defensive, ...).")
    String category;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Category only = null;
        if (category != null) {
            try {
                only = Category.fromId(category);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        RuleSet rules = RuleSet.standard(org.letterlint.letter.Elements.bundled(), org.letterlint.engine.Customisation.NONE, true);
        int width = rules.infos().stream().mapToInt(i -> i.id().length()).max().orElse(10);
        for (RuleInfo info : rules.infos()) {
            if (only == null || info.category() == only) {
                out.printf("%-" + width + "s  %-15s  %-7s  %s%n", info.id(), info.category().id(), info.severity().id(), info.summary());
            }
        }
        out.flush();
        return ExitCodes.CLEAN;
    }
}
