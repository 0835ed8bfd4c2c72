package org.letterlint.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The letterlint command: parses the arguments and exits with the command's exit code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CommandLine cmd = LetterlintCommand.commandLine();
        // Letters are UTF-8 whatever the platform's default charset is.
        cmd.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
        System.exit(run(cmd, args));
    }

    /** Runs a command; an Error (out of memory, stack overflow) passes picocli's handler and still gets one line and exit 3. */
    static int run(CommandLine cmd, String... args) {
        try {
            return cmd.execute(args);
        } catch (Throwable e) {
            return LetterlintCommand.unexpected(e, cmd.getErr());
        } finally {
            cmd.getOut().flush();
        }
    }
}
