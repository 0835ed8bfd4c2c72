package org.letterlint.cli.report;

/** An input that could not be linted, and why, in one line. */
public record InputError(String path, String message) {
}
