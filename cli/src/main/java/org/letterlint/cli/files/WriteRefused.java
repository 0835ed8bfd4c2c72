package org.letterlint.cli.files;

import java.io.IOException;

/** letterlint declined to write a file because writing it could lose or damage something; the message says why. */
public final class WriteRefused extends IOException {
    public WriteRefused(String message) {
        super(message);
    }
}
