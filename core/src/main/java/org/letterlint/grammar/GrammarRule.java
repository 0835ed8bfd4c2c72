package org.letterlint.grammar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.languagetool.JLanguageTool;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.letterlint.rules.Category;
import org.letterlint.rules.Finding;
import org.letterlint.rules.Rule;
import org.letterlint.rules.RuleContext;
import org.letterlint.rules.RuleInfo;
import org.letterlint.rules.Severity;
import org.letterlint.text.Mask;
import org.letterlint.text.MaskKind;
import org.letterlint.text.Sentence;
import org.letterlint.text.SentencePieces;
import org.letterlint.text.TextModel;
import org.letterlint.text.Token;

/**
 * Grammar and spelling in British English, by LanguageTool (en-GB), offline. LanguageTool reads
 * the letter as annotated text: the letterhead, address and signature are markup it skips, and each
 * placeholder, phone number, e-mail address or reference reads as a name, so it neither stumbles
 * on them nor shifts any offset. Misspelling-type matches on the letter's own names and
 * acronyms are dropped (see {@link Names}). Rule ids are "grammar.lt-&lt;languagetool-id&gt;" and "spelling.lt-&lt;languagetool-id&gt;".
 */
public final class GrammarRule implements Rule {
    /** What a masked placeholder or address reads as: a name fits wherever they stand. */
    private static final String STAND_IN = "Alex";
    /**
     * How much of a body LanguageTool reads: about 30 pages, where a long letter is five. It reads
     * some 5 KB a second on a busy machine, so a letter as big as the reader allows (2 MiB) took
     * minutes; beyond this the rest is left out, and a note says so.
     */
    public static final int MAX_CHECKED_CHARS = 100_000;
    /** The note on a letter whose body is longer than LanguageTool reads. */
    public static final String NOT_CHECKED_ID = "grammar.not-checked";
    /** LanguageTool always ends a sentence at a blank line. */
    private static final String PARAGRAPH_BREAK = "\n\n";

    private final LanguageToolPool pool;
    private final Set<String> knownWords;

    /**
     * @param knownWords words never to flag as misspelt: known acronyms, the organisation's accepted
     *                   words; starts loading LanguageTool in the background
     */
    public GrammarRule(Set<String> knownWords) {
        this.knownWords = Set.copyOf(knownWords);
        this.pool = LanguageToolPool.shared(List.copyOf(knownWords));
    }

    @Override
    public List<RuleInfo> describe() {
        List<RuleInfo> infos = new ArrayList<>();
        infos.add(new RuleInfo(NOT_CHECKED_ID, Category.GRAMMAR, Severity.INFO,
                "Grammar and spelling are checked in the first " + String.format(Locale.ROOT, "%,d", MAX_CHECKED_CHARS) + " characters of the body",
                "LanguageTool is slow on very long texts, so it reads no further than about 30 pages of a letter's body; "
                        + "the note marks where it stopped. Split the document, or check the rest on its own.", "", "",
                RuleInfo.Kind.LETTER, RuleInfo.Origin.LETTERLINT, false));
        Set<String> seen = new HashSet<>();
        for (org.languagetool.rules.Rule rule : pool.activeRules()) {
            Category category = isSpelling(rule) ? Category.SPELLING : Category.GRAMMAR;
            if (!seen.add(id(category, rule.getId()))) {
                continue; // sub-rules of a rule group share its id; a few ids differ only in case
            }
            String example = rule.getIncorrectExamples().isEmpty() ? "" : strip(rule.getIncorrectExamples().get(0).getExample());
            String rewrite = rule.getIncorrectExamples().isEmpty() || rule.getIncorrectExamples().get(0).getCorrections().isEmpty()
                    ? "" : rule.getIncorrectExamples().get(0).getCorrections().get(0);
            infos.add(new RuleInfo(id(category, rule.getId()), category, Severity.WARNING, rule.getDescription(),
                    "A letter with mistakes tells the complainant nobody took care over it. This check is LanguageTool's "
                            + rule.getId() + " rule (British English), in the category " + rule.getCategory().getName() + ".",
                    // LanguageTool's spelling suggestions are words for words; its grammar ones rewrite a construction.
                    example, rewrite, RuleInfo.Kind.WORDS, RuleInfo.Origin.LANGUAGETOOL, category == Category.SPELLING));
        }
        return infos;
    }

