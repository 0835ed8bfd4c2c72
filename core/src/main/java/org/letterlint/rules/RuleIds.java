package org.letterlint.rules;

import java.util.Locale;

/** Makes stable kebab-case rule names from wordlist phrases. */
final class RuleIds {
    private RuleIds() {
    }

    /** "advise you|that" -> "advise-you"; "action{VERB}" -> "action"; "please be advised that?" -> "please-be-advised". */
    static String slug(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String word : phrase.strip().split("\\s+")) {
            if (word.startsWith("...") || word.endsWith("?")) {
                continue; // gaps and optional words are not part of the rule's name
            }
            String w = word.replaceAll("\\{[^}]*}", "").replaceAll("[?=!]", "");
            int bar = w.indexOf('|');
            if (bar >= 0) {
                w = w.substring(0, bar);
            }
            w = w.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            if (!w.isEmpty()) {
                if (out.length() > 0) {
                    out.append('-');
                }
                out.append(w);
            }
        }
        return out.isEmpty() ? "unnamed" : out.toString();
    }
}
