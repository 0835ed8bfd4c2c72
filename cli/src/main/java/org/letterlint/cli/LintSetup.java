package org.letterlint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.letterlint.cli.config.Config;
import org.letterlint.cli.config.ConfigException;
import org.letterlint.cli.config.ConfigLoader;
import org.letterlint.engine.LintOptions;
import org.letterlint.engine.Linter;
import org.letterlint.engine.RuleOverrides;
import org.letterlint.letter.LetterType;
import org.letterlint.letter.Scheme;
import org.letterlint.letter.TypeSource;
import org.letterlint.source.LetterSource;
import org.letterlint.wordlist.WordlistException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that decide how letters are linted, shared by `check` and `fix`: the config file,
 * letter type, complaint scheme and grammar. Command-line options win over the config.
 */
public final class LintSetup {
    @Option(names = "--type", paramLabel = "TYPE", converter = LetterTypeConverter.class,
            description = "Letter type: acknowledgement, update or outcome (default: from the config's types, else detected).")
    LetterType type;

    @Option(names = "--scheme", paramLabel = "SCHEME",
            description = "Complaint scheme whose review body and time limits the letter must give: generic, police, housing, "
                    + "council, nhs, scotland, or the path of a scheme file (default: from the config, else generic).",
            completionCandidates = SchemeNames.class)
    String scheme;