    @Override
    public void check(RuleContext context, List<Finding> out) {
        TextModel model = context.model();
        Names names = Names.of(model);
        JLanguageTool lt = pool.acquire();
        List<RuleMatch> matches;
        try {
            matches = lt.check(annotated(model));
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool failed", e);
        } finally {
            pool.release(lt);
        }
        String text = model.text();
        int checkedEnd = checkedEnd(model);
        if (checkedEnd < model.layout().bodyEnd()) {
            out.add(new Finding(NOT_CHECKED_ID, Category.GRAMMAR, Severity.INFO, checkedEnd, checkedEnd, "",
                    "Grammar and spelling were checked in the first " + String.format(Locale.ROOT, "%,d", MAX_CHECKED_CHARS)
                            + " characters of the body only: the remaining " + String.format(Locale.ROOT, "%,d", model.layout().bodyEnd() - checkedEnd)
                            + " characters were not checked.", List.of()));
        }
        for (RuleMatch match : matches) {
            int start = match.getFromPos();
            int end = match.getToPos();
            if (start < 0 || end > text.length() || start >= end) {
                continue;
            }
            String covered = text.substring(start, end);
            boolean spelling = isSpelling(match.getRule());
            if (spelling && isNameOrAcronym(covered, match.getRule() instanceof SpellingCheckRule, names)) {
                continue;
            }
            Category category = spelling ? Category.SPELLING : Category.GRAMMAR;
            List<String> suggestions = match.getSuggestedReplacements().stream().limit(5).toList();
            out.add(new Finding(id(category, match.getRule().getId()), category, Severity.WARNING, start, end, covered,
                    strip(match.getMessage()), suggestions));
        }
    }

    /**
     * The letter as LanguageTool should read it: only the body, with masks read as names. A sentence
     * longer than {@link SentencePieces#MAX_TOKENS} tokens (no person writes one; a text with no full
     * stop is one) reaches it as paragraphs of that size, as LanguageTool's chunker does work in the
     * square of a sentence's length; the breaks are added text, so no offset moves.
     */
    static AnnotatedText annotated(TextModel model) {
        String text = model.text();
        int bodyStart = model.layout().bodyStart();
        int bodyEnd = checkedEnd(model);
        List<Integer> breaks = pieceBreaks(model);
        AnnotatedTextBuilder builder = new AnnotatedTextBuilder();
        builder.addMarkup(text.substring(0, bodyStart), "");
        int at = bodyStart;
        int next = 0;
        for (Mask mask : model.masks()) {
            if (mask.kind().isProse() || mask.start() < at || mask.end() > bodyEnd) {
                continue;
            }
            next = addText(builder, text, at, mask.start(), breaks, next);
            boolean breakInside = false;
            while (next < breaks.size() && breaks.get(next) < mask.end()) {
                breakInside = true;
                next++;
            }
            String readAs = mask.kind() == MaskKind.DIRECTIVE ? "" : STAND_IN;
            builder.addMarkup(text.substring(mask.start(), mask.end()), breakInside ? readAs + PARAGRAPH_BREAK : readAs);
            at = mask.end();
        }
        addText(builder, text, at, bodyEnd, breaks, next);
        builder.addMarkup(text.substring(bodyEnd), "");
        return builder.build();
    }

