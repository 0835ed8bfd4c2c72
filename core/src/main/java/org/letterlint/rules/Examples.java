package org.letterlint.rules;

/** Builds the example sentences `letterlint explain` shows for wordlist rules. */
final class Examples {
    private Examples() {
    }

    static String sentenceWith(String phrase) {
        String plain = plainPhrase(phrase);
        return "We will look at this " + plain + " and write to you.";
    }

    static String rewrite(String example, String phrase, String alternative) {
        String replacement = alternative.equals(SubstitutionRule.LEAVE_OUT) ? "" : alternative;
        return example.replace(" " + plainPhrase(phrase), replacement.isEmpty() ? "" : " " + replacement);
    }

    /** The phrase as a reader would write it: first alternatives, no pattern marks. */
    static String plainPhrase(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String word : phrase.split("\\s+")) {
            if (word.startsWith("...")) {
                out.append(out.isEmpty() ? "" : " ").append("...");
                continue;
            }
            String w = word.replaceAll("\\{[^}]*}", "").replaceAll("[?=!]", "");
            int bar = w.indexOf('|');
            if (bar >= 0) {
                w = w.substring(0, bar);
            }
            if (!w.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ").append(w);
            }
        }
        return out.toString();
    }
}
