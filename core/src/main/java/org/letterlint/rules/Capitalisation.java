package org.letterlint.rules;

/** Keeps a replacement's first letter in the same case as the text it replaces. */
public final class Capitalisation {
    private Capitalisation() {
    }

    public static String like(String original, String replacement) {
        if (original.isEmpty() || replacement.isEmpty() || replacement.startsWith("<")) {
            return replacement;
        }
        char first = original.charAt(0);
        if (Character.isUpperCase(first) && !(original.length() > 1 && Character.isUpperCase(original.charAt(1)))) {
            return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        return replacement;
    }
}