    /** The bundled scheme names, for shell completion. */
    static final class SchemeNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Scheme.BUNDLED.iterator();
        }
    }

    @Option(names = "--no-grammar", description = "Skip the grammar and spelling checks (LanguageTool is then not even loaded).")
    boolean noGrammar;

    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: the nearest .letterlint.yml at or above the working folder).")
    Path config;

    @Option(names = "--no-config", description = "Ignore any .letterlint.yml.")
    boolean noConfig;

    @Option(names = "--allow-outside-paths",
            description = "Let the config's wordlists and scheme file lie outside the config file's folder (by default they must be "
                    + "inside it, so a config that came with a checked-out branch cannot make letterlint read other files).")
    boolean allowOutsidePaths;

    private Config loaded;

    /** The config in force: the --config file, the nearest .letterlint.yml, or none. */
    Config config(CommandLine cmd) {
        if (loaded != null) {
            return loaded;
        }
        Path file = noConfig ? null : config != null ? config : ConfigLoader.find(Path.of(""));
        if (file == null) {
            loaded = Config.NONE;
            return loaded;
        }
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(cmd, file + ": no such config file");
        }
        try {
            loaded = ConfigLoader.load(file, allowOutsidePaths);
        } catch (ConfigException e) {
            throw new CommandLine.ParameterException(cmd, e.getMessage());
        }
        return loaded;
    }

    Linter linter(CommandLine cmd) {
        Config settings = config(cmd);
        try {
            boolean grammar = !noGrammar && (settings.grammar() == null || settings.grammar());
            Linter linter = Linter.standard(settings.customisation(), grammar);
            checkRuleIds(settings, linter.rules(), grammar, cmd);
            return linter;
        } catch (WordlistException e) {
            throw new CommandLine.ParameterException(cmd, e.getMessage());
        }
    }

    /**
     * Every id or glob under the config's {@code rules:} must name a rule: a typo would otherwise
     * switch nothing off, silently. LanguageTool's ids can only be checked when it is loaded.
     */
    private static void checkRuleIds(Config settings, org.letterlint.engine.RuleSet rules, boolean grammar, CommandLine cmd) {
        if (settings.rules().isEmpty()) {
            return;
        }
        java.util.List<String> ids = rules.infos().stream().map(org.letterlint.rules.RuleInfo::id).toList();
        for (String key : settings.rules().keySet()) {
            java.util.regex.Pattern glob = java.util.regex.Pattern.compile(
                    java.util.Arrays.stream(key.split("\\*", -1)).map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining(".*")));
            if (ids.stream().anyMatch(id -> glob.matcher(id).matches())) {
                continue;
            }
            if (!grammar && org.letterlint.engine.RuleSet.onlyWithGrammar(key)) {
                continue; // LanguageTool's rules are not loaded with grammar off
            }
            Integer line = settings.ruleLines().get(key);
            throw new CommandLine.ParameterException(cmd, org.letterlint.cli.report.SafeText.line(settings.file() + (line != null && line > 0 ? ":" + line : "")
                    + ": rules: '" + key + "' " + (key.contains("*") ? "matches no rule" : "is not a rule")
                    + EditDistance.hint(key, ids, Math.max(3, key.length() / 4))
                    + " (see 'letterlint rules --ids')"));
        }
    }

    /**
     * Heap one more worker needs. Measured on 88 example letters with grammar (peak resident memory,
     * GNU time): 350 MiB with -j 1, 368 MiB with -j 4, 375 MiB with -j 8, so about 4 MiB a worker
     * (LanguageTool's dictionaries and rules are shared; each worker holds its own rule state and
     * the letter in hand). The figures keep a wide margin for letters far longer than the examples.
     */
    static final long GRAMMAR_WORKER_BYTES = 32L << 20;
    static final long WORKER_BYTES = 16L << 20;
    /** Heap the run needs whatever the number of workers: OpenNLP's models, wordlists and rules, and LanguageTool's dictionaries. */
    static final long BASE_BYTES = 160L << 20;
    static final long GRAMMAR_BASE_BYTES = 320L << 20;

    /**
     * The number of workers to run: what was asked, at most one per letter, and no more than the
     * heap can hold (each grammar worker holds its own LanguageTool). Says so on stderr when it
     * has to cap, unless quiet.
     */
    int cappedJobs(int asked, int letters, java.io.PrintWriter err, boolean quiet) {
        if (asked < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1");
        }
        boolean grammar = !noGrammar && (loaded == null || loaded.grammar() == null || loaded.grammar());
        int fit = jobsThatFit(Runtime.getRuntime().maxMemory(), grammar);
        int jobs = Math.max(1, Math.min(asked, Math.max(1, letters)));
        if (jobs > fit) {
            if (!quiet) {
                err.println("letterlint: note: checking " + fit + " letters at once, not " + asked + ": each needs about "
                        + (grammar ? GRAMMAR_WORKER_BYTES : WORKER_BYTES) / (1 << 20) + " MiB and the Java heap is "
                        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB (raise it with LETTERLINT_JAVA_OPTS=-Xmx...)");
            }
            return fit;
        }
        return jobs;
    }

    /** How many workers a heap of {@code maxMemory} bytes can hold; at least one. */
    static int jobsThatFit(long maxMemory, boolean grammar) {
        long perWorker = grammar ? GRAMMAR_WORKER_BYTES : WORKER_BYTES;
        long base = grammar ? GRAMMAR_BASE_BYTES : BASE_BYTES;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (maxMemory - base) / perWorker));
    }

    /** The options for the whole run. */
    LintOptions options(CommandLine cmd) {
        Config settings = config(cmd);
        String schemeName = scheme != null ? scheme : settings.scheme() != null ? schemePath(settings) : "generic";
        if (scheme != null && !Scheme.BUNDLED.contains(scheme) && !java.nio.file.Files.exists(Path.of(scheme))) {
            // A near miss of a bundled name is a typo, not a file that went missing: say which one.
            String hint = EditDistance.hint(scheme, Scheme.BUNDLED, 2);
            if (!hint.isEmpty()) {
                throw new CommandLine.ParameterException(cmd, "unknown scheme '" + scheme + "'" + hint);
            }
        }
        Scheme loadedScheme;
        try {
            loadedScheme = Scheme.load(schemeName);
        } catch (IllegalArgumentException | WordlistException e) {
            throw new CommandLine.ParameterException(cmd, e.getMessage());
        }
        LintOptions options = LintOptions.DEFAULTS.withScheme(loadedScheme).withSettings(settings.settings())
                .withOverrides(new RuleOverrides(settings.rules()));
        return type != null ? options.withType(type, TypeSource.OPTION) : options;
    }

    /** The options for one letter: its type may come from the config's types. */
    LintOptions optionsFor(LetterSource source, LintOptions options, CommandLine cmd) {
        if (type != null || source.name().equals("-")) {
            return options;
        }
        return config(cmd).typeFor(Path.of(source.name())).map(t -> options.withType(t, TypeSource.CONFIG)).orElse(options);
    }

    /** A scheme named in the config: a bundled name, or a path (the loader has made it absolute). */
    private static String schemePath(Config settings) {
        if (Scheme.BUNDLED.contains(settings.scheme())) {
            return settings.scheme();
        }
        return settings.file().toAbsolutePath().getParent().resolve(settings.scheme()).toString();
    }

    /** Reads --type values case-insensitively, with a clear message for a wrong one. */
    static final class LetterTypeConverter implements CommandLine.ITypeConverter<LetterType> {
        @Override
        public LetterType convert(String value) {
            try {
                return LetterType.fromId(value.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                java.util.List<String> ids = java.util.Arrays.stream(LetterType.values()).map(LetterType::id).toList();
                String hint = EditDistance.hint(value.toLowerCase(Locale.ROOT), ids, 3);
                throw new CommandLine.TypeConversionException(hint.isEmpty() ? e.getMessage()
                        : "unknown letter type '" + value + "'" + hint);
            }
        }
    }
}
