package org.letterlint.rules;

import java.util.Locale;

/** What kind of problem a finding is. The lower-case names are part of the JSON contract. */
public enum Category {
    JARGON, ACRONYM, DEFENSIVE, ACKNOWLEDGEMENT, READABILITY, GRAMMAR, SPELLING, STYLE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Category fromId(String id) {
        for (Category c : values()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category '" + id + "'");
    }
}
