package org.letterlint.rules;

/** Builds the example sentences `letterlint explain` shows for wordlist rules. */
final class Examples {
    private Examples() {
    }

    static String sentenceWith(String phrase) {
        String plain = RuleIds.plainPhrase(phrase);
        return "We will look at this " + plain + " and write to you.";
    }

    static String rewrite(String example, String phrase, String alternative) {
        String replacement = alternative.equals(SubstitutionRule.LEAVE_OUT) ? "" : alternative;
        return example.replace(" " + RuleIds.plainPhrase(phrase), replacement.isEmpty() ? "" : " " + replacement);
    }
}
