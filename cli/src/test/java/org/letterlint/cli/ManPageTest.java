package org.letterlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The man page (docs/letterlint.1) names every command and every long option, so it cannot fall behind. */
class ManPageTest {
    @Test
    void everyCommandAndOptionIsInTheManPage() throws Exception {
        Path page = Path.of("..", "docs", "letterlint.1");
        String man = Files.readString(page).replace("\\-", "-");
        List<String> missing = new ArrayList<>();
        CommandLine root = LetterlintCommand.commandLine();
        for (var entry : root.getSubcommands().entrySet()) {
            if (!man.contains(entry.getKey())) {
                missing.add(entry.getKey());
            }
            for (CommandLine.Model.OptionSpec option : entry.getValue().getCommandSpec().options()) {
                if (!man.contains(option.longestName())) {
                    missing.add(entry.getKey() + " " + option.longestName());
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
