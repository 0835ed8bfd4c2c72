package org.letterlint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.letterlint.cli.config.Config;
import org.letterlint.cli.report.SafeText;

/**
 * What {@code check --print-config} shows: every setting a run would use and where it came from
 * (a command-line option, the config file and its line where known, or the default), in YAML a
 * user could paste into a {@code .letterlint.yml}, with the source as a comment.
 */
final class EffectiveConfig {
    private final List<String> lines = new ArrayList<>();

    private EffectiveConfig() {
    }

    static void print(Config settings, LintSetup setup, CheckCommand.FailOn failOnOption, List<String> include, List<String> exclude,
                      PrintWriter out) {
        EffectiveConfig c = new EffectiveConfig();
        String file = settings.file() == null ? null : settings.file().toString();
        c.lines.add("# the configuration this run would use; 'from' says where each value came from");
        c.lines.add("# config file: " + (file == null ? "none" + (setup.noConfig ? " (--no-config)" : " found at or above this folder") : file));
        c.value("fail-on", failOnOption != null ? failOnOption.name() : settings.failOn() != null ? settings.failOn() : "error",
                failOnOption != null ? "--fail-on" : settings.failOn() != null ? file : null);
        String scheme = setup.scheme != null ? setup.scheme : settings.scheme() != null ? settings.scheme() : "generic";
        c.value("scheme", scheme, setup.scheme != null ? "--scheme" : settings.scheme() != null ? file : null);
        boolean grammar = !setup.noGrammar && (settings.grammar() == null || settings.grammar());
        c.value("grammar", String.valueOf(grammar), setup.noGrammar ? "--no-grammar" : settings.grammar() != null ? file : null);
        if (setup.type != null) {
            c.lines.add("# type: " + setup.type.id() + "  (from --type, for every letter)");
        }
        c.map("types", settings.types().entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue().id())).toList(), file);
        c.map("rules", settings.rules().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().map(s -> s.id()).orElse("off"))).toList(), file);
        c.lines.add("readability:  # from " + (settings.settings().equals(org.letterlint.rules.RuleSettings.DEFAULTS) ? "the defaults" : file));
        c.lines.add("  long-sentence-warning: " + settings.settings().longSentenceWarning());
        c.lines.add("  long-sentence-error: " + settings.settings().longSentenceError());
        var custom = settings.customisation();
        c.lines.add("wordlists:  # your own, beside the bundled ones");
        c.list("  jargon", custom.jargon().stream().map(Object::toString).toList(), file);
        c.list("  acronyms", custom.acronyms().stream().map(Object::toString).toList(), file);
        c.list("  accepted-words", custom.acceptedWords().stream().map(Object::toString).toList(), file);
        c.list("placeholders", custom.extraPlaceholders(), file);
        c.list("include", concat(settings.include(), include, InputCollector.DEFAULT_INCLUDE), include.isEmpty() ? settings.include().isEmpty() ? null : file : "--include");
        c.list("exclude", concat(settings.exclude(), exclude, List.of()), exclude.isEmpty() ? settings.exclude().isEmpty() ? null : file : "--exclude");
        c.lines.forEach(line -> out.println(SafeText.line(line)));
        out.flush();
    }

    private void value(String key, String value, String from) {
        lines.add(key + ": " + quote(value) + "  # from " + (from == null ? "the default" : from));
    }

    private void map(String key, List<Map.Entry<String, String>> entries, String file) {
        if (entries.isEmpty()) {
            lines.add(key + ": {}  # none");
            return;
        }
        lines.add(key + ":  # from " + file);
        entries.forEach(e -> lines.add("  " + quote(e.getKey()) + ": " + e.getValue()));
    }

    private void list(String key, List<String> values, String from) {
        lines.add(key + ": [" + String.join(", ", values.stream().map(EffectiveConfig::quote).toList()) + "]"
                + (values.isEmpty() ? "  # none" : "  # from " + (from == null ? "the default" : from)));
    }

    private static List<String> concat(List<String> config, List<String> option, List<String> otherwise) {
        List<String> all = new ArrayList<>(config);
        all.addAll(option);
        return all.isEmpty() ? otherwise : all;
    }

    /** YAML quoting where a plain scalar would be misread (globs, paths with special characters). */
    private static String quote(String s) {
        return s.matches("[A-Za-z0-9_./-]+") ? s : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
