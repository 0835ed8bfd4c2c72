package org.letterlint.pattern;

/**
 * Regular English inflections, as a safety net under OpenNLP's lemmatizer: a statistical
 * lemmatizer can miss rare British "-ise" verbs ("finalised", "actioned") that a wordlist names.
 */
public final class Inflections {
    private Inflections() {
    }

    /** True when {@code form} is {@code base} with a regular -s, -es, -ed, -ing (or -ies, -ied) ending. */
    public static boolean isInflectionOf(String form, String base) {
        int b = base.length();
        if (b < 3 || form.length() <= b - 1 || form.length() > b + 4) {
            return false;
        }
        if (form.startsWith(base)) {
            String ending = form.substring(b);
            switch (ending) {
                case "s", "es", "ed", "ing":
                    return true;
                case "d":
                    return base.endsWith("e");
                default:
                    break;
            }
            char last = base.charAt(b - 1);
            if (!isVowel(last) && ending.length() == 3 && ending.charAt(0) == last) {
                String rest = ending.substring(1);
                if (rest.equals("ed")) {
                    return true;
                }
            }
            if (!isVowel(last) && ending.length() == 4 && ending.charAt(0) == last && ending.endsWith("ing")) {
                return true;
            }
            return false;
        }
        if (base.endsWith("e")) {
            String stem = base.substring(0, b - 1);
            return form.equals(stem + "ing");
        }
        if (base.endsWith("y") && b > 3 && !isVowel(base.charAt(b - 2))) {
            String stem = base.substring(0, b - 1);
            return form.equals(stem + "ies") || form.equals(stem + "ied");
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
