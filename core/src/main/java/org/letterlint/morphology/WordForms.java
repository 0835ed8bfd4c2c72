package org.letterlint.morphology;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Puts a suggested rewrite into the form of the words it replaces, from LanguageTool's English
 * dictionaries rather than hand-made ending rules: "escalated" to "passed to", "liaising with" to
 * "working with", "emanated from" to "came from" (or "come from" after "has"), "communications" to
 * "letters". Where the suggestion cannot take the form ("was able to" and the modal "can"), it says
 * so, and the rewrite is offered, never applied for the writer.
 */
public final class WordForms {
    /** Penn tags that mark an inflected form; the base tags (VB, VBP, NN) need no change. */
    private static final Set<String> INFLECTED = Set.of("VBD", "VBN", "VBG", "VBZ", "NNS");
    /** Words after which a participle, not a past tense, follows: "has escalated", "was escalated", "got escalated". */
    private static final Set<String> AUXILIARIES = Set.of("have", "be", "get");
    /** Words a noun phrase's head is followed by: the plural goes on "point" in "point of contact". */
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "to", "with", "from", "in", "on", "about", "at", "by");

    /** Modals that are also ordinary verbs with forms ("it needs"); "can" the verb (to tin) is not what a rewrite means. */
    private static final Set<String> VERBS_AS_WELL_AS_MODALS = Set.of("need", "dare");
    /** Words before a noun that want it singular. */
    private static final Set<String> SINGULAR_DETERMINERS = Set.of("a", "an", "every", "each", "this", "that", "one", "another");

    private WordForms() {
    }

    /** A word of the letter as the text model read it: the form, its dictionary lemma and its part of speech (UD). */
    public record Word(String form, String lemma, String partOfSpeech) {
    }

    /**
     * What is around the replaced words, as far as their form and role go.
     *
     * @param afterAuxiliary a form of have, be or get comes just before them ("has escalated")
     * @param afterBeOrGet   that word is be or get: a passive ("was escalated"), so a verb has its object
     * @param endsClause     nothing but punctuation follows them ("would not have escalated.")
     * @param determined     a determiner, possessive or number comes before them ("your correspondence")
     */
    public record Surroundings(boolean afterAuxiliary, boolean afterBeOrGet, boolean endsClause, boolean determined) {
    }

    /** The suggestion in the replaced words' form, or why it could not be given it. */
    public record Result(String text, boolean fitsTheSentence) {
    }

    /**
     * @param matched        the words found in the letter ("was", "escalated", "to")
     * @param phrase         every word of the wordlist phrase they matched, in base form ("escalate")
     * @param suggestion     the suggested replacement in its base form ("pass to")
     * @param around         what comes before and after them
     */
    public static Result like(List<Word> matched, List<String> phrase, String suggestion, Surroundings around) {
        if (suggestion.isEmpty() || suggestion.contains("<")) {
            return new Result(suggestion, true);
        }
        Result formed = formed(matched, phrase, suggestion, around.afterAuxiliary());
        if (formed.text().equals(suggestion) && first(suggestion).equals("be") && !phrase.contains("be")) {
            // "be" as written fits only after "to" or a modal, which the words replaced did not need: "they constitute" is not "they be".
            return new Result(suggestion, false);
        }
        return formed.fitsTheSentence() && !fitsTheRole(matched, formed.text(), around) ? new Result(formed.text(), false) : formed;
    }

    /**
     * Whether the rewrite can do the replaced words' job in the sentence, as far as can be told
     * without parsing it: a verb with nothing after it in the active voice is used without an object
     * ("the situation would not have escalated"), which a rewrite meant for "escalate a complaint"
     * does not mean; a singular count noun ("letter") in place of a noun with no determiner
     * ("further correspondence") needs an article the letter does not have.
     */
    private static boolean fitsTheRole(List<Word> matched, String suggestion, Surroundings around) {
        String[] words = suggestion.split(" ");
        String head = words[0].toLowerCase(Locale.ROOT);
        boolean verbReplaced = matched.get(0).partOfSpeech().equals("VERB")
                && EnglishMorphology.get().readings(head).stream().anyMatch(r -> r.tag().startsWith("VB"));
        if (verbReplaced && around.endsClause() && !around.afterBeOrGet()) {
            return false;
        }
        Word last = matched.get(matched.size() - 1);
        if (words.length == 1 && last.partOfSpeech().equals("NOUN") && !around.determined()) {
            List<EnglishMorphology.Reading> readings = EnglishMorphology.get().readings(head);
            boolean countOnly = readings.stream().anyMatch(r -> r.lemma().equals(head) && r.tag().equals("NN"))
                    && readings.stream().noneMatch(r -> r.tag().startsWith("NN:"));
            return !countOnly;
        }
        return true;
    }

    private static Result formed(List<Word> matched, List<String> phrase, String suggestion, boolean afterAuxiliary) {
        String head = first(suggestion);
        for (Word w : matched) {
            if (phrase.contains(head) && w.lemma().equalsIgnoreCase(head) && !w.form().equalsIgnoreCase(head)) {
                // The same verb: "are not in a position to" -> "are unable to", with the letter's own form of it.
                return new Result(w.form().toLowerCase(Locale.ROOT) + suggestion.substring(head.length()), true);
            }
        }
        for (int i = 0; i < matched.size(); i++) {
            Word w = matched.get(i);
            String form = w.form().toLowerCase(Locale.ROOT);
            Optional<String> tag = phrase.contains(form) ? participleLikeItsBase(form, afterAuxiliary) : inflection(w, form, phrase, afterAuxiliary);
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.get().equals("NNS/VBZ")) {
                // "implements", "reviews": a plural or a third person; the tagger's guess is not sure enough to rewrite on.
                return new Result(suggestion, false);
            }
            if (tag.get().equals("NNS") && i > 0 && hasReading(first(suggestion), "VB")) {
                // "have a discussion" -> "discuss": a plural inside a verb phrase has no place in the one-verb rewrite.
                return new Result(suggestion, false);
            }
            return inflect(suggestion, tag.get());
        }
        return new Result(suggestion, true);
    }

    /** "come" after "have" is the participle of "come": "have come to a decision" -> "have decided". */
    private static Optional<String> participleLikeItsBase(String form, boolean afterAuxiliary) {
        boolean participle = afterAuxiliary && EnglishMorphology.get().readings(form).stream()
                .anyMatch(r -> r.lemma().equals(form) && r.tag().equals("VBN"));
        return participle ? Optional.of("VBN") : Optional.empty();
    }

    private static String first(String suggestion) {
        return suggestion.split(" ")[0].toLowerCase(Locale.ROOT);
    }

    private static boolean hasReading(String word, String tagPrefix) {
        return EnglishMorphology.get().readings(word).stream().anyMatch(r -> r.lemma().equals(word) && r.tag().startsWith(tagPrefix));
    }

    /** The Penn tag of an inflected word of the match, if it is an inflection of a word of the phrase. */
    private static Optional<String> inflection(Word w, String form, List<String> phrase, boolean afterAuxiliary) {
        boolean noun = w.partOfSpeech().equals("NOUN");
        boolean past = false;
        boolean participle = false;
        boolean plural = false;
        boolean thirdPerson = false;
        String only = null;
        for (EnglishMorphology.Reading r : EnglishMorphology.get().readings(form)) {
            if (!phrase.contains(r.lemma()) || !INFLECTED.contains(r.tag())) {
                continue;
            }
            switch (r.tag()) {
                case "VBD" -> past = true;
                case "VBN" -> participle = true;
                case "NNS" -> plural = true;
                case "VBZ" -> thirdPerson = true;
                default -> only = r.tag();
            }
        }
        if (past || participle) {
            return Optional.of(past && participle ? (afterAuxiliary ? "VBN" : "VBD") : past ? "VBD" : "VBN");
        }
        if (plural && thirdPerson) {
            return Optional.of("NNS/VBZ");
        }
        if (plural || thirdPerson) {
            return Optional.of(plural ? "NNS" : "VBZ");
        }
        if (only != null) {
            return Optional.of(only);
        }
        if (!phrase.contains(w.lemma())) {
            return Optional.empty();
        }
        // A form the dictionary does not know ("actioned"): its ending says which.
        if (form.endsWith("ing")) {
            return Optional.of("VBG");
        }
        if (form.endsWith("ed")) {
            return Optional.of(afterAuxiliary ? "VBN" : "VBD");
        }
        if (form.endsWith("s")) {
            return Optional.of(noun ? "NNS" : "VBZ");
        }
        return Optional.empty();
    }

    private static Result inflect(String suggestion, String tag) {
        String[] words = suggestion.split(" ");
        int head = tag.equals("NNS") ? nounHead(words) : 0;
        String word = words[head];
        String lower = word.toLowerCase(Locale.ROOT);
        EnglishMorphology morphology = EnglishMorphology.get();
        List<EnglishMorphology.Reading> readings = morphology.readings(lower);
        if (readings.stream().anyMatch(r -> r.tag().equals("MD")) && !VERBS_AS_WELL_AS_MODALS.contains(lower)) {
            // A modal has no -s, and no tense to change to: "can" fits "is able to", not "was able to".
            return new Result(suggestion, tag.equals("VBZ"));
        }
        String base = tag.equals("NNS") ? "NN" : "VB";
        if (tag.equals("VBG") && readings.stream().noneMatch(r -> r.tag().startsWith("VB"))) {
            // An -ing form used as a preposition takes one as it is: "pertaining to" -> "about".
            return new Result(suggestion, true);
        }
        if (readings.stream().noneMatch(r -> r.lemma().equals(lower) && r.tag().startsWith(base))
                || tag.equals("NNS") && !canBePlural(words, head)) {
            return new Result(suggestion, false);
        }
        List<String> forms = morphology.forms(lower, tag);
        if (forms.isEmpty() || lower.equals("be") && tag.equals("VBD")) { // "was" or "were": the subject decides, and is not known here
            return new Result(suggestion, false);
        }
        words[head] = usual(lower, forms);
        return new Result(String.join(" ", words), true);
    }

    /**
     * The form to use when the dictionary has several, listed in no order of use ("payed", "paid";
     * "speeded", "sped"): the irregular one (not built on the lemma), since a verb keeps an irregular
     * past only where it is the usual one.
     */
    private static String usual(String lemma, List<String> forms) {
        String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
        List<String> written = forms.stream().filter(f -> !f.startsWith("'")).toList(); // "is", not the contraction "'s"
        return written.stream().filter(f -> !f.startsWith(stem)).findFirst().orElse(written.isEmpty() ? forms.get(0) : written.get(0));
    }

    /**
     * Whether the suggestion is a noun phrase that takes a plural on its head: not when a word before
     * the head wants a singular ("every day", "a copy"), the suggestion is an adverbial ("from now on")
     * or a clause ("when we get").
     */
    private static boolean canBePlural(String[] words, int head) {
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (i < head && (SINGULAR_DETERMINERS.contains(w) || PREPOSITIONS.contains(w))
                    || EnglishMorphology.get().readings(w).stream().anyMatch(r -> r.tag().startsWith("PRP") || r.tag().equals("MD"))) {
                return false;
            }
        }
        return true;
    }

    /** The word that takes a plural: the last before a preposition ("point of contact"), else the last. */
    private static int nounHead(String[] words) {
        for (int i = 1; i < words.length; i++) {
            if (PREPOSITIONS.contains(words[i].toLowerCase(Locale.ROOT))) {
                return i - 1;
            }
        }
        return words.length - 1;
    }

    /** True when {@code lemma} is have, be or get: a participle follows it. */
    public static boolean isAuxiliary(String lemma) {
        return AUXILIARIES.contains(lemma);
    }
}
