package org.letterlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.letterlint.cli.config.Config;
import org.letterlint.cli.config.ConfigException;
import org.letterlint.cli.config.ConfigLoader;

/**
 * A placeholder pattern that backtracks without end is refused when the configuration loads, with
 * the file, the line of that pattern and what is wrong; patterns that are fine on real letters load.
 */
class PlaceholderPatternConfigTest {
    @TempDir
    Path dir;

    private Path config(String yaml) throws Exception {
        Path file = dir.resolve(".letterlint.yml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void aCatastrophicPatternIsRefusedNamingItsLine() throws Exception {
        Path file = config("fail-on: error\nplaceholders:\n  - '\\{\\{[a-z_]+\\}\\}'\n  - '(.*,){11}x'\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ConfigLoader.load(file)));
        String message = e.getMessage();
        assertTrue(message.startsWith(file + ":4: placeholders: '(.*,){11}x' is too slow: on "), message);
        assertEquals(1, message.lines().count(), "one line");
    }

    @Test
    void patternsFineOnRealLettersLoad() throws Exception {
        Path file = config("placeholders:\n  - '\\{\\{[^}]+\\}\\}'\n  - '%%\\w+%%'\n  - '(a+)+$'\n");
        Config config = ConfigLoader.load(file);
        assertEquals(List.of("\\{\\{[^}]+\\}\\}", "%%\\w+%%", "(a+)+$"), config.customisation().extraPlaceholders());
    }

    @Test
    void aSinglePatternIsCheckedToo() throws Exception {
        Path file = config("placeholders: '(?:(a+)\\1?)+b'\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertTrue(e.getMessage().startsWith(file + ":1: placeholders: '(?:(a+)\\1?)+b' is too slow"), e.getMessage());
    }
}
