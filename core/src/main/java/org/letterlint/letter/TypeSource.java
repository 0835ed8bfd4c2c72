package org.letterlint.letter;

import java.util.Locale;

/** Where a letter's type came from. Ids are part of the JSON contract. */
public enum TypeSource {
    OPTION, CONFIG, DETECTED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
