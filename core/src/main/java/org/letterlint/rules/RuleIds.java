package org.letterlint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads a wordlist pattern as plain words, for rule ids and for the examples `explain` shows. */
final class RuleIds {
    // Compiled once: a thousand wordlist entries each read several times made String.replaceAll's
    // compile-per-call a visible share of start-up.
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private static final Pattern TAG = Pattern.compile("\\{[^}]*}");
    private static final Pattern MARKS = Pattern.compile("[?=!]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private RuleIds() {
    }

    /** "advise you|that" -> "advise-you"; "action{VERB}" -> "action"; "please be advised that?" -> "please-be-advised". */
    static String slug(String phrase) {
        String slug = String.join("-", words(phrase, false)).toLowerCase(Locale.ROOT)
                .transform(s -> NOT_SLUG.matcher(s).replaceAll("-")).transform(s -> EDGE_DASHES.matcher(s).replaceAll(""));
        return slug.isEmpty() ? "unnamed" : slug;
    }

    /** The phrase as a reader would write it: "advise you|that" -> "advise you", gaps as "...". */
    static String plainPhrase(String phrase) {
        return String.join(" ", words(phrase, true));
    }

    /** Every word a pattern can match, each slot's every alternative, lower-case: "advise you|that" -> advise, you, that. */
    static List<String> allWords(String phrase) {
        List<String> words = new ArrayList<>();
        for (String word : SPACES.split(phrase.strip())) {
            for (String w : bare(word).split("\\|")) {
                if (!w.isEmpty() && !w.startsWith("...")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    /**
     * The first reading of a pattern: each slot's first alternative, without part-of-speech tags or
     * marks; optional words kept or left out; gaps kept as "..." only when the words are kept.
     */
    private static List<String> words(String phrase, boolean withOptional) {
        List<String> words = new ArrayList<>();
        for (String word : SPACES.split(phrase.strip())) {
            if (word.startsWith("...")) {
                if (withOptional) {
                    words.add("...");
                }
                continue;
            }
            if (word.endsWith("?") && !withOptional) {
                continue; // optional words are not part of the rule's name
            }
            String w = bare(word);
            int bar = w.indexOf('|');
            if (bar >= 0) {
                w = w.substring(0, bar);
            }
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** A slot without its part-of-speech tag and marks: "=was{AUX}?" -> "was". */
    private static String bare(String word) {
        return MARKS.matcher(TAG.matcher(word).replaceAll("")).replaceAll("");
    }
}
