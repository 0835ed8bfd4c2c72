package org.letterlint.pattern;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.letterlint.text.Token;

/**
 * Many patterns (a wordlist's), indexed by words they cannot match without, so a sentence is only
 * tried against the patterns it could match. Trying every pattern at every token was most of the
 * time of a long letter (a 2 MB letter spent a minute there). The index only skips: each pattern it
 * hands back is still matched in full, so what is found does not change.
 *
 * @param <T> what each pattern belongs to (a wordlist entry)
 */
public final class PatternIndex<T> {
    private final List<T> entries;
    private final Map<String, int[]> byWord = new HashMap<>();
    private final BitSet alwaysTried = new BitSet();

    public PatternIndex(List<T> entries, Function<T, TokenPattern> pattern) {
        this.entries = List.copyOf(entries);
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < this.entries.size(); i++) {
            Set<String> anchors = pattern.apply(this.entries.get(i)).anchorWords();
            if (anchors == null) {
                alwaysTried.set(i);
                continue;
            }
            for (String word : anchors) {
                lists.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
            }
        }
        lists.forEach((word, list) -> byWord.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The entries whose pattern may match in these tokens, in the order they were given. */
    public List<T> candidates(List<Token> tokens) {
        BitSet chosen = (BitSet) alwaysTried.clone();
        for (Token token : tokens) {
            if (token.isMasked()) {
                continue; // a pattern never matches a masked token
            }
            mark(token.norm(), chosen);
            mark(token.lemma(), chosen);
            String form = token.norm();
            // The bases that Inflections.isInflectionOf accepts for this form: it less an ending of up
            // to four letters, and -ing/-ies/-ied taken back to -e or -y.
            for (int cut = 1; cut <= 4 && cut < form.length(); cut++) {
                mark(form.substring(0, form.length() - cut), chosen);
            }
            if (form.length() > 3) {
                String stem = form.substring(0, form.length() - 3);
                mark(stem + "e", chosen);
                mark(stem + "y", chosen);
            }
        }
        List<T> candidates = new ArrayList<>(chosen.cardinality());
        for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
            candidates.add(entries.get(i));
        }
        return candidates;
    }

    private void mark(String word, BitSet chosen) {
        int[] hits = byWord.get(word);
        if (hits != null) {
            for (int i : hits) {
                chosen.set(i);
            }
        }
    }
}
