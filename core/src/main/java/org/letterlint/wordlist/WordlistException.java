package org.letterlint.wordlist;

/** A wordlist that cannot be used: the message names the file and line, and says what is wrong. */
public final class WordlistException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WordlistException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }

    public WordlistException(String file, String problem) {
        super(file + ": " + problem);
    }
}
