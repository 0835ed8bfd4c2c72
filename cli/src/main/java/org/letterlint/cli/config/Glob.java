package org.letterlint.cli.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.regex.Pattern;
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
        private final String reason;

        BadGlob(String glob, String reason) {
            super(Quote.of(glob) + " is not a valid glob (" + reason + ")");
            this.reason = reason;
        }

        /** Why, in plain words, without the glob. */
        public String reason() {
            return reason;
        }
    }

    /**
     * Whether a path matches. The JDK turns "**" into ".*", which stops at a line break, so a file
     * named with a newline would never match "**.txt": line breaks are matched as ordinary characters.
     */
    public static boolean matches(PathMatcher matcher, Path path) {
        String text = path.toString();
        if (LINE_BREAK.matcher(text).find()) {
            try {
                return matcher.matches(Path.of(LINE_BREAK.matcher(text).replaceAll("_")));
            } catch (java.nio.file.InvalidPathException e) {
                return false;
            }
        }
        return matcher.matches(path);
    }

    /** What '.' in a regular expression does not match. */
    private static final Pattern LINE_BREAK = Pattern.compile("[\\n\\r\\u0085\\u2028\\u2029]");

    public static PathMatcher compile(String glob) {
        String normalised = glob.replace('\\', '/');
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + normalised);
        } catch (PatternSyntaxException e) {
            throw new BadGlob(glob, why(e));
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
