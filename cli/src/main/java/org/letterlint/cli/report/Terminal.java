package org.letterlint.cli.report;

/**
 * ANSI styling for the text report, on only when it helps: stdout is a terminal, NO_COLOR is unset
 * (see no-color.org) and TERM is not "dumb"; or when the user asks for it with --color=always.
 */
public final class Terminal {
    private final boolean colour;

    private Terminal(boolean colour) {
        this.colour = colour;
    }

    public static Terminal plain() {
        return new Terminal(false);
    }

    /** @param mode "always", "never" or "auto" */
    public static Terminal colour(String mode) {
        return switch (mode) {
            case "always" -> new Terminal(true);
            case "never" -> new Terminal(false);
            default -> new Terminal(autoDetect());
        };
    }

    private static boolean autoDetect() {
        String noColor = System.getenv("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return false;
        }
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        return System.console() != null;
    }

    public boolean isColour() {
        return colour;
    }

    public String bold(String s) {
        return style("1", s);
    }

    public String dim(String s) {
        return style("2", s);
    }

    public String red(String s) {
        return style("31", s);
    }

    public String yellow(String s) {
        return style("33", s);
    }

    public String blue(String s) {
        return style("34", s);
    }

    public String green(String s) {
        return style("32", s);
    }

    public String cyan(String s) {
        return style("36", s);
    }

    /** Highlights offending words: bold and underlined in red. */
    public String highlight(String s) {
        return style("1;4;31", s);
    }

    private String style(String code, String s) {
        return colour && !s.isEmpty() ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
