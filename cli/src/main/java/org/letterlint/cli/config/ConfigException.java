package org.letterlint.cli.config;

import org.letterlint.cli.report.SafeText;

/**
 * A config file that cannot be used. The message names the file, line and key, and lists what is
 * valid. It is always one line: a value quoted from the file has its line breaks and control
 * characters shown as escapes (a quoted YAML scalar may hold any of them).
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(SafeText.escape(message));
    }
}
