package org.letterlint.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The kinds of complaint-response letter; each requires different elements. Ids are part of the JSON contract. */
public enum LetterType {
    ACKNOWLEDGEMENT, UPDATE, OUTCOME;

    /** The elements this type of letter must contain (docs/contract.md); an outcome that upholds anything must also apologise. */
    public List<String> requiredElements(boolean upheld) {
        List<String> required = new ArrayList<>(switch (this) {
            case ACKNOWLEDGEMENT -> List.of("thanks", "summary", "timescale", "contact");
            case UPDATE -> List.of("apology", "timescale", "contact");
            case OUTCOME -> List.of("thanks", "summary", "reasons", "impact", "actions", "review", "contact");
        });
        if (this == OUTCOME && upheld) {
            required.add("apology");
        }
        return required;
    }

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
