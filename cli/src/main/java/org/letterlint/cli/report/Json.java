package org.letterlint.cli.report;

import java.util.Locale;

/**
 * A minimal streaming JSON writer: enough for letterlint's own output, with correct string
 * escaping and stable number formatting. Writing JSON needs no library; reading it (in tests)
 * uses a real parser.
 */
public final class Json {
    private final Appendable out;
    private final String indentUnit;
    private int depth;
    private boolean first = true;
    private boolean afterName;

    /** A writer that collects the JSON; {@link #toString()} gives it. */
    public Json(boolean pretty) {
        this(pretty, new StringBuilder());
    }

    /** A writer that streams the JSON to {@code out} as it goes, so a large report is never held whole. */
    public Json(boolean pretty, Appendable out) {
        this.indentUnit = pretty ? "  " : "";
        this.out = out;
    }

    /**
     * A writer for a part of a document written ahead of its place (kept in {@code sink} and copied
     * in later): it lays values out as inside an array or object {@code depth} levels down. Once the
     * part is copied in, {@link #join} it at the same depth.
     */
    public static Json part(boolean pretty, Appendable sink, int depth) {
        Json part = new Json(pretty, sink);
        part.depth = depth;
        return part;
    }

    /** The nesting depth, to pair a {@link #part} with its place. */
    public int depth() {
        return depth;
    }

    /** Takes up after a {@link #part} whose output has just been copied into this writer's sink. */
    public Json join(Json part) {
        if (part.depth != depth) {
            throw new IllegalStateException("a JSON part joined at depth " + depth + " was written for depth " + part.depth);
        }
        first = first && part.first;
        afterName = false;
        return this;
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
        append(quote(name));
        append(indentUnit.isEmpty() ? ":" : ": ");
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
        append(token);
    }

    private Json close(String bracket) {
        depth--;
        if (!first) {
            newline();
        }
        append(bracket);
        first = false;
        return this;
    }

    private void separate() {
        if (depth == 0) {
            return;
        }
        if (!first) {
            append(",");
        }
        newline();
        first = false;
    }

    private void newline() {
        if (!indentUnit.isEmpty()) {
            append("\n");
            append(indentUnit.repeat(depth));
        }
    }

    private void append(String s) {
        try {
            out.append(s);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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
                case '[' -> b.append(i >= 2 && s.charAt(i - 1) == '#' && s.charAt(i - 2) == '#' ? "\\u005b" : "[");
                default -> {
                    // Controls per the JSON spec; also DEL, C1, bidi and other invisible characters, and the
                    // '[' of "##[" above: the parsed value is the same, but the file is safe to print in a log.
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        int cp = s.codePointAt(i);
                        if (SafeText.unsafe(cp)) {
                            b.append(String.format(Locale.ROOT, "\\u%04x\\u%04x", (int) c, (int) s.charAt(i + 1)));
                        } else {
                            b.appendCodePoint(cp);
                        }
                        i++;
                    } else if (c < 0x20 || SafeText.unsafe(c)) {
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
