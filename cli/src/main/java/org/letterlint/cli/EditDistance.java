package org.letterlint.cli;

/** Levenshtein distance, for "did you mean" hints. */
final class EditDistance {
    private EditDistance() {
    }

    /**
     * The candidate nearest to {@code value}, if it is within {@code maxDistance} edits: far-off
     * "suggestions" mislead more than none.
     */
    static java.util.Optional<String> closest(String value, java.util.Collection<String> candidates, int maxDistance) {
        return candidates.stream().min(java.util.Comparator.comparingInt(c -> between(c, value)))
                .filter(c -> between(c, value) <= maxDistance);
    }

    /** The "; did you mean 'x'?" hint for {@code value}, or "" when nothing is near. */
    static String hint(String value, java.util.Collection<String> candidates, int maxDistance) {
        return closest(value, candidates, maxDistance).map(c -> "; did you mean '" + c + "'?").orElse("");
    }

    static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
