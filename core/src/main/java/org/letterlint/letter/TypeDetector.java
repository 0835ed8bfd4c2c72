package org.letterlint.letter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.letterlint.pattern.PatternMatch;
import org.letterlint.pattern.TokenPattern;
import org.letterlint.text.Sentence;
import org.letterlint.text.TextModel;
import org.letterlint.wordlist.WordlistLine;
import org.letterlint.wordlist.Wordlists;

/**
 * Guesses a letter's type from weighted cue phrases in {@code wordlists/letter-types.tsv}:
 * an outcome states a decision, an acknowledgement confirms receipt and says when a reply will
 * come, an update explains a delay. The type with the highest total weight wins.
 */
public final class TypeDetector {
    private final List<Cue> cues;

    public TypeDetector(List<WordlistLine> lines) {
        List<Cue> parsed = new ArrayList<>();
        for (WordlistLine line : lines) {
            try {
                int weight = Integer.parseInt(line.column(2));
                parsed.add(new Cue(LetterType.fromId(line.column(0)), line.pattern(1), weight));
            } catch (NumberFormatException e) {
                throw line.error("weight '" + line.column(2) + "' is not a whole number");
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage());
            }
        }
        this.cues = List.copyOf(parsed);
    }

    public static TypeDetector bundled() {
        return new TypeDetector(Wordlists.bundled("letter-types.tsv", 3, 3));
    }

    /** The most likely type, and the words that decided it. */
    public Detection detect(TextModel model) {
        Map<LetterType, Integer> scores = new EnumMap<>(LetterType.class);
        Map<LetterType, String> firstCue = new EnumMap<>(LetterType.class);
        for (Sentence sentence : model.sentences()) {
            var tokens = model.tokens(sentence);
            for (Cue cue : cues) {
                PatternMatch m = cue.pattern.find(tokens, 0);
                if (m != null) {
                    scores.merge(cue.type, cue.weight, Integer::sum);
                    firstCue.putIfAbsent(cue.type, model.text(m.start(), m.end()));
                }
            }
        }
        // On a tie the outcome wins: a decision is the strongest sign of what a letter is for.
        LetterType best = LetterType.OUTCOME;
        int bestScore = scores.getOrDefault(LetterType.OUTCOME, 0);
        for (LetterType type : LetterType.values()) {
            int score = scores.getOrDefault(type, 0);
            if (score > bestScore) {
                best = type;
                bestScore = score;
            }
        }
        if (bestScore <= 0) {
            return new Detection(LetterType.OUTCOME, null);
        }
        return new Detection(best, firstCue.get(best));
    }

    /** A detected type and the cue text that most supported it (null when nothing did and outcome is assumed). */
    public record Detection(LetterType type, String cue) {
    }

    private record Cue(LetterType type, TokenPattern pattern, int weight) {
    }
}
