package org.letterlint.rules;

import java.util.Locale;

/** How serious a finding is, most serious first. The lower-case names are part of the JSON contract. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is as serious as {@code other} or more. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    public static Severity fromId(String id) {
        for (Severity s : values()) {
            if (s.id().equals(id.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + id + "' (use error, warning or info)");
    }
}
