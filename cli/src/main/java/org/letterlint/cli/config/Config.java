package org.letterlint.cli.config;

import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.letterlint.engine.Customisation;
import org.letterlint.letter.LetterType;
import org.letterlint.rules.RuleSettings;
import org.letterlint.rules.Severity;

/**
 * The settings of a .letterlint.yml file. Every field is optional; null means "not set", so the
 * command line and the built-in defaults decide.
 *
 * @param file          where it was read from (null for no file)
 * @param failOn        "error", "warning" or "never"
 * @param scheme        a bundled scheme name or a path
 * @param types         letter type by path glob, in file order
 * @param rules         rule id or glob to a severity, or empty for "off"
 * @param customisation the organisation's wordlists and placeholders
 * @param settings      readability thresholds
 * @param grammar       whether to run the grammar and spelling checks
 * @param include       globs of files to check when walking folders
 * @param exclude       globs of files and folders to skip
 * @param ruleLines     the line of each key under {@code rules:}, so an unknown id can be reported where it is
 */
public record Config(Path file, String failOn, String scheme, Map<String, LetterType> types,
                     Map<String, Optional<Severity>> rules, Customisation customisation, RuleSettings settings,
                     Boolean grammar, List<String> include, List<String> exclude, Map<String, Integer> ruleLines) {
    public static final Config NONE = new Config(null, null, null, Map.of(), Map.of(), Customisation.NONE,
            RuleSettings.DEFAULTS, null, List.of(), List.of(), Map.of());

    public Config {
        types = new LinkedHashMap<>(types);
        rules = new LinkedHashMap<>(rules);
        ruleLines = Map.copyOf(ruleLines);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** The type configured for a file, matched against its path relative to the config file's folder. */
    public Optional<LetterType> typeFor(Path path) {
        String relative = relative(path);
        for (var entry : types.entrySet()) {
            PathMatcher matcher = Glob.compile(entry.getKey());
            if (Glob.matches(matcher, Path.of(relative))) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    /** A path relative to the config file's folder where it lies inside it, else as given. */
    public String relative(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = file == null ? Path.of("").toAbsolutePath() : file.toAbsolutePath().getParent();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : path.normalize();
        return shown.toString().replace('\\', '/');
    }
}
