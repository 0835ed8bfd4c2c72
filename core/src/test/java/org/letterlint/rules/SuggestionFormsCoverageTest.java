package org.letterlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.letterlint.TestLetters;
import org.letterlint.engine.Customisation;
import org.letterlint.engine.LetterReport;
import org.letterlint.engine.LintOptions;
import org.letterlint.engine.Linter;
import org.letterlint.fix.Fixer;
import org.letterlint.fix.Proofreader;
import org.letterlint.morphology.EnglishMorphology;
import org.letterlint.source.LetterSource;
import org.letterlint.wordlist.WordlistLine;
import org.letterlint.wordlist.Wordlists;

/**
 * Every jargon, wordy and spelling entry, in every form its pattern can match (a verb's past,
 * participle, -ing and third person; a noun's plural), in a sentence that suits the entry's word
 * class: each suggestion letterlint says fits in place leaves the sentence with no LanguageTool
 * finding (grammar or British spelling) that it did not have with the original words. A suggestion
 * that cannot take the form must say so (fitsInPlace false), so that fix never applies it.
 */
class SuggestionFormsCoverageTest {
    /** Sentences for each form of a verb phrase, the words where {} is; "the matter" gives it an object. */
    private static final Map<String, String> VERB_CARRIERS = Map.of(
            "VB", "We will {} the matter.",
            "VBD", "Last week we {} the matter.",
            "VBN", "We have {} the matter.",
            "VBG", "We wrote to the people {} the matter.", // not "we are ...": stative verbs ("consisting of") take no progressive
            "VBZ", "She {} the matter every week.");
    private static final Map<String, String> NOUN_CARRIERS = Map.of(
            "NN", "We have read the {} about it.",
            "NNS", "We have read the {} about it.");
    /** For the rest (adverbials, link words, prepositions): the phrase as written. */
    private static final String OTHER_CARRIER = "We will write to you {} about it.";
    /** LanguageTool's British speller: a word it does not know is not a word. */
    private static final String SPELLER = "spelling.lt-morfologik-rule-en-gb";
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "to", "with", "from", "in", "on", "about", "at", "by");

    /** An entry's words in a sentence, from {@code from} to {@code to} in it. */
    private record Case(String rule, List<String> alternatives, String sentence, int from, int to) {
        static Case of(WordlistLine line, String carrier, String words) {
            int at = carrier.indexOf("{}");
            List<String> alternatives = Wordlists.alternatives(line, 1).stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
            return new Case(line.column(0), alternatives, carrier.replace("{}", words), at, at + words.length());
        }

        /** Whether letterlint changed the suggestion's form: it is not one of the entry's alternatives as written. */
        boolean inflected(String suggestion) {
            return !suggestion.isEmpty() && !alternatives.contains(suggestion.toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void everySuggestionInEveryFormIsRealWordsAndAnInflectedOneAddsNoGrammarFinding() {
        List<Case> cases = new ArrayList<>();
        for (String file : List.of("jargon.tsv", "wordy.tsv", "british-spelling.tsv")) {
            for (WordlistLine line : Wordlists.bundled(file, 3, 3)) {
                String plain = RuleIds.plainPhrase(line.column(0));
                if (!plain.contains("...")) {
                    cases.addAll(cases(line, plain));
                }
            }
        }
        Linter linter = Linter.standard(Customisation.NONE, true);
        Proofreader proofreader = linter.rules().proofreader();
        assertEquals(List.of(SPELLER), proofreader.problems(List.of("The noise comed from the flat above.")).get(0),
                "the speller this test relies on knows 'comed' is not a word");
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<String> what = new ArrayList<>();
        List<Boolean> inflectedAndFitting = new ArrayList<>();
        int matched = 0;
        int notFitting = 0;
        int applied = 0;
        int refused = 0;
        for (Case c : cases) {
            String letter = TestLetters.letter(c.sentence());
            LetterReport report = linter.lint(LetterSource.of("t.txt", letter), LintOptions.DEFAULTS);
            int at = letter.indexOf(c.sentence());
            Finding f = report.findings().stream()
                    .filter(x -> x.start() < at + c.to() && x.end() > at + c.from() && !x.suggestions().isEmpty()
                            && Set.of(Category.JARGON, Category.STYLE, Category.SPELLING).contains(x.category())
                            && !linter.rules().fromLanguageTool(x))
                    .findFirst().orElse(null);
            if (f == null) {
                continue; // the pattern does not take this form
            }
            matched++;
            notFitting += f.fitsInPlace() ? 0 : 1;
            Fixer.Result fixed = Fixer.applySafe(letter, List.of(f), linter.rules()::about, proofreader);
            applied += fixed.applied().size();
            refused += fixed.refused().size();
            for (int i = 0; i < f.suggestions().size(); i++) {
                String s = f.suggestions().get(i);
                before.add(c.sentence());
                after.add(letter.substring(at, f.start()) + s + letter.substring(f.end(), at + c.sentence().length()));
                what.add(c.rule() + " '" + f.text() + "' -> '" + s + "'");
                inflectedAndFitting.add(i == 0 && f.fitsInPlace() && c.inflected(s));
            }
        }
        List<List<String>> was = proofreader.problems(before);
        List<List<String>> is = proofreader.problems(after);
        List<String> problems = new ArrayList<>();
        int inflectedChecked = 0;
        for (int i = 0; i < after.size(); i++) {
            List<String> gained = new ArrayList<>(is.get(i));
            was.get(i).forEach(gained::remove);
            // Every suggestion is made of real words; one put into the replaced words' form also reads correctly.
            boolean checkGrammar = inflectedAndFitting.get(i);
            inflectedChecked += checkGrammar ? 1 : 0;
            List<String> wrong = gained.stream().filter(id -> checkGrammar || id.equals(SPELLER)).toList();
            if (!wrong.isEmpty()) {
                problems.add(what.get(i) + " in '" + after.get(i) + "': " + wrong);
            }
        }
        System.out.printf("suggestion forms: %d sentences, %d matched, %d not fitting in place, %d suggestions checked for real words, "
                + "%d inflected ones also for grammar; fix applied %d, refused %d; %d problems%n",
                cases.size(), matched, notFitting, after.size(), inflectedChecked, applied, refused, problems.size());
        assertTrue(matched > 500, "matched only " + matched);
        assertTrue(inflectedChecked > 200, "checked only " + inflectedChecked + " inflected suggestions");
        assertEquals(List.of(), problems);
    }

    /** The phrase in each form its word class has, each in its carrier sentence. */
    private static List<Case> cases(WordlistLine line, String plain) {
        EnglishMorphology morphology = EnglishMorphology.get();
        String[] words = plain.split(" ");
        List<Case> out = new ArrayList<>();
        String first = words[0].toLowerCase();
        if (isA(first, "VB")) {
            VERB_CARRIERS.forEach((tag, carrier) -> {
                for (String form : tag.equals("VB") ? List.of(first) : morphology.forms(first, tag)) {
                    String[] copy = words.clone();
                    copy[0] = form;
                    out.add(Case.of(line, carrier, String.join(" ", copy)));
                }
            });
        }
        int head = nounHead(words);
        String noun = words[head].toLowerCase();
        if (isA(noun, "NN")) {
            NOUN_CARRIERS.forEach((tag, carrier) -> {
                for (String form : tag.equals("NN") ? List.of(noun) : morphology.forms(noun, tag)) {
                    String[] copy = words.clone();
                    copy[head] = form;
                    out.add(Case.of(line, carrier, String.join(" ", copy)));
                }
            });
        }
        if (out.isEmpty()) {
            out.add(Case.of(line, OTHER_CARRIER, plain));
        }
        return out;
    }

    /** Whether the dictionary has the word as its own lemma with a tag of this class ("review": VB and NN). */
    private static boolean isA(String word, String tagPrefix) {
        return EnglishMorphology.get().readings(word).stream().anyMatch(r -> r.lemma().equals(word) && r.tag().startsWith(tagPrefix));
    }

    private static int nounHead(String[] words) {
        for (int i = 1; i < words.length; i++) {
            if (PREPOSITIONS.contains(words[i].toLowerCase())) {
                return i - 1;
            }
        }
        return words.length - 1;
    }
}
