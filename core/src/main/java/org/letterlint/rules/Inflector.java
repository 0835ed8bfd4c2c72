package org.letterlint.rules;

import java.util.Locale;
import java.util.Map;

/**
 * Gives a suggested verb the ending of the word it replaces, so that a rewrite reads as English:
 * "was escalated" becomes "was passed to", not "was pass to"; "liaising" becomes "working with".
 */
final class Inflector {
    /** Past participles of the irregular verbs that appear in suggestions. */
    private static final Map<String, String> PARTICIPLES = Map.ofEntries(
            Map.entry("do", "done"), Map.entry("give", "given"), Map.entry("take", "taken"), Map.entry("make", "made"),
            Map.entry("find", "found"), Map.entry("send", "sent"), Map.entry("get", "got"), Map.entry("have", "had"),
            Map.entry("tell", "told"), Map.entry("speak", "spoken"), Map.entry("put", "put"), Map.entry("set", "set"),
            Map.entry("say", "said"), Map.entry("pay", "paid"), Map.entry("buy", "bought"), Map.entry("keep", "kept"),
            Map.entry("draw", "drawn"), Map.entry("go", "gone"), Map.entry("begin", "begun"), Map.entry("think", "thought"),
            Map.entry("show", "shown"), Map.entry("run", "run"), Map.entry("let", "let"), Map.entry("write", "written"),
            Map.entry("break", "broken"), Map.entry("read", "read"), Map.entry("mean", "meant"), Map.entry("hear", "heard"),
            Map.entry("choose", "chosen"), Map.entry("spend", "spent"), Map.entry("speed", "sped"));

    private Inflector() {
    }

    /**
     * @param matched the words found in the letter ("escalated")
     * @param base    the wordlist phrase they matched ("escalate")
     * @param plain   the suggested replacement in its base form ("pass to")
     */
    static String like(String matched, String base, String plain) {
        if (plain.isEmpty() || plain.startsWith("<") || base.contains(" ") || matched.contains(" ")) {
            return plain;
        }
        String form = matched.toLowerCase(Locale.ROOT);
        String stem = base.toLowerCase(Locale.ROOT);
        if (form.equals(stem)) {
            return plain;
        }
        int space = plain.indexOf(' ');
        String verb = space < 0 ? plain : plain.substring(0, space);
        String rest = space < 0 ? "" : plain.substring(space);
        if (form.endsWith("ing") && !stem.endsWith("ing")) {
            return ing(verb) + rest;
        }
        if (form.endsWith("ed") || form.endsWith("en") && !stem.endsWith("en")) {
            return participle(verb) + rest;
        }
        if (form.endsWith("s") && !stem.endsWith("s")) {
            return thirdPerson(verb) + rest;
        }
        return plain;
    }

    static String participle(String verb) {
        String irregular = PARTICIPLES.get(verb);
        if (irregular != null) {
            return irregular;
        }
        if (verb.endsWith("e")) {
            return verb + "d";
        }
        if (verb.endsWith("y") && verb.length() > 2 && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0) {
            return verb.substring(0, verb.length() - 1) + "ied";
        }
        if (doublesFinalConsonant(verb)) {
            return verb + verb.charAt(verb.length() - 1) + "ed";
        }
        return verb + "ed";
    }

    static String ing(String verb) {
        if (verb.endsWith("ie")) {
            return verb.substring(0, verb.length() - 2) + "ying";
        }
        if (verb.endsWith("e") && !verb.endsWith("ee")) {
            return verb.substring(0, verb.length() - 1) + "ing";
        }
        if (doublesFinalConsonant(verb)) {
            return verb + verb.charAt(verb.length() - 1) + "ing";
        }
        return verb + "ing";
    }

    static String thirdPerson(String verb) {
        if (verb.endsWith("s") || verb.endsWith("sh") || verb.endsWith("ch") || verb.endsWith("x") || verb.endsWith("o")) {
            return verb + "es";
        }
        if (verb.endsWith("y") && verb.length() > 2 && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        return verb + "s";
    }

    /** Short verbs ending consonant-vowel-consonant double it: stop, stopped; refer, referred. */
    private static boolean doublesFinalConsonant(String verb) {
        int n = verb.length();
        if (n < 3 || n > 5 && !verb.endsWith("er")) {
            return false;
        }
        char last = verb.charAt(n - 1);
        return "bdgmnprt".indexOf(last) >= 0 && "aeiou".indexOf(verb.charAt(n - 2)) >= 0
                && "aeiou".indexOf(verb.charAt(n - 3)) < 0 && !verb.endsWith("en") && !(n > 3 && verb.endsWith("er") && !verb.equals("refer"));
    }
}
