package org.letterlint.letter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.letterlint.pattern.PatternIndex;
import org.letterlint.pattern.TokenPattern;
import org.letterlint.text.MaskKind;
import org.letterlint.text.Masker;
import org.letterlint.text.Sentence;
import org.letterlint.text.TextModel;
import org.letterlint.text.Token;
import org.letterlint.wordlist.WordlistLine;
import org.letterlint.wordlist.Wordlists;

/**
 * Finds evidence of each element in a letter, from the cues in wordlists/elements.tsv. A cue is a
 * pattern, an "unless" pattern that cancels it in the same sentence, and structural conditions that
 * words alone cannot show (a way to reach a named person, a deadline, a date). Where no cue shows an
 * element, the detector keeps the first sentence a hint cue (needs "hint") matched: a sign that the
 * letter may give it in words the cues do not know, so the verdict is "not sure", never "missing".
 * (A cue whose words match but whose conditions fail is not such a sign: the cues' words are broad
 * on purpose, "contact" or "review", and the conditions are what make them evidence.)
 */
public final class ElementDetector {
    /** Conditions a cue can require, named in the "needs" column. */
    enum Need { CONTACT_MEANS, NAMED_PERSON, DEADLINE, DATE }

    private static final TokenPattern DEADLINE = TokenPattern.compile(
            "within|than|to|up ...3 day|week|month|year || within|than ...2 {NUM} working? day|week|month|year"
                    + " || have|has {NUM} working? day|week|month|year");
    private static final TokenPattern DATE = TokenPattern.compile(
            "{NUM} january|february|march|april|may|june|july|august|september|october|november|december"
                    + " || january|february|march|april|may|june|july|august|september|october|november|december {NUM}"
                    + " || {NUM} working? day|days|week|weeks|month|months"
                    + " || monday|tuesday|wednesday|thursday|friday|saturday|sunday || tomorrow || today|week|month {NUM}?");
    /** Words that point to a way of reaching the writer given elsewhere in the letter (a letterhead, a switchboard). */
    private static final TokenPattern CONTACT_POINTER = TokenPattern.compile(
            "switchboard || details|number|address above|below || above|below details|number|address || using|via|on|at the details"
                    + " || details at the top|foot|end || number at the top|foot|end");
    private static final Pattern TITLE = Pattern.compile("(?:Mr|Mrs|Ms|Miss|Mx|Dr|Professor|Inspector|Sergeant|Constable|PC|DC|DS|DI|Councillor|Nurse|Sister)");
    /** Words that make a run of capitalised words an organisation or a role, not a person. */
    private static final Set<String> NOT_A_PERSON = Set.of("service", "services", "ombudsman", "council", "team", "department",
            "office", "trust", "centre", "center", "union", "authority", "police", "university", "group", "ltd", "limited",
            "water", "commission", "board", "unit", "officer", "manager", "director", "advisor", "adviser", "customer",
            "complaints", "care", "relations", "resolutions", "house", "homes", "housing", "college", "school", "nhs",
            "foundation", "health", "conduct", "independent", "parliamentary", "local", "government", "social",
            "consumer", "energy", "power", "gas", "electric", "association", "the", "our", "your", "dear", "yours",
            "kind", "regards", "sincerely", "faithfully", "road", "street", "lane", "way", "box", "po", "patient",
            "experience", "casework", "student", "students", "professional", "standards", "case", "support", "advice");
    private static final Set<String> MONTHS_AND_DAYS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** The "needs" value of a hint cue: a sign the element may be there, never evidence that it is. */
    private static final String HINT = "hint";

    private final List<Cue> cues;
    private final PatternIndex<Cue> index;

    public ElementDetector(List<WordlistLine> lines) {
        List<Cue> parsed = new ArrayList<>();
        for (WordlistLine line : lines) {
            parsed.add(new Cue(line.column(0), line.pattern(1), line.optionalPattern(2), needs(line), line.column(3).equals(HINT)));
        }
        this.cues = List.copyOf(parsed);
        this.index = new PatternIndex<>(cues, Cue::pattern);
    }

    public static ElementDetector bundled() {
        return new ElementDetector(Wordlists.bundled("elements.tsv", 4, 4));
    }

    /** The first evidence of each element found in the letter, by element id. */
    public Map<String, Evidence> detect(TextModel model) {
        return examine(model).found();
    }

