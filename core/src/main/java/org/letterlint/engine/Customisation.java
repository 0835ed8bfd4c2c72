package org.letterlint.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.letterlint.text.Masker;
import org.letterlint.wordlist.WordlistLine;
import org.letterlint.wordlist.Wordlists;

/**
 * An organisation's additions to the bundled rule data, from its config file: its own jargon,
 * acronyms with expansions, accepted words, and template placeholder patterns.
 *
 * @param jargon              extra jargon files (same format as wordlists/jargon.tsv)
 * @param acronyms            extra acronym files (ACRONYM, TAB, expansion)
 * @param acceptedWords       files of words the organisation's readers know: never flagged as acronyms or misspellings
 * @param extraPlaceholders   regular expressions for placeholders beyond the built-in styles
 */
public record Customisation(List<Path> jargon, List<Path> acronyms, List<Path> acceptedWords, List<String> extraPlaceholders) {
    public static final Customisation NONE = new Customisation(List.of(), List.of(), List.of(), List.of());

    public Customisation {
        jargon = List.copyOf(jargon);
        acronyms = List.copyOf(acronyms);
        acceptedWords = List.copyOf(acceptedWords);
        extraPlaceholders = List.copyOf(extraPlaceholders);
    }

    public List<WordlistLine> jargonLines() {
        return read(jargon, 3, 3);
    }

    public List<WordlistLine> acronymLines() {
        return read(acronyms, 2, 2);
    }

    public List<WordlistLine> acceptedWordLines() {
        return read(acceptedWords, 1, 1);
    }

    public List<String> placeholderPatterns() {
        List<String> all = new ArrayList<>(Masker.DEFAULT_PLACEHOLDER_PATTERNS);
        all.addAll(extraPlaceholders);
        return all;
    }

    private static List<WordlistLine> read(List<Path> files, int min, int max) {
        List<WordlistLine> lines = new ArrayList<>();
        for (Path file : files) {
            lines.addAll(Wordlists.file(file, min, max));
        }
        return lines;
    }
}
