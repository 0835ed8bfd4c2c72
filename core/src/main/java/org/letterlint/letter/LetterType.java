package org.letterlint.letter;

import java.util.Locale;

/** The kinds of complaint-response letter; each requires different elements. Ids are part of the JSON contract. */
public enum LetterType {
    ACKNOWLEDGEMENT, UPDATE, OUTCOME;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LetterType fromId(String id) {
        for (LetterType t : values()) {
            if (t.id().equals(id.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown letter type '" + id + "' (use acknowledgement, update or outcome)");
    }
}
