package org.letterlint.pattern;

/** A pattern that does not follow the syntax in docs/patterns.md. */
public final class PatternSyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public PatternSyntaxException(String message) {
        super(message);
    }
}
