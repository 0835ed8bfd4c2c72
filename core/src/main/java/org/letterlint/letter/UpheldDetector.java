package org.letterlint.letter;

import java.util.ArrayList;
import java.util.List;
import org.letterlint.pattern.PatternMatch;
import org.letterlint.pattern.TokenPattern;
import org.letterlint.text.Sentence;
import org.letterlint.text.TextModel;
import org.letterlint.text.Token;
import org.letterlint.wordlist.WordlistLine;
import org.letterlint.wordlist.Wordlists;

/**
 * Decides whether an outcome letter upholds any part of the complaint (so an apology is required),
 * from wordlists/upheld.tsv: a "yes" cue counts unless a "no" cue overlaps it.
 */
public final class UpheldDetector {
    private final List<TokenPattern> yes = new ArrayList<>();
    private final List<TokenPattern> no = new ArrayList<>();

    public UpheldDetector(List<WordlistLine> lines) {
        for (WordlistLine line : lines) {
            TokenPattern pattern = line.pattern(1);
            switch (line.column(0)) {
                case "yes" -> yes.add(pattern);
                case "no" -> no.add(pattern);
                default -> throw line.error("first column must be 'yes' or 'no', not '" + line.column(0) + "'");
            }
        }
    }

    public static UpheldDetector bundled() {
        return new UpheldDetector(Wordlists.bundled("upheld.tsv", 2, 2));
    }

    public boolean upheld(TextModel model) {
        for (Sentence sentence : model.sentences()) {
            List<Token> tokens = model.tokens(sentence);
            List<PatternMatch> negatives = new ArrayList<>();
            no.forEach(p -> negatives.addAll(p.findAll(tokens)));
            for (TokenPattern p : yes) {
                for (PatternMatch m : p.findAll(tokens)) {
                    boolean negated = negatives.stream().anyMatch(n -> n.start() < m.end() && m.start() < n.end());
                    if (!negated) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
