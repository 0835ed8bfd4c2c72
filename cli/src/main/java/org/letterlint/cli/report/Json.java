package org.letterlint.cli.report;

import java.util.Locale;

/**
 * A minimal streaming JSON writer: enough for letterlint's own output, with correct string
 * escaping and stable number formatting. Writing JSON needs no library; reading it (in tests)
 * uses a real parser.
 */
public final class Json {
    private final StringBuilder out = new StringBuilder();
    private final String indentUnit;
    private int depth;
    private boolean first = true;
    private boolean afterName;

    public Json(boolean pretty) {
        this.indentUnit = pretty ? "  " : "";
    }

    public Json beginObject() {
        value("{");
        depth++;
        first = true;
        return this;
    }

    public Json endObject() {
        return close("}");
    }

    public Json beginArray() {
        value("[");
        depth++;
        first = true;
        return this;
    }

    public Json endArray() {
        return close("]");
    }

    public Json name(String name) {
        separate();
        out.append(quote(name)).append(indentUnit.isEmpty() ? ":" : ": ");
        afterName = true;
        return this;
    }

    public Json value(String name, String value) {
        return name(name).string(value);
    }

    public Json value(String name, long value) {
        return name(name).raw(Long.toString(value));
    }

    public Json value(String name, double value) {
        return name(name).raw(number(value));
    }

    public Json value(String name, boolean value) {
        return name(name).raw(Boolean.toString(value));
    }

    public Json string(String value) {
        return raw(value == null ? "null" : quote(value));
    }

    public Json raw(String token) {
        value(token);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void value(String token) {
        if (!afterName) {
            separate();
        }
        afterName = false;
        first = false;
        out.append(token);
    }

    private Json close(String bracket) {
        depth--;
        if (!first) {
            newline();
        }
        out.append(bracket);
        first = false;
        return this;
    }

    private void separate() {
        if (depth == 0) {
            return;
        }
        if (!first) {
            out.append(',');
        }
        newline();
        first = false;
    }

    private void newline() {
        if (!indentUnit.isEmpty()) {
            out.append('\n').append(indentUnit.repeat(depth));
        }
    }

    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "null";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%s", Math.round(value * 10) / 10.0);
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
