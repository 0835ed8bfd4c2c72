package org.letterlint.cli;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.letterlint.cli.config.Glob;
import org.letterlint.cli.report.InputError;

/**
 * Turns the command line's PATH arguments into letters to read: files as given, folders walked
 * recursively (skipping hidden folders and .git, target, node_modules), and globs such as
 * "templates/**&#47;*.md" expanded when the shell did not. The order is stable: arguments in the
 * order given, and each folder's or glob's files sorted by path.
 *
 * <p>A path that exists is always taken literally, whatever characters it has. Walks follow symlinks,
 * to files and to folders (a link back to a folder above is noted and not followed). A file reached
 * twice, by two arguments or two links, is checked once, under the first name it was reached by.
 */
final class InputCollector {
    /** Files a folder walk picks up unless --include says otherwise. */
    static final List<String> DEFAULT_INCLUDE = List.of("**.txt", "**.md", "**.markdown", "**.text");
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", "node_modules", "build", ".svn", ".hg");

    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;
    private final List<String> empty = new ArrayList<>();
    private final List<InputError> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** Every file taken so far, by its real path, so a second way to it is dropped. */
    private final Set<String> taken = new HashSet<>();

    /** Throws {@link Glob.BadGlob} for a glob that does not compile. */
    InputCollector(List<String> include, List<String> exclude) {
        this.include = matchers(include.isEmpty() ? DEFAULT_INCLUDE : include);
        this.exclude = matchers(exclude);
    }

    /** An input: a path to read, or "-" for standard input. Paths that do not exist are kept so the reader can report them. */
    List<String> collect(List<String> arguments) {
        List<String> inputs = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                if (taken.add("-")) {
                    inputs.add(argument);
                }
                continue;
            }
            Path path;
            try {
                path = Path.of(argument);
            } catch (InvalidPathException e) {
                inputs.add(argument);
                continue;
            }
            if (Files.isDirectory(path)) {
                List<String> found = walk(path, include);
                if (found.isEmpty()) {
                    empty.add(argument);
                }
                addNew(found, inputs);
            } else if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && isGlob(argument)) {
                List<String> found;
                try {
                    found = expand(argument);
                } catch (Glob.BadGlob e) {
                    problems.add(new InputError(argument, argument + ": no such file, nor a valid glob (" + e.reason() + ")"));
                    continue;
                }
                if (found.isEmpty()) {
                    empty.add(argument);
                }
                addNew(found, inputs);
            } else if (!isExcluded(path)) {
                addNew(List.of(argument), inputs);
            }
        }
        return inputs;
    }

    /** The folders and globs that held no letters to check. */
    List<String> empty() {
        return empty;
    }

    /** Arguments that name nothing that can be read, each with its one-line message. */
    List<InputError> problems() {
        return problems;
    }

    /** Things a walk did not follow and why (a symlink loop, a link to nothing): for stderr, not errors. */
    List<String> notes() {
        return notes;
    }

    private void addNew(List<String> found, List<String> inputs) {
        for (String file : found) {
            if (taken.add(identity(file))) {
                inputs.add(file);
            }
        }
    }

    /** The real path where there is one, so links and "./" spellings of one file agree; else the path as given. */
    private static String identity(String file) {
        try {
            return Path.of(file).toRealPath().toString();
        } catch (IOException | InvalidPathException e) {
            return file;
        }
    }

    private List<String> walk(Path root, List<PathMatcher> includes) {
        Set<String> found = new TreeSet<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean hidden = !dir.equals(root) && name.startsWith(".");
                    if (!dir.equals(root) && (hidden || SKIPPED_FOLDERS.contains(name) || isExcluded(root.relativize(dir)))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path relative = root.relativize(file);
                    if (file.getFileName().toString().startsWith(".") || !matchesAny(includes, relative) || isExcluded(relative)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        // Following it failed: the walk hands over the link itself.
                        notes.add(file + ": a symlink to nothing, skipped");
                    } else if (attrs.isRegularFile()) {
                        found.add(file.toString());
                    } else if (attrs.isOther()) {
                        notes.add(file + ": not a regular file (a device, FIFO or socket), skipped");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        notes.add(file + ": a symlink back to a folder above it, not followed");
                    } else {
                        found.add(file.toString()); // the reader will say why it cannot be read
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return List.of(root.toString());
        }
        return new ArrayList<>(found);
    }

    /**
     * Expands a glob the shell left alone. It is walked from the deepest folder its leading segments
     * name, taking a segment literally when a folder of that name exists (so "Letters [2024]/*.txt"
     * finds the folder "Letters [2024]"), else from the segment before the first wildcard.
     */
    private List<String> expand(String glob) {
        String normalised = glob.replace('\\', '/');
        String[] segments = normalised.split("/", -1);
        int literal = 0;
        String base = "";
        for (int i = 0; i < segments.length - 1; i++) {
            String candidate = i == 0 ? segments[0] : base + "/" + segments[i];
            if (!isGlob(segments[i]) || Files.isDirectory(Path.of(candidate.isEmpty() ? "/" : candidate))) {
                base = candidate;
                literal = i + 1;
            } else {
                break;
            }
        }
        PathMatcher matcher = Glob.compile(String.join("/", Arrays.copyOfRange(segments, literal, segments.length)));
        Path folder = literal == 0 ? Path.of(".") : Path.of(base.isEmpty() ? "/" : base);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Set<String> found = new TreeSet<>();
        for (String file : walk(folder, List.of(Glob.compile("**")))) {
            Path relative = folder.relativize(Path.of(file));
            if (Glob.matches(matcher, relative) && !isExcluded(relative)) {
                found.add(file);
            }
        }
        return new ArrayList<>(found);
    }

    private boolean isExcluded(Path path) {
        return matchesAny(exclude, path);
    }

    /** "**.md" style globs match at any depth; a glob is tried against the path and its file name. */
    private static boolean matchesAny(List<PathMatcher> matchers, Path path) {
        Path name = path.getFileName();
        for (PathMatcher m : matchers) {
            if (Glob.matches(m, path) || name != null && Glob.matches(m, name)) {
                return true;
            }
        }
        return false;
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> out = new ArrayList<>();
        for (String glob : globs) {
            String g = glob.replace('\\', '/');
            out.add(Glob.compile(g));
            if (g.endsWith("/**")) {
                // "drafts/**" also names the folder itself, so the walk can skip it whole.
                out.add(Glob.compile(g.substring(0, g.length() - 3)));
            }
        }
        return out;
    }

    static boolean isGlob(String argument) {
        for (int i = 0; i < argument.length(); i++) {
            if ("*?[{".indexOf(argument.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
