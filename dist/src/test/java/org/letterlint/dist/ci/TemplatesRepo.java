package org.letterlint.dist.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A templates repository as a council or a housing association keeps one: two good letter
 * templates, a README that letterlint would flag as a letter (it must never be linted), and
 * optionally one bad template.
 */
final class TemplatesRepo {
    static final String GOOD_TXT = "templates/acknowledgement.txt";
    static final String GOOD_MD = "templates/update.md";
    static final String BAD = "templates/acknowledgement-jargon.txt";

    private TemplatesRepo() {
    }

    /** Makes the repository in {@code origin} and returns a fresh clone of it in {@code workspace}. */
    static Path cloneOf(Path origin, Path workspace, Map<String, String> env, boolean withBadTemplate) throws IOException {
        Path letters = Recipes.LETTERS;
        Files.createDirectories(origin.resolve("templates"));
        Files.copy(letters.resolve("acknowledgement-good.txt"), origin.resolve(GOOD_TXT));
        Files.copy(letters.resolve("update-good.txt"), origin.resolve(GOOD_MD));
        if (withBadTemplate) {
            Files.copy(letters.resolve("acknowledgement-jargon.txt"), origin.resolve(BAD));
        }
        Files.writeString(origin.resolve("README.md"), readme());
        git(origin, env, "init", "-q");
        git(origin, env, "add", ".");
        git(origin, env, "commit", "-q", "-m", "Templates");
        git(origin.getParent(), env, "clone", "-q", origin.toString(), workspace.toString());
        return workspace;
    }

    /** A README in jargon with no contact or timescale: errors if it were linted as a letter. */
    static String readme() throws IOException {
        return "# Our letter templates\n\n"
                + Files.readString(Recipes.LETTERS.resolve("acknowledgement-jargon.txt"));
    }

    static Shell.Result git(Path dir, Map<String, String> env, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Shell.Result result = Shell.run(dir, env, command);
        assertEquals(0, result.code(), result.out());
        return result;
    }
}
