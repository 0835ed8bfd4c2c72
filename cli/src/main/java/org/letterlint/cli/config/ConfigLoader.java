package org.letterlint.cli.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.letterlint.letter.Scheme;
import org.letterlint.rules.RuleSettings;
import org.letterlint.rules.Severity;
import org.letterlint.wordlist.StrictUtf8;
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

    /** The largest config file read: a real one is a few kilobytes. */
    static final int MAX_BYTES = 1024 * 1024;

    private final Path file;
    /** Whether wordlist and scheme paths may lie outside the config file's folder tree. */
    private final boolean allowOutsidePaths;

    private ConfigLoader(Path file, boolean allowOutsidePaths) {
        this.file = file;
        this.allowOutsidePaths = allowOutsidePaths;
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

    /** The config in a file, with wordlist and scheme paths confined to the file's folder tree. */
    public static Config load(Path file) {
        return load(file, false);
    }

    /**
     * The config in a file. Unless {@code allowOutsidePaths}, its wordlist and scheme paths must lie
     * inside the config file's folder tree (after following symlinks), so a config that came with a
     * checked-out branch cannot make letterlint read any other file.
     */
    public static Config load(Path file, boolean allowOutsidePaths) {
        return new ConfigLoader(file, allowOutsidePaths).read();
    }

    private Node parse() {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file + (Files.exists(file) ? ": not a regular file" : ": no such file"));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read (" + (e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName()) + ")");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ConfigException(file + ": larger than " + (MAX_BYTES >> 20) + " MiB (the limit for a config file)");
        }
        String yaml;
        try {
            yaml = StrictUtf8.decode(bytes);
        } catch (StrictUtf8.NotUtf8 e) {
            throw new ConfigException(file + ":" + e.line() + ": not valid UTF-8");
        }
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(file.toString())
                    // Checked here as the tree is read (the composer alone does not); set as well for any later use of a constructor.
                    .setAllowDuplicateKeys(false)
                    .setCodePointLimit(MAX_BYTES)
                    .build();
            Composer composer = new Composer(settings, new BoundedEvents(new ParserImpl(settings, new StreamReader(settings, yaml)),
                    (line, problem) -> new ConfigException(file + (line > 0 ? ":" + line : "") + ": " + problem)));
            return composer.getSingleNode().orElse(null);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().orElse(e.getContextMark().orElse(null));
            throw new ConfigException(file + (mark == null ? "" : ":" + (mark.getLine() + 1)) + ": not valid YAML: " + oneLine(e.getProblem()));
        } catch (YamlEngineException e) {
            throw new ConfigException(file + ": not valid YAML: " + oneLine(e.getMessage()));
        }
    }

    private Config read() {
        Node root = parse();
        if (root == null) {
            return new Config(file, null, null, Map.of(), Map.of(), Customisation.NONE, RuleSettings.DEFAULTS, null, List.of(), List.of(), Map.of());
        }
        MappingNode top = mapping(root, "the file");
        String failOn = null;
        String scheme = null;
        Map<String, LetterType> types = new LinkedHashMap<>();
        Map<String, Optional<Severity>> rules = new LinkedHashMap<>();
        Map<String, Integer> ruleLines = new LinkedHashMap<>();
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
                case "scheme" -> scheme = scheme(value);
                case "types" -> {
                    for (NodeTuple t : mapping(value, key).getValue()) {
                        String glob = glob(t.getKeyNode(), scalar(t.getKeyNode(), "types"), "types");
                        String type = choice(t.getValueNode(), "types." + glob, List.of("acknowledgement", "update", "outcome"));
                        types.put(glob, LetterType.fromId(type));
                    }
                }
                case "rules" -> {
                    for (NodeTuple t : mapping(value, key).getValue()) {
                        String rule = scalar(t.getKeyNode(), "rules");
                        if (!rule.matches("[a-z*][a-z0-9*.-]*")) {
                            throw error(t.getKeyNode(), "rules: " + Quote.of(rule) + " is not a rule id or glob (e.g. jargon.escalate, readability.*)");
                        }
                        String level = choice(t.getValueNode(), "rules." + rule, List.of("off", "error", "warning", "info"));
                        rules.put(rule, level.equals("off") ? Optional.empty() : Optional.of(Severity.fromId(level)));
                        ruleLines.put(rule, line(t.getKeyNode()));
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
                            Path resolved = confined(t.getValueNode(), "wordlists." + list, path);
                            if (!Files.isRegularFile(resolved)) {
                                throw error(t.getValueNode(), "wordlists." + list + ": no such file " + Quote.of(path) + " (paths are relative to the config file)");
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
                case "include" -> include.addAll(globs(value, key));
                case "exclude" -> exclude.addAll(globs(value, key));
                default -> throw new IllegalStateException(key);
            }
        }
        return new Config(file, failOn, scheme, types, rules, new Customisation(jargon, acronyms, accepted, placeholders),
                settings, grammar, include, exclude, ruleLines);
    }

    /** A bundled scheme's name, or the absolute path of a scheme file inside the config's folder tree. */
    private String scheme(Node value) {
        String scheme = scalar(value, "scheme");
        if (Scheme.BUNDLED.contains(scheme)) {
            return scheme;
        }
        Path resolved = confined(value, "scheme", scheme);
        if (!Files.isRegularFile(resolved)) {
            throw error(value, "scheme: " + Quote.of(scheme) + " is neither a bundled scheme (" + String.join(", ", Scheme.BUNDLED)
                    + ") nor a file (paths are relative to the config file)");
        }
        return resolved.toString();
    }

    /**
     * A path from the config, resolved against the config file's folder. Unless allowed, it must stay
     * in that folder's tree: first as written (so nothing is said about files outside, not even whether
     * they exist), then after following symlinks.
     */
    private Path confined(Node node, String what, String path) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        Path resolved;
        try {
            resolved = folder.resolve(path).normalize();
        } catch (InvalidPathException e) {
            throw error(node, what + ": " + Quote.of(path) + " is not a valid path");
        }
        if (allowOutsidePaths) {
            return resolved;
        }
        String optIn = " (run with --allow-outside-paths to allow it)";
        if (!resolved.startsWith(folder)) {
            throw error(node, what + ": " + Quote.of(path) + " is outside the config file's folder" + optIn);
        }
        try {
            if (Files.exists(resolved) && !resolved.toRealPath().startsWith(folder.toRealPath())) {
                throw error(node, what + ": " + Quote.of(path) + " leads outside the config file's folder" + optIn);
            }
        } catch (IOException e) {
            throw error(node, what + ": " + Quote.of(path) + " cannot be resolved (" + e.getClass().getSimpleName() + ")");
        }
        return resolved;
    }

    private List<String> globs(Node node, String what) {
        List<String> globs = strings(node, what);
        globs.forEach(g -> glob(node, g, what));
        return globs;
    }

    /** Checks a glob compiles, so a bad one is reported here with its line rather than when files are walked. */
    private String glob(Node node, String glob, String what) {
        try {
            Glob.compile(glob);
            return glob;
        } catch (Glob.BadGlob e) {
            throw error(node, what + ": " + e.getMessage());
        }
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
            throw error(tuple.getKeyNode(), "unknown key " + Quote.of(prefix + key) + "; valid keys: " + String.join(", ", valid));
        }
        return key;
    }

    /** A mapping, whose keys must all differ: YAML says a duplicate is an error, and "last one wins" hides a mistake. */
    private MappingNode mapping(Node node, String what) {
        if (!(node instanceof MappingNode m)) {
            throw error(node, what + " must be a mapping of keys to values");
        }
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple tuple : m.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                Node first = seen.putIfAbsent(key.getValue(), key);
                if (first != null) {
                    throw error(key, (what.equals("the file") ? "" : what + ": ") + "key " + Quote.of(key.getValue())
                            + " is given twice (first on line " + line(first) + ")");
                }
            }
        }
        return m;
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
            throw error(node, what + ": " + Quote.of(value) + " is not valid; use one of " + String.join(", ", valid));
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
            throw error(node, what + ": " + Quote.of(value) + " is not a whole number");
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
        int line = line(node);
        return new ConfigException(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    /** SnakeYAML's message, on one line and cut short (it may quote the text it stopped at). */
    private static String oneLine(String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        return first.length() <= 200 ? first : first.substring(0, 200) + "…";
    }
}
