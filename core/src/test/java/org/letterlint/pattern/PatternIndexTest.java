package org.letterlint.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.letterlint.TestLetters;
import org.letterlint.text.Sentence;
import org.letterlint.text.TextModel;
import org.letterlint.text.Token;
import org.letterlint.wordlist.WordlistLine;
import org.letterlint.wordlist.Wordlists;

/**
 * The index may only skip patterns that cannot match: over every pattern in the bundled wordlists
 * and every sentence of the example letters, the corpus and the field set, each pattern that
 * matches a sentence is among that sentence's candidates.
 */
class PatternIndexTest {
    private static final List<String> WORDLISTS = List.of("jargon.tsv", "wordy.tsv", "british-spelling.tsv", "defensive.tsv",
            "elements.tsv", "letter-types.tsv", "upheld.tsv", "schemes/generic.tsv", "schemes/council.tsv", "schemes/housing.tsv");

    /** Every column of every bundled wordlist line that reads as a pattern: extra ones only widen the test. */
    private static List<TokenPattern> bundledPatterns() {
        List<TokenPattern> patterns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : WORDLISTS) {
            for (WordlistLine line : Wordlists.bundled(name, 1, 20)) {
                for (int c = 0; c < line.columns().size(); c++) {
                    String column = line.column(c);
                    if (column.isBlank() || column.equals("-") || !seen.add(column)) {
                        continue;
                    }
                    try {
                        patterns.add(TokenPattern.compile(column));
                    } catch (PatternSyntaxException notAPattern) {
                        // a message or an id column
                    }
                }
            }
        }
        return patterns;
    }

    private static List<List<Token>> sentences() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path folder : List.of(Path.of("../examples/letters"), Path.of("../cli/src/test/resources/corpus/letters"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        for (String row : Files.readAllLines(Path.of("src/test/resources/org/letterlint/field/field-sentences.tsv"))) {
            String[] columns = row.split("\t");
            if (!row.startsWith("#") && columns.length > 3 && !columns[0].equals("letter_id")) {
                texts.add(TestLetters.letter(columns[3]));
            }
        }
        List<List<Token>> sentences = new ArrayList<>();
        for (String text : texts) {
            TextModel model = TestLetters.model(text);
            for (Sentence sentence : model.sentences()) {
                sentences.add(model.tokens(sentence));
            }
        }
        return sentences;
    }

    @Test
    void everyPatternThatMatchesASentenceIsACandidateForIt() throws IOException {
        List<TokenPattern> patterns = bundledPatterns();
        assertTrue(patterns.size() > 500, "the wordlists' patterns were read: " + patterns.size());
        PatternIndex<TokenPattern> index = new PatternIndex<>(patterns, p -> p);
        List<List<Token>> sentences = sentences();
        assertTrue(sentences.size() > 700, "sentences read: " + sentences.size());
        long matches = 0;
        long candidates = 0;
        for (List<Token> tokens : sentences) {
            Set<TokenPattern> chosen = new HashSet<>(index.candidates(tokens));
            candidates += chosen.size();
            for (TokenPattern pattern : patterns) {
                if (pattern.matchesAnywhere(tokens)) {
                    matches++;
                    assertTrue(chosen.contains(pattern), "'" + pattern + "' matches but was skipped in: " + tokens);
                }
            }
        }
        assertTrue(matches > 1000, "the sentences exercise the patterns: " + matches + " matches");
        double share = (double) candidates / ((double) sentences.size() * patterns.size());
        assertTrue(share < 0.2, "the index skips most patterns for a sentence: " + share + " of them tried");
    }

    @Test
    void patternsWithNoWordToIndexAreAlwaysTried() {
        List<TokenPattern> patterns = List.of(TokenPattern.compile("{NUM} working? days"), TokenPattern.compile("_ ...2 {VERB}"),
                TokenPattern.compile("!we {VERB} || {PRON} apologise"), TokenPattern.compile("escalate"));
        PatternIndex<TokenPattern> index = new PatternIndex<>(patterns, p -> p);
        List<Token> tokens = TestLetters.model(TestLetters.letter("Thank you for writing.")).tokens();
        assertEquals(List.of(patterns.get(1), patterns.get(2)), index.candidates(tokens),
                "the part-of-speech, '_' and '!x' patterns are candidates; 'escalate' and 'days' are not in the sentence");
    }

    @Test
    void inflectedAndExactFormsFindTheirPatterns() {
        List<TokenPattern> patterns = List.of(TokenPattern.compile("finalise"), TokenPattern.compile("=was advised"),
                TokenPattern.compile("apply{VERB}"), TokenPattern.compile("carry? out"));
        PatternIndex<TokenPattern> index = new PatternIndex<>(patterns, p -> p);
        TextModel model = TestLetters.model(TestLetters.letter("We finalised it, you were advised, she applied and we carried it out."));
        List<Token> tokens = model.tokens(model.sentences().get(model.sentences().size() - 1));
        assertEquals(patterns, index.candidates(tokens));
    }
}
