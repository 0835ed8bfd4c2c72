package org.letterlint.cli.config;

/** A config file that cannot be used. The message names the file, line and key, and lists what is valid. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
