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
    @Option(names = "--category", paramLabel = "CATEGORY", description = "Only rules of this category: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Categories.class)
    String category;

    @Option(names = "--ids", description = "Only the rule ids, one a line (for scripts and configs).")
    boolean idsOnly;

    /** The category ids, for --help and shell completion. */
    static final class Categories implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Category.values()).map(Category::id).iterator();
        }
    }

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
        java.util.List<RuleInfo> shown = new java.util.ArrayList<>();
        for (RuleInfo info : rules.infos()) {
            if (only == null || info.category() == only) {
                shown.add(info);
            }
        }
        if (idsOnly) {
            shown.forEach(info -> out.println(info.id()));
            out.flush();
            return ExitCodes.CLEAN;
        }
        // A table that fits the terminal: id, category and severity columns, the summary wrapped beside them.
        int idWidth = shown.stream().mapToInt(i -> i.id().length()).max().orElse(10);
        int categoryWidth = Math.max("CATEGORY".length(), shown.stream().mapToInt(i -> i.category().id().length()).max().orElse(8));
        String head = "%-" + idWidth + "s  %-" + categoryWidth + "s  %-7s  ";
        int summaryAt = idWidth + categoryWidth + 13;
        int width = org.letterlint.cli.report.TextWidth.fromEnvironment();
        if (width - summaryAt < 30) {
            // Too narrow for columns (LanguageTool's ids are long): each rule's id, then what it is, indented.
            for (RuleInfo info : shown) {
                out.println(info.id());
                org.letterlint.cli.report.TextWidth.wrap("    " + info.category().id() + ", " + info.severity().id() + ": " + info.summary(), width, "    ")
                        .forEach(out::println);
            }
        } else {
            out.println(String.format(java.util.Locale.ROOT, head, "RULE", "CATEGORY", "LEVEL") + "WHAT IT FLAGS");
            for (RuleInfo info : shown) {
                java.util.List<String> lines = org.letterlint.cli.report.TextWidth.wrap(info.summary(), width - summaryAt, "");
                out.println(String.format(java.util.Locale.ROOT, head, info.id(), info.category().id(), info.severity().id()) + lines.get(0));
                lines.subList(1, lines.size()).forEach(line -> out.println(" ".repeat(summaryAt) + line));
            }
        }
        out.flush();
        return ExitCodes.CLEAN;
    }
}
