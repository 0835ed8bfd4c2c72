package org.letterlint.letter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.letterlint.pattern.TokenPattern;
import org.letterlint.wordlist.WordlistException;
import org.letterlint.wordlist.WordlistLine;
import org.letterlint.wordlist.Wordlists;

/**
 * A complaint scheme: where the complainant goes next and the time limit the letter must state,
 * from a key/value file in wordlists/schemes/ that an organisation can copy and adapt.
 *
 * @param name           its short name, as given to --scheme
 * @param title          its full name
 * @param body           the names of its review body or ombudsman
 * @param bodyName       how to name the review body in a message
 * @param deadline       the time limits it accepts, or null for any
 * @param deadlineText   the time limit in words
 * @param reviewSentence a model review paragraph for its letters
 * @param replyDeadline  the reply times an acknowledgement or update may promise, or null for any
 * @param replyText      those reply times in words
 * @param required       elements it requires beyond the letter type's (e.g. signatory)
 * @param source         where its figures come from
 */
public record Scheme(String name, String title, TokenPattern body, String bodyName, TokenPattern deadline,
                     String deadlineText, String reviewSentence, TokenPattern replyDeadline, String replyText,
                     List<String> required, String source) {
    /** The schemes bundled with letterlint. */
    public static final List<String> BUNDLED = List.of("generic", "police", "housing", "council", "nhs", "scotland");
    private static final Set<String> KEYS = Set.of("name", "title", "body", "body-name", "deadline", "deadline-text",
            "review-sentence", "reply-deadline", "reply-deadline-text", "require", "source");

    public boolean isGeneric() {
        return deadline == null;
    }

    /** A bundled scheme by name, or a scheme file by path. */
    public static Scheme load(String nameOrPath) {
        if (BUNDLED.contains(nameOrPath)) {
            return parse("wordlists/schemes/" + nameOrPath + ".tsv", Wordlists.bundled("schemes/" + nameOrPath + ".tsv", 2, 2));
        }
        Path path = Path.of(nameOrPath);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("unknown scheme '" + nameOrPath + "': use one of " + String.join(", ", BUNDLED)
                    + ", or the path of a scheme file");
        }
        return parse(path.toString(), Wordlists.file(path, 2, 2));
    }

    public static Scheme generic() {
        return load("generic");
    }

    private static Scheme parse(String file, List<WordlistLine> lines) {
        Map<String, WordlistLine> values = new HashMap<>();
        for (WordlistLine line : lines) {
            if (!KEYS.contains(line.column(0))) {
                throw line.error("unknown key in column 1; valid keys: " + String.join(", ", KEYS.stream().sorted().toList()));
            }
            if (values.put(line.column(0), line) != null) {
                throw line.error("key '" + line.column(0) + "' given twice");
            }
        }
        for (String key : KEYS) {
            if (!values.containsKey(key)) {
                throw new WordlistException(file, "missing key '" + key + "'");
            }
        }
        String require = values.get("require").column(1);
        return new Scheme(values.get("name").column(1), values.get("title").column(1), values.get("body").optionalPattern(1),
                values.get("body-name").column(1), values.get("deadline").optionalPattern(1), values.get("deadline-text").column(1),
                values.get("review-sentence").column(1), values.get("reply-deadline").optionalPattern(1), values.get("reply-deadline-text").column(1),
                require.equals("-") ? List.of() : List.of(require.split("\\s*,\\s*")), values.get("source").column(1));
    }

}
