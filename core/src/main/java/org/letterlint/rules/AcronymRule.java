package org.letterlint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.letterlint.text.Sentence;
import org.letterlint.text.TextModel;
import org.letterlint.text.Token;
import org.letterlint.wordlist.WordlistLine;
import org.letterlint.wordlist.Wordlists;

/**
 * The acronym kind: an all-capitals word used before it is spelled out. "Independent Office for
 * Police Conduct (IOPC)" and "IOPC (Independent Office for Police Conduct)" both define IOPC.
 * Only the first undefined use is reported; acronyms every reader knows are left alone.
 */
public final class AcronymRule implements Rule {
    public static final String ID = "acronym.undefined";

    /** Two or more capitals, maybe digits or "&", maybe a plural "s": IOPC, 2WW, SMETS2, SLCs, A&E. */
    private static final Pattern ACRONYM = Pattern.compile("(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9&]{2,10}s?");
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVXLC]{1,4}");
    /** A time such as "9AM" or "5.30PM": not an acronym. */
    private static final Pattern TIME = Pattern.compile("\\d{1,2}([.:]\\d{2})?(AM|PM)");

    private final Map<String, String> expansions;
    private final Set<String> common;

    public AcronymRule(List<WordlistLine> expansionLines, List<WordlistLine> commonLines) {
        Wordlists.requireUnique(expansionLines, 0);
        this.expansions = new HashMap<>();
        for (WordlistLine line : expansionLines) {
            expansions.put(line.column(0).toUpperCase(Locale.ROOT), line.column(1));
        }
        this.common = new HashSet<>();
        for (WordlistLine line : commonLines) {
            common.add(line.column(0).toUpperCase(Locale.ROOT));
        }
    }

    public static AcronymRule bundled() {
        return bundled(List.of(), List.of());
    }

    /**
     * The bundled lists plus an organisation's: its acronyms with expansions, and its accepted words
     * (acronyms its readers know, never flagged).
     */
    public static AcronymRule bundled(List<WordlistLine> extraExpansions, List<WordlistLine> acceptedWords) {
        List<WordlistLine> expansions = new ArrayList<>(Wordlists.bundled("acronyms.tsv", 2, 2));
        expansions.addAll(extraExpansions);
        List<WordlistLine> common = new ArrayList<>(Wordlists.bundled("common-acronyms.txt", 1, 1));
        common.addAll(acceptedWords);
        return new AcronymRule(expansions, common);
    }

    /** Every acronym letterlint knows: those with expansions and those every reader knows. */
    public Set<String> knownAcronyms() {
        Set<String> all = new HashSet<>(expansions.keySet());
        all.addAll(common);
        return all;
    }

    public int knownExpansions() {
        return expansions.size();
    }

    @Override
    public List<RuleInfo> describe() {
        return List.of(new RuleInfo(ID, Category.ACRONYM, Severity.WARNING,
                "An acronym used before it is spelled out",
                "Acronyms are shorthand for people inside the organisation. A complainant who does not know "
                        + "what 'PSD' or 'PHSO' means cannot follow the letter, and may not realise who to turn to next. "
                        + "Spell an acronym out the first time, with the short form in brackets, or just use the full name.",
                "Your complaint was handled by the PSD.",
                "Your complaint was handled by the Professional Standards Department (PSD).",
                RuleInfo.Kind.WORDS, RuleInfo.Origin.LETTERLINT, false));
    }

    @Override
    public void check(RuleContext context, List<Finding> out) {
        TextModel model = context.model();
        Set<String> settled = new HashSet<>(common);
        for (Sentence sentence : model.sentences()) {
            List<Token> tokens = model.tokens(sentence);
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                // The tokenizer can keep a full stop on an abbreviation at the end of a sentence ("SLA.").
                String word = token.text().endsWith(".") ? token.text().substring(0, token.text().length() - 1) : token.text();
                if (token.isMasked() || !isAcronym(word) || inCapitalsLine(model, token)) {
                    continue;
                }
                String acronym = singular(word);
                if (settled.contains(acronym)) {
                    continue;
                }
                settled.add(acronym);
                if (isDefinedHere(tokens, i)) {
                    continue;
                }
                String expansion = expansions.get(acronym);
                List<String> suggestions = expansion == null ? List.of() : List.of(expansion + " (" + word + ")");
                String message = "'" + word + "' is not spelled out: write it in full the first time"
                        + (expansion == null ? ", with the short form in brackets." : ", e.g. '" + suggestions.get(0) + "'.");
                out.add(new Finding(ID, Category.ACRONYM, Severity.WARNING, token.start(), token.start() + word.length(), word, message, suggestions));
            }
        }
    }

    static boolean isAcronym(String word) {
        return ACRONYM.matcher(word).matches() && !ROMAN_NUMERAL.matcher(word).matches() && !TIME.matcher(word).matches();
    }

    private static String singular(String word) {
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** "Full Name (ACR)": in brackets after two or more words; or "ACR (Full Name)": followed by a bracketed name. */
    private static boolean isDefinedHere(List<Token> tokens, int i) {
        boolean inBrackets = i > 0 && tokens.get(i - 1).text().equals("(")
                && i + 1 < tokens.size() && tokens.get(i + 1).text().equals(")");
        if (inBrackets) {
            int words = 0;
            for (int k = i - 2; k >= 0 && words < 2 && tokens.get(k).isWord(); k--) {
                words++;
            }
            return words >= 2;
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).text().equals("(")) {
            int words = 0;
            for (int k = i + 2; k < tokens.size() && !tokens.get(k).text().equals(")"); k++) {
                if (tokens.get(k).isWord()) {
                    words++;
                }
            }
            return words >= 2;
        }
        return false;
    }

    /** An all-capitals line is a heading written in capitals, not a line of acronyms. */
    private static boolean inCapitalsLine(TextModel model, Token token) {
        String text = model.text();
        int start = token.start();
        while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
            start--;
        }
        int end = token.end();
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        String line = text.substring(start, end);
        long words = line.chars().filter(Character::isLetter).count();
        return words >= 8 && line.chars().noneMatch(Character::isLowerCase) && line.strip().contains(" ");
    }
}
