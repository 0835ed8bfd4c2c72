package org.letterlint.cli.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.PatternSyntaxException;
import org.letterlint.engine.Customisation;
import org.letterlint.letter.LetterType;
import org.letterlint.rules.RuleSettings;
import org.letterlint.rules.Severity;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads .letterlint.yml with SnakeYAML Engine (YAML 1.2) and checks every key and value, keeping
 * line numbers so each error says where it is. Unknown keys are errors, never ignored.
 */
public final class ConfigLoader {
    /** The names the config file may have, found by walking up from the working directory. */
    public static final List<String> NAMES = List.of(".letterlint.yml", ".letterlint.yaml");

    private static final Set<String> TOP_KEYS = new TreeSet<>(List.of("fail-on", "scheme", "types", "rules", "wordlists",
            "placeholders", "readability", "grammar", "include", "exclude"));
    private static final Set<String> WORDLIST_KEYS = new TreeSet<>(List.of("jargon", "acronyms", "accepted-words"));
    private static final Set<String> READABILITY_KEYS = new TreeSet<>(List.of("long-sentence-warning", "long-sentence-error"));

    private final Path file;

    private ConfigLoader(Path file) {
        this.file = file;
    }

    /** The nearest config file at or above the folder, or null. */
    public static Path find(Path folder) {
        for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            for (String name : NAMES) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    public static Config load(Path file) {
        return new ConfigLoader(file).read();
    }

    private Config read() {
        Node root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).build();
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, reader)));
            root = composer.getSingleNode().orElse(null);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().orElse(e.getContextMark().orElse(null));
            throw new ConfigException(file + (mark == null ? "" : ":" + (mark.getLine() + 1)) + ": not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new ConfigException(file + ": not valid YAML: " + oneLine(e.getMessage()));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        if (root == null) {
            return new Config(file, null, null, Map.of(), Map.of(), Customisation.NONE, RuleSettings.DEFAULTS, null, List.of(), List.of());
        }
        MappingNode top = mapping(root, "the file");
        String failOn = null;
        String scheme = null;
        Map<String, LetterType> types = new LinkedHashMap<>();
        Map<String, Optional<Severity>> rules = new LinkedHashMap<>();
        List<Path> jargon = new ArrayList<>();
        List<Path> acronyms = new ArrayList<>();
        List<Path> accepted = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        RuleSettings settings = RuleSettings.DEFAULTS;
        Boolean grammar = null;
        List<String> include = new ArrayList<>();
        List<String> exclude = new ArrayList<>();
        for (NodeTuple tuple : top.getValue()) {
            String key = key(tuple, TOP_KEYS, "");
            Node value = tuple.getValueNode();
            switch (key) {
                case "fail-on" -> failOn = choice(value, key, List.of("error", "warning", "never"));
                case "scheme" -> scheme = scalar(value, key);
                case "types" -> {
                    for (NodeTuple t : mapping(value, key).getValue()) {
                        String glob = scalar(t.getKeyNode(), "types");
                        String type = choice(t.getValueNode(), "types." + glob, List.of("acknowledgement", "update", "outcome"));
                        types.put(glob, LetterType.fromId(type));
                    }
                }
                case "rules" -> {
                    for (NodeTuple t : mapping(value, key).getValue()) {
                        String rule = scalar(t.getKeyNode(), "rules");
                        if (!rule.matches("[a-z*][a-z0-9*.-]*")) {
                            throw error(t.getKeyNode(), "rules: '" + rule + "' is not a rule id or glob (e.g. jargon.escalate, readability.*)");
                        }
                        String level = choice(t.getValueNode(), "rules." + rule, List.of("off", "error", "warning", "info"));
                        rules.put(rule, level.equals("off") ? Optional.empty() : Optional.of(Severity.fromId(level)));
                    }
                }
                case "wordlists" -> {
                    for (NodeTuple t : mapping(value, key).getValue()) {
                        String list = key(t, WORDLIST_KEYS, "wordlists.");
                        List<Path> target = switch (list) {
                            case "jargon" -> jargon;
                            case "acronyms" -> acronyms;
                            default -> accepted;
                        };
                        for (String path : strings(t.getValueNode(), "wordlists." + list)) {
                            Path resolved = file.toAbsolutePath().getParent().resolve(path).normalize();
                            if (!Files.isRegularFile(resolved)) {
                                throw error(t.getValueNode(), "wordlists." + list + ": no such file '" + path + "' (paths are relative to the config file)");
                            }
                            target.add(resolved);
                        }
                    }
                }
                case "placeholders" -> {
                    strings(value, key); // a value or a list of values
                    // Item by item, so an error names the line of the pattern itself.
                    for (Node item : value instanceof SequenceNode seq ? seq.getValue() : List.of(value)) {
                        String regex = scalar(item, key + " item");
                        try {
                            java.util.regex.Pattern.compile(regex);
                        } catch (PatternSyntaxException e) {
                            throw error(item, "placeholders: '" + regex + "' is not a valid regular expression (" + e.getDescription() + ")");
                        }
                        // Tried on short adversarial texts: one that backtracks without end would hang every run.
                        Optional<String> slow = org.letterlint.pattern.BoundedRegex.problem(regex);
                        if (slow.isPresent()) {
                            throw error(item, "placeholders: '" + regex + "' " + slow.get());
                        }
                        placeholders.add(regex);
                    }
                }
                case "readability" -> settings = readability(value);
                case "grammar" -> grammar = bool(value, key);
                case "include" -> include.addAll(strings(value, key));
                case "exclude" -> exclude.addAll(strings(value, key));
                default -> throw new IllegalStateException(key);
            }
        }
        return new Config(file, failOn, scheme, types, rules, new Customisation(jargon, acronyms, accepted, placeholders),
                settings, grammar, include, exclude);
    }

    private RuleSettings readability(Node value) {
        int warning = RuleSettings.DEFAULTS.longSentenceWarning();
        int error = RuleSettings.DEFAULTS.longSentenceError();
        for (NodeTuple t : mapping(value, "readability").getValue()) {
            String key = key(t, READABILITY_KEYS, "readability.");
            int n = integer(t.getValueNode(), "readability." + key);
            if (key.equals("long-sentence-warning")) {
                warning = n;
            } else {
                error = n;
            }
        }
        if (error < warning) {
            throw error(value, "readability: long-sentence-error (" + error + ") must be at least long-sentence-warning (" + warning + ")");
        }
        return new RuleSettings(warning, error);
    }

    private String key(NodeTuple tuple, Set<String> valid, String prefix) {
        String key = scalar(tuple.getKeyNode(), prefix.isEmpty() ? "key" : prefix);
        if (!valid.contains(key)) {
            throw error(tuple.getKeyNode(), "unknown key '" + prefix + key + "'; valid keys: " + String.join(", ", valid));
        }
        return key;
    }

    private MappingNode mapping(Node node, String what) {
        if (node instanceof MappingNode m) {
            return m;
        }
        throw error(node, what + " must be a mapping of keys to values");
    }

    private String scalar(Node node, String what) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        throw error(node, what + " must be a single value");
    }

    private String choice(Node node, String what, List<String> valid) {
        String value = scalar(node, what).toLowerCase(Locale.ROOT);
        if (!valid.contains(value)) {
            throw error(node, what + ": '" + value + "' is not valid; use one of " + String.join(", ", valid));
        }
        return value;
    }

    private boolean bool(Node node, String what) {
        return choice(node, what, List.of("true", "false", "yes", "no", "on", "off")).matches("true|yes|on");
    }

    private int integer(Node node, String what) {
        String value = scalar(node, what);
        try {
            int n = Integer.parseInt(value);
            if (n < 1 || n > 500) {
                throw error(node, what + ": " + n + " is out of range (1 to 500)");
            }
            return n;
        } catch (NumberFormatException e) {
            throw error(node, what + ": '" + value + "' is not a whole number");
        }
    }

    private List<String> strings(Node node, String what) {
        if (node instanceof ScalarNode s) {
            return List.of(s.getValue());
        }
        if (node instanceof SequenceNode seq) {
            List<String> out = new ArrayList<>();
            for (Node item : seq.getValue()) {
                out.add(scalar(item, what + " item"));
            }
            return out;
        }
        throw error(node, what + " must be a value or a list of values");
    }

    private ConfigException error(Node node, String problem) {
        int line = node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
        return new ConfigException(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
