package org.letterlint.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.letterlint.engine.RuleSet;
import org.letterlint.rules.RuleInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `letterlint explain RULE`: why a rule matters, an example, and the rewrite. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Explain a rule: why it matters, an example it flags and a better way to say it.",
        footerHeading = "%nExamples:%n",
        footer = {"  letterlint explain acronym.undefined", "  letterlint explain jargon.in-due-course"})
public final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RULE", description = "A rule id, as shown by 'letterlint rules' and in findings.", completionCandidates = RuleIdCandidates.class)
    String id;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // Only LanguageTool's own rules need LanguageTool loaded (a few seconds).
        // (and the rules that run with it: British spelling, the note where it stopped reading).
        boolean languageTool = RuleSet.onlyWithGrammar(id);
        RuleSet rules = RuleSet.standard(org.letterlint.letter.Elements.bundled(), org.letterlint.engine.Customisation.NONE, languageTool);
        RuleInfo info = rules.info(id);
        if (info == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown rule '" + id + "'"
                    + EditDistance.hint(id, rules.infos().stream().map(RuleInfo::id).toList(), Math.max(3, id.length() / 4))
                    + ". See 'letterlint rules'.");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(info.id() + "  (" + info.category().id() + ", " + info.severity().id() + " by default)");
        out.println();
        out.println(info.summary());
        out.println();
        out.println("Why it matters:");
        out.println("  " + info.explanation());
        out.println();
        out.println("Example:");
        out.println("  " + info.example());
        out.println("Better:");
        out.println("  " + info.rewrite());
        out.println();
        out.println(info.fixable() ? "'letterlint fix' applies the rewrite where the sentence still reads correctly."
                : "'letterlint fix' leaves this to you: the rewrite needs the author's judgement.");
        out.flush();
        return ExitCodes.CLEAN;
    }
}
