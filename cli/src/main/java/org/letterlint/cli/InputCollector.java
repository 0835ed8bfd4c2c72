package org.letterlint.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the command line's PATH arguments into letters to read: files as given, folders walked
 * recursively (skipping hidden folders and .git, target, node_modules), and globs such as
 * "templates/**&#47;*.md" expanded when the shell did not. The order is stable: arguments in the
 * order given, and each folder's or glob's files sorted by path.
 */
final class InputCollector {
    /** Files a folder walk picks up unless --include says otherwise. */
    static final List<String> DEFAULT_INCLUDE = List.of("**.txt", "**.md", "**.markdown", "**.text");
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", "node_modules", "build", ".svn", ".hg");

    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;
    private final List<String> empty = new ArrayList<>();

    InputCollector(List<String> include, List<String> exclude) {
        this.include = matchers(include.isEmpty() ? DEFAULT_INCLUDE : include);
        this.exclude = matchers(exclude);
    }

    /** An input: a path to read, or "-" for standard input. Paths that do not exist are kept so the reader can report them. */
    List<String> collect(List<String> arguments) {
        List<String> inputs = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                inputs.add(argument);
                continue;
            }
            Path path;
            try {
                path = Path.of(argument);
            } catch (java.nio.file.InvalidPathException e) {
                inputs.add(argument);
                continue;
            }
            if (Files.isDirectory(path)) {
                List<String> found = walk(path);
                if (found.isEmpty()) {
                    empty.add(argument);
                }
                inputs.addAll(found);
            } else if (!Files.exists(path) && isGlob(argument)) {
                List<String> found = expand(argument);
                if (found.isEmpty()) {
                    empty.add(argument);
                }
                inputs.addAll(found);
            } else if (!isExcluded(path)) {
                inputs.add(argument);
            }
        }
        return inputs;
    }

    private List<String> walk(Path root) {
        Set<String> found = new TreeSet<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
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
                    if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")
                            && matchesAny(include, relative) && !isExcluded(relative)) {
                        found.add(file.toString());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(file.toString()); // the reader will say why it cannot be read
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return List.of(root.toString());
        }
        return new ArrayList<>(found);
    }

    /** Expands a glob the shell left alone, from the folder before its first wildcard. */
    private List<String> expand(String glob) {
        String normalised = glob.replace('\\', '/');
        int wildcard = firstWildcard(normalised);
        int slash = normalised.lastIndexOf('/', wildcard);
        Path base = slash < 0 ? Path.of(".") : Path.of(normalised.substring(0, slash));
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + normalised.substring(slash + 1));
        Set<String> found = new TreeSet<>();
        for (String file : new InputCollector(List.of("**"), List.of()).walk(base)) {
            Path relative = base.relativize(Path.of(file));
            if (matcher.matches(relative) && !isExcluded(relative)) {
                found.add(file);
            }
        }
        return new ArrayList<>(found);
    }

    /** The folders and globs that held no letters to check. */
    List<String> empty() {
        return empty;
    }

    private boolean isExcluded(Path path) {
        return matchesAny(exclude, path);
    }

    /** "**.md" style globs match at any depth; a glob is tried against the path and its file name. */
    private static boolean matchesAny(List<PathMatcher> matchers, Path path) {
        Path name = path.getFileName();
        for (PathMatcher m : matchers) {
            if (m.matches(path) || name != null && m.matches(name)) {
                return true;
            }
        }
        return false;
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> out = new ArrayList<>();
        for (String glob : globs) {
            String g = glob.replace('\\', '/');
            out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
            if (g.endsWith("/**")) {
                // "drafts/**" also names the folder itself, so the walk can skip it whole.
                out.add(FileSystems.getDefault().getPathMatcher("glob:" + g.substring(0, g.length() - 3)));
            }
        }
        return out;
    }

    static boolean isGlob(String argument) {
        return firstWildcard(argument) < argument.length();
    }

    private static int firstWildcard(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
