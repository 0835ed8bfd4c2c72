package org.letterlint.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.letterlint.morphology.WordForms;
import org.letterlint.pattern.PatternIndex;
import org.letterlint.pattern.PatternMatch;
import org.letterlint.pattern.TokenPattern;
import org.letterlint.text.Sentence;
import org.letterlint.text.Token;
import org.letterlint.text.TextModel;
import org.letterlint.wordlist.WordlistLine;
import org.letterlint.wordlist.Wordlists;

/**
 * The substitution kind: a phrase that has a plainer alternative. Each wordlist line is a rule
 * with its own id ("jargon.in-due-course"); the matching is the token pattern's, so it ignores
 * case and inflection.
 */
public final class SubstitutionRule implements Rule {
    /** A suggestion meaning "delete the phrase". */
    public static final String LEAVE_OUT = "<leave out>";

    private final Category category;
    private final String label;
    private final List<Entry> entries;
    private final PatternIndex<Entry> index;

    /**
     * @param category the category of its findings
     * @param label    how the message describes a match, e.g. "is jargon"
     * @param lines    wordlist lines: pattern, alternatives, reason
     */
    public SubstitutionRule(Category category, Severity severity, String label, List<WordlistLine> lines) {
        this.category = category;
        this.label = label;
        Wordlists.requireUnique(lines, 0);
        List<Entry> parsed = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (WordlistLine line : lines) {
            TokenPattern pattern = line.pattern(0);
            String id = category.id() + "." + RuleIds.slug(line.column(0));
            if (!ids.add(id)) {
                throw line.error("gives the same rule id as an earlier entry (an id is made of the letters and digits of the phrase's first words); reword one of them");
            }
            List<String> alternatives = Wordlists.alternatives(line, 1);
            parsed.add(new Entry(id, severity, line.column(0), RuleIds.allWords(line.column(0)), pattern, alternatives, line.column(2)));
        }
        this.entries = List.copyOf(parsed);
        this.index = new PatternIndex<>(entries, Entry::pattern);
    }

    public static SubstitutionRule jargon() {
        return jargon(List.of());
    }

    /** The bundled jargon list plus an organisation's own entries (a duplicate is an error naming its line). */
    public static SubstitutionRule jargon(List<WordlistLine> extra) {
        List<WordlistLine> lines = new ArrayList<>(Wordlists.bundled("jargon.tsv", 3, 3));
        lines.addAll(extra);
        return new SubstitutionRule(Category.JARGON, Severity.WARNING, "is jargon", lines);
    }

    /** American and Oxford (-ize) spellings, with the British form: category spelling. */
    public static SubstitutionRule britishSpelling() {
        return new SubstitutionRule(Category.SPELLING, Severity.WARNING, "is not British spelling", Wordlists.bundled("british-spelling.tsv", 3, 3));
    }

    public static SubstitutionRule wordiness() {
        return new SubstitutionRule(Category.STYLE, Severity.INFO, "is wordy", Wordlists.bundled("wordy.tsv", 3, 3));
    }

    public int size() {
        return entries.size();
    }

    @Override
    public List<RuleInfo> describe() {
        List<RuleInfo> infos = new ArrayList<>();
        for (Entry e : entries) {
            String plain = String.join(", ", e.alternatives.stream().map(a -> a.equals(LEAVE_OUT) ? "leave it out" : "'" + a + "'").toList());
            String example = Examples.sentenceWith(e.phrase);
            infos.add(new RuleInfo(e.id, category, e.severity,
                    "'" + RuleIds.plainPhrase(e.phrase) + "' " + label + ": " + (plain.equals("leave it out") ? plain : "use " + plain),
                    e.reason + " Readers who are upset or worried, or who read English as a second language, "
                            + "stumble on words like this; plain words show you are talking to them, not at them.",
                    example, Examples.rewrite(example, e.phrase, e.alternatives.get(0)), RuleInfo.Kind.WORDS, RuleInfo.Origin.LETTERLINT, true));
        }
        return infos;
    }

    @Override
    public void check(RuleContext context, List<Finding> out) {
        TextModel model = context.model();
        for (Sentence sentence : model.sentences()) {
            var tokens = model.tokens(sentence);
            for (Entry e : index.candidates(tokens)) {
                for (PatternMatch m : e.pattern.findAll(tokens)) {
                    String text = model.text(m.start(), m.end());
                    List<WordForms.Word> matched = tokens.subList(m.firstToken(), m.endToken()).stream()
                            .map(t -> new WordForms.Word(t.text(), t.lemma(), t.tag())).toList();
                    WordForms.Surroundings around = surroundings(tokens, m.firstToken(), m.endToken());
                    // Suggestions that take the replaced words' form come first: the first is what fix applies.
                    List<WordForms.Result> forms = e.alternatives.stream()
                            .map(a -> a.equals(LEAVE_OUT) ? new WordForms.Result("", true) : WordForms.like(matched, e.words, a, around))
                            .sorted(java.util.Comparator.comparing(r -> !r.fitsTheSentence()))
                            .toList();
                    List<String> suggestions = forms.stream().map(r -> Capitalisation.like(text, r.text())).toList();
                    String message = "'" + text + "' " + label + ". " + e.reason;
                    out.add(new Finding(e.id, category, e.severity, m.start(), m.end(), text, message, suggestions,
                            forms.isEmpty() || forms.get(0).fitsTheSentence()));
                }
            }
        }
    }

    /** What is around the matched tokens [first, end): see {@link WordForms.Surroundings}. */
    private static WordForms.Surroundings surroundings(List<Token> tokens, int first, int end) {
        // The word before, past adverbs and "not": "has not yet escalated".
        Token before = null;
        for (int i = first - 1; i >= 0 && i >= first - 4; i--) {
            Token t = tokens.get(i);
            if (!t.tag().equals("ADV") && !t.tag().equals("PART")) {
                before = t;
                break;
            }
        }
        // The word that determines a noun, past adjectives: "your recent correspondence".
        boolean determined = false;
        for (int i = first - 1; i >= 0; i--) {
            String tag = tokens.get(i).tag();
            if (!tag.equals("ADJ")) {
                determined = tag.equals("DET") || tag.equals("NUM") || tag.equals("PRON") && POSSESSIVES.contains(tokens.get(i).norm());
                break;
            }
        }
        boolean endsClause = end >= tokens.size() || tokens.get(end).tag().equals("PUNCT");
        boolean auxiliary = before != null && WordForms.isAuxiliary(before.lemma());
        boolean beOrGet = before != null && (before.lemma().equals("be") || before.lemma().equals("get"));
        return new WordForms.Surroundings(auxiliary, beOrGet, endsClause, determined);
    }

    private static final Set<String> POSSESSIVES = Set.of("my", "your", "his", "her", "its", "our", "their");

    private record Entry(String id, Severity severity, String phrase, List<String> words, TokenPattern pattern,
                         List<String> alternatives, String reason) {
    }
}
