package org.letterlint.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.letterlint.pattern.PatternIndex;
import org.letterlint.pattern.PatternMatch;
import org.letterlint.pattern.TokenPattern;
import org.letterlint.text.Sentence;
import org.letterlint.text.TextModel;
import org.letterlint.text.Token;
import org.letterlint.wordlist.WordlistLine;
import org.letterlint.wordlist.Wordlists;

/**
 * The existence kind, with Vale-style conditions: a pattern that is a problem wherever it
 * appears, unless an "unless" pattern shows it is fine here, and only when a "then" pattern
 * follows. Families of patterns share a rule id and an explanation (e.g. defensive.non-apology).
 */
public final class ExistenceRule implements Rule {
    private static final String NONE = "-";
    /** In a message, the words found in the letter. */
    static final String FOUND = "{found}";
    private static final int MAX_QUOTED_WORDS = 8;

    private final Category category;
    private final Map<String, RuleInfo> families;
    private final List<Entry> entries;
    private final PatternIndex<Entry> index;

    /**
     * @param familyLines id, severity, summary, explanation, example, rewrite
     * @param entryLines  family id, pattern, unless, then, suggestions, message
     */
    public ExistenceRule(Category category, List<WordlistLine> familyLines, List<WordlistLine> entryLines) {
        this.category = category;
        Wordlists.requireUnique(familyLines, 0);
        this.families = new LinkedHashMap<>();
        for (WordlistLine line : familyLines) {
            String id = category.id() + "." + line.column(0);
            families.put(line.column(0), new RuleInfo(id, category, line.severity(1), line.column(2), line.column(3), line.column(4), line.column(5),
                    RuleInfo.Kind.WORDS, RuleInfo.Origin.LETTERLINT, false)); // a rewrite of meaning: the author chooses
        }
        List<Entry> parsed = new ArrayList<>();
        for (WordlistLine line : entryLines) {
            RuleInfo family = families.get(line.column(0));
            if (family == null) {
                throw line.error("unknown rule '" + line.column(0) + "'; known: " + String.join(", ", families.keySet()));
            }
            parsed.add(new Entry(family, line.pattern(1), line.optionalPattern(2), line.optionalPattern(3),
                    suggestions(line.column(4)), line.column(5)));
        }
        this.entries = List.copyOf(parsed);
        this.index = new PatternIndex<>(entries, Entry::pattern);
    }

    public static ExistenceRule defensive() {
        return new ExistenceRule(Category.DEFENSIVE, Wordlists.bundled("defensive-rules.tsv", 6, 6), Wordlists.bundled("defensive.tsv", 6, 6));
    }

    @Override
    public List<RuleInfo> describe() {
        return List.copyOf(families.values());
    }

    @Override
    public void check(RuleContext context, List<Finding> out) {
        TextModel model = context.model();
        List<Sentence> sentences = model.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = model.tokens(sentences.get(s));
            List<Token> next = s + 1 < sentences.size() ? model.tokens(sentences.get(s + 1)) : List.of();
            for (Entry e : index.candidates(tokens)) {
                for (PatternMatch m : e.pattern.findAll(tokens)) {
                    if (e.then != null && !followedBy(e.then, tokens, m, next)) {
                        continue;
                    }
                    if (e.unless != null && (e.unless.matchesAnywhere(tokens) || e.then != null && e.unless.matchesAnywhere(next))) {
                        continue;
                    }
                    String text = model.text(m.start(), m.end());
                    List<String> suggestions = e.suggestions.stream()
                            .map(x -> x.equals(SubstitutionRule.LEAVE_OUT) ? "" : Capitalisation.like(text, x)).toList();
                    out.add(new Finding(e.family.id(), category, e.family.severity(), m.start(), m.end(), text, speakOf(e.message, text), suggestions));
                }
            }
        }
    }

    /**
     * The message with {found} replaced by the words found, as the letter writes them, on one line,
     * cut to eight words, so that it quotes this letter and not an example of the family.
     */
    static String speakOf(String message, String found) {
        if (!message.contains(FOUND)) {
            return message;
        }
        String[] words = found.strip().replaceAll("[.!?;:,]+$", "").split("\\s+");
        String quoted = words.length <= MAX_QUOTED_WORDS ? String.join(" ", words)
                : String.join(" ", java.util.Arrays.copyOf(words, MAX_QUOTED_WORDS)) + " ...";
        return message.replace(FOUND, quoted);
    }

    /** The "then" pattern later in the same sentence, or anywhere in the next one. */
    private static boolean followedBy(TokenPattern then, List<Token> tokens, PatternMatch m, List<Token> next) {
        return then.find(tokens, m.endToken()) != null || then.matchesAnywhere(next);
    }

    private static List<String> suggestions(String column) {
        if (column.isEmpty() || column.equals(NONE)) {
            return List.of();
        }
        return List.of(column.split("\\|"));
    }

    private record Entry(RuleInfo family, TokenPattern pattern, TokenPattern unless, TokenPattern then,
                         List<String> suggestions, String message) {
    }
}
