package org.letterlint.cli;

/** The letterlint command: parses the arguments and exits with the command's exit code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(LetterlintCommand.commandLine().execute(args));
    }
}