    /**
     * Where LanguageTool stops reading: the end of the body, or for a body over
     * {@link #MAX_CHECKED_CHARS} the last space before that many characters, not inside a mask.
     */
    static int checkedEnd(TextModel model) {
        int bodyStart = model.layout().bodyStart();
        int bodyEnd = model.layout().bodyEnd();
        if (bodyEnd - bodyStart <= MAX_CHECKED_CHARS) {
            return bodyEnd;
        }
        String text = model.text();
        int cut = bodyStart + MAX_CHECKED_CHARS;
        for (int i = cut; i > cut - 100; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                cut = i;
                break;
            }
        }
        for (Mask mask : model.masks()) {
            if (mask.start() >= cut) {
                break;
            }
            if (!mask.kind().isProse() && mask.end() > cut) {
                cut = mask.start();
            }
        }
        return cut;
    }

    /** Adds {@code text[from, to)}, with a paragraph break before each piece that starts inside it. */
    private static int addText(AnnotatedTextBuilder builder, String text, int from, int to, List<Integer> breaks, int next) {
        int at = from;
        while (next < breaks.size() && breaks.get(next) < to) {
            int b = breaks.get(next++);
            if (b < at) {
                continue; // inside a mask that was skipped because it overlaps another
            }
            builder.addText(text.substring(at, b));
            builder.addMarkup("", PARAGRAPH_BREAK);
            at = b;
        }
        builder.addText(text.substring(at, to));
        return next;
    }

    /** The offsets, in order, where each piece but the first of an over-long sentence starts. */
    private static List<Integer> pieceBreaks(TextModel model) {
        List<Integer> breaks = new ArrayList<>();
        for (Sentence sentence : model.sentences()) {
            if (sentence.tokenCount() <= SentencePieces.MAX_TOKENS) {
                continue;
            }
            List<Token> tokens = model.tokens(sentence);
            int[] starts = tokens.stream().mapToInt(Token::start).toArray();
            int[] ends = tokens.stream().mapToInt(Token::end).toArray();
            List<Integer> pieces = SentencePieces.starts(model.text(), starts, ends, 0, tokens.size());
            for (int p = 1; p < pieces.size(); p++) {
                breaks.add(starts[pieces.get(p)]);
            }
        }
        return breaks;
    }

    /**
     * True when a misspelling-type match covers a word the letter uses as a name or acronym. The
     * letter's own evidence (its known words, and the {@link Names#shown} ones) silences any rule;
     * the tagger's guesses ({@link Names#guessed}) silence only the speller, which knows no names,
     * not LanguageTool's rules for one word in context ("Pleaser let me know", "IM SO SICK OF IT",
     * "What Ive said"), whose authors wrote exceptions for the names they meet.
     */
    private boolean isNameOrAcronym(String covered, boolean speller, Names names) {
        if (knownWords.contains(covered) || names.shown().contains(covered)) {
            return true;
        }
        return speller && names.guessed().contains(covered);
    }

    /**
     * The words a letter uses as names or acronyms.
     *
     * @param shown   what the letter itself shows: capitalised words of the letterhead, address,
     *                salutation and signature; capitalised words after a title ("Mrs Okonkwo",
     *                "Dr. Okafor"); proper nouns in a full name ("Ivy Bu", "Tat Wing Lee"); an
     *                all-capitals word in brackets after its expansion, or before one
     * @param guessed what the tagger reads as names: capitalised proper nouns inside a sentence, or
     *                at its start before another capitalised word ("Chidi Eze will call"); every
     *                all-capitals word (letterlint's acronym rule reports those never spelled out).
     *                Not a capitalised word that opens a sentence on its own: every first word has a
     *                capital, and the tagger calls most unknown ones proper nouns ("Thnak you",
     *                "Pleaser let me know"). Not a word with a digit ("Go0d", "America1s").
     */
    record Names(Set<String> shown, Set<String> guessed) {
        /** "Mrs", "Dr." and the like: the capitalised words after one are a name. */
        private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir",
                "dame", "lord", "lady", "rev", "revd", "cllr", "councillor", "pc", "dc", "ds", "di", "sgt", "sergeant",
                "insp", "inspector", "supt", "superintendent", "ch", "det", "capt");

        static Names of(TextModel model) {
            Set<String> shown = new HashSet<>();
            Set<String> guessed = new HashSet<>();
            String text = model.text();
            String outside = text.substring(0, model.layout().bodyStart()) + "\n" + text.substring(model.layout().bodyEnd());
            for (String word : outside.split("[^\\p{L}'’-]+")) {
                if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                    shown.add(word);
                }
            }
            List<Token> tokens = model.tokens();
            Set<Integer> sentenceStarts = new HashSet<>();
            for (Sentence sentence : model.sentences()) {
                for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                    if (tokens.get(i).isWord()) {
                        sentenceStarts.add(i);
                        break;
                    }
                }
            }
            for (int i = 0; i < tokens.size(); i++) {
                String w = tokens.get(i).text();
                if (!capitalised(w) || w.chars().anyMatch(Character::isDigit)) {
                    if (allCapitals(w)) {
                        guessed.add(w); // "SMETS2", "2WW"
                    }
                    continue;
                }
                if (afterTitle(tokens, i) || inFullName(tokens, i)) {
                    shown.add(w);
                }
                if (allCapitals(w)) {
                    guessed.add(w);
                    if (definedInBrackets(tokens, i)) {
                        shown.add(w);
                    }
                } else if (tokens.get(i).tag().equals("PROPN")
                        && (!sentenceStarts.contains(i) || i + 1 < tokens.size() && capitalised(tokens.get(i + 1).text()))) {
                    guessed.add(w);
                }
            }
            return new Names(shown, guessed);
        }

        private static boolean capitalised(String w) {
            return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
        }

        private static boolean allCapitals(String w) {
            return w.length() > 1 && w.chars().anyMatch(Character::isLetter) && w.equals(w.toUpperCase(Locale.ROOT));
        }

        /** After a title, maybe past other parts of the name: "Mrs Ada Okonkwo", "Mr Al-Amin". */
        private static boolean afterTitle(List<Token> tokens, int i) {
            for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
                String t = tokens.get(k).text();
                if (isTitle(t)) {
                    return true;
                }
                if (!capitalised(t) && !t.equals("-")) {
                    return false;
                }
            }
            return false;
        }

        /**
         * A proper noun beside another, both capitalised: "Ivy Bu", "Tat Wing Lee", "Shell Energy". A
         * title starts a name, so the word before one is not part of it ("Deer Dr. Snyder").
         */
        private static boolean inFullName(List<Token> tokens, int i) {
            return properNoun(tokens.get(i)) && (i > 0 && properNoun(tokens.get(i - 1))
                    || i + 1 < tokens.size() && properNoun(tokens.get(i + 1)) && !isTitle(tokens.get(i + 1).text()));
        }

        private static boolean isTitle(String word) {
            String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            return capitalised(bare) && TITLES.contains(bare.toLowerCase(Locale.ROOT));
        }

        private static boolean properNoun(Token token) {
            return token.tag().equals("PROPN") && capitalised(token.text()) && !allCapitals(token.text());
        }

        /** "Independent Office for Police Conduct (IOPC)" or "IOPC (Independent Office ...)". */
        private static boolean definedInBrackets(List<Token> tokens, int i) {
            boolean inBrackets = i > 0 && tokens.get(i - 1).text().equals("(") && i + 1 < tokens.size() && tokens.get(i + 1).text().equals(")");
            boolean beforeBrackets = i + 1 < tokens.size() && tokens.get(i + 1).text().equals("(");
            return inBrackets || beforeBrackets;
        }
    }

    static boolean isSpelling(org.languagetool.rules.Rule rule) {
        return rule instanceof SpellingCheckRule || rule.getLocQualityIssueType() == ITSIssueType.Misspelling;
    }

    /** LanguageTool's rules are named "grammar.lt-..." and "spelling.lt-...", apart from letterlint's own. */
    static String id(Category category, String languageToolId) {
        return category.id() + ".lt-" + languageToolId.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** LanguageTool marks suggestions in messages with &lt;suggestion&gt; tags; letterlint shows plain text. */
    private static String strip(String message) {
        return message.replaceAll("</?suggestion>", "'").replaceAll("</?marker>", "");
    }
}
