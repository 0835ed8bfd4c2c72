package org.letterlint.cli.config;

import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.regex.PatternSyntaxException;

/**
 * Path globs from the config and the command line, compiled with the JDK's glob syntax ('/' as the
 * separator on every system). A glob that does not parse says why in plain words, once, instead of
 * the JDK's three-line regular expression message.
 */
public final class Glob {
    private Glob() {
    }

    /** A glob that cannot be compiled; the message is "'GLOB' is not a valid glob (why)". */
    public static final class BadGlob extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BadGlob(String message) {
            super(message);
        }
    }

    public static PathMatcher compile(String glob) {
        String normalised = glob.replace('\\', '/');
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + normalised);
        } catch (PatternSyntaxException e) {
            throw new BadGlob(Quote.of(glob) + " is not a valid glob (" + why(e) + ")");
        }
    }

    private static String why(PatternSyntaxException e) {
        String at = e.getIndex() >= 0 ? ", at character " + (e.getIndex() + 1) : "";
        return switch (String.valueOf(e.getDescription())) {
            case "Missing ']" -> "a '[' is not closed";
            case "Missing '}" -> "a '{' is not closed";
            case "Cannot nest groups" -> "a '{...}' group inside another" + at;
            case "Explicit 'name separator' in class" -> "a '/' inside '[...]'" + at;
            case "No character to escape" -> "it ends with a lone '\\'";
            default -> e.getDescription().toLowerCase(java.util.Locale.ROOT) + at;
        };
    }
}
