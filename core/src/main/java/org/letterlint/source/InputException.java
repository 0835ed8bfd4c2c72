package org.letterlint.source;

/** Input that cannot be linted. The message is one line, fit to show a user as it is. */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