    /** The first evidence of each element, and for the others what came nearest, if anything. */
    public Detection examine(TextModel model) {
        Map<String, Evidence> found = new LinkedHashMap<>();
        Map<String, Evidence> near = new LinkedHashMap<>();
        String signatory = signatory(model);
        if (signatory != null) {
            found.put("signatory", new Evidence(model.layout().bodyEnd() + model.signature().indexOf(signatory), signatory));
        }
        List<Sentence> sentences = model.sentences();
        // A phone number or e-mail address in the letterhead or under the signature is a way to reach
        // the writer, as much as one in the sentence ("please contact me" in a signed letter on headed paper).
        boolean headedContact = Masker.hasPhoneOrEmail(model.text(), 0, model.layout().bodyStart())
                || Masker.hasPhoneOrEmail(model.text(), model.layout().bodyEnd(), model.text().length());
        // Whether each paragraph names a deadline, worked out once: asking again for each sentence
        // with a cue took the square of a long paragraph's length.
        Map<Integer, Boolean> deadlines = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            List<Token> tokens = model.tokens(sentence);
            for (Cue cue : index.candidates(tokens)) {
                if (found.containsKey(cue.element) || !cue.pattern.matchesAnywhere(tokens)) {
                    continue;
                }
                if (cue.unless != null && cue.unless.matchesAnywhere(tokens)) {
                    continue;
                }
                int index = s;
                if (cue.hint) {
                    near.putIfAbsent(cue.element, new Evidence(sentence.start(), excerpt(model.text(sentence))));
                } else if (cue.needs.stream().allMatch(need -> holds(need, model, index, signatory, deadlines, headedContact))) {
                    found.put(cue.element, new Evidence(sentence.start(), excerpt(model.text(sentence))));
                }
            }
        }
        near.keySet().removeAll(found.keySet());
        return new Detection(found, near);
    }

    /** @param headedContact whether the letterhead or the lines under the signature give a phone number or e-mail address */
    private static boolean holds(Need need, TextModel model, int s, String signatory, Map<Integer, Boolean> deadlines,
                                 boolean headedContact) {
        Sentence sentence = model.sentences().get(s);
        List<Token> tokens = model.tokens(sentence);
        return switch (need) {
            case CONTACT_MEANS -> headedContact || hasContactMeans(model, sentence)
                    || s + 1 < model.sentences().size() && hasContactMeans(model, model.sentences().get(s + 1));
            case NAMED_PERSON -> namesAPerson(tokens, signatory) || hasPlaceholder(model, sentence, "name")
                    || signatory != null && tokens.stream().anyMatch(t -> Set.of("i", "me", "my").contains(t.norm()));
            case DEADLINE -> deadlines.computeIfAbsent(sentence.paragraph(), paragraph -> model.paragraph(paragraph).stream()
                    .anyMatch(p -> DEADLINE.matchesAnywhere(model.tokens(p)) || hasPlaceholder(model, p, "deadline|days|time|limit|date")));
            case DATE -> DATE.matchesAnywhere(tokens) || hasPlaceholder(model, sentence, "date|day|deadline|time|when");
        };
    }

    private static boolean hasContactMeans(TextModel model, Sentence sentence) {
        return CONTACT_POINTER.matchesAnywhere(model.tokens(sentence)) || model.masks(sentence).stream().anyMatch(m -> m.kind() == MaskKind.PHONE || m.kind() == MaskKind.EMAIL
                || m.kind() == MaskKind.POSTCODE) || hasPlaceholder(model, sentence, "phone|email|e-mail|tel|address|contact");
    }

    /** A template placeholder in the sentence whose name mentions one of the words, e.g. {{officer_phone}}. */
    private static boolean hasPlaceholder(TextModel model, Sentence sentence, String words) {
        Pattern mentions = Pattern.compile("(?i).*(" + words + ").*");
        return model.masks(sentence).stream()
                .anyMatch(m -> m.kind() == MaskKind.PLACEHOLDER && mentions.matcher(model.text(m)).matches());
    }

    /** A title and a name ("Inspector Ray Conti"), the signatory's name, or two capitalised names that are not an organisation. */
    private static boolean namesAPerson(List<Token> tokens, String signatory) {
        for (int i = 0; i < tokens.size() - 1; i++) {
            Token a = tokens.get(i);
            Token b = tokens.get(i + 1);
            if (TITLE.matcher(a.text()).matches() && isName(b)) {
                return true;
            }
            if (isName(a) && isName(b) && (signatory == null || signatory.contains(a.text()) || signatory.contains(b.text()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isName(Token t) {
        String w = t.text();
        return !t.isMasked() && w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.substring(1).chars().allMatch(Character::isLowerCase)
                && !NOT_A_PERSON.contains(w.toLowerCase(Locale.ROOT)) && !MONTHS_AND_DAYS.contains(w.toLowerCase(Locale.ROOT))
                && (t.tag().equals("PROPN") || t.tag().equals("NOUN"));
    }

    /** The signer's name: the first line after the sign-off, if it looks like a person's name or is a placeholder. */
    static String signatory(TextModel model) {
        String[] lines = model.signature().split("\\R");
        boolean afterSignOff = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!afterSignOff) {
                afterSignOff = true; // the sign-off itself ("Yours sincerely,")
                continue;
            }
            if (line.matches("\\{\\{[^}]*name[^}]*}}|\\[[A-Z_ ]*NAME[A-Z_ ]*]|«[^»]*[Nn]ame[^»]*»|\\$\\{[^}]*name[^}]*}")) {
                return line;
            }
            String[] words = line.split("\\s+");
            if (words.length < 2 || words.length > 5) {
                return null;
            }
            for (String word : words) {
                String w = word.replaceAll("[.,]$", "");
                if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || NOT_A_PERSON.contains(w.toLowerCase(Locale.ROOT))
                        || w.chars().anyMatch(Character::isDigit)) {
                    return null;
                }
            }
            return line;
        }
        return null;
    }

    private static String excerpt(String sentence) {
        String s = sentence.replaceAll("\\s+", " ").strip();
        return s.length() <= 70 ? s : s.substring(0, 69) + "\u2026";
    }

    private static Set<Need> needs(WordlistLine line) {
        Set<Need> needs = EnumSet.noneOf(Need.class);
        String column = line.column(3);
        if (column.equals("-") || column.equals(HINT)) {
            return needs;
        }
        for (String need : column.split("\\s*,\\s*")) {
            try {
                needs.add(Need.valueOf(need.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw line.error("unknown need '" + need + "'; valid: contact-means, named-person, deadline, date, or hint alone");
            }
        }
        return needs;
    }

    /** Where an element was found and a few words of the sentence. */
    public record Evidence(int offset, String text) {
    }

    /** What a letter shows: the elements found, and for some of the others the first sentence a hint cue matched. */
    public record Detection(Map<String, Evidence> found, Map<String, Evidence> near) {
    }

    private record Cue(String element, TokenPattern pattern, TokenPattern unless, Set<Need> needs, boolean hint) {
    }
}
