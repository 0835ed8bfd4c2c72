package org.letterlint.cli.config;

/** A value from a config, quoted for an error message and cut short, so a huge value cannot flood the terminal. */
final class Quote {
    /** Longer values are cut to this many characters and an ellipsis. */
    static final int MAX = 60;

    private Quote() {
    }

    static String of(String value) {
        String shown = value.codePointCount(0, value.length()) <= MAX ? value : value.substring(0, value.offsetByCodePoints(0, MAX)) + "…";
        return "'" + shown + "'";
    }
}
