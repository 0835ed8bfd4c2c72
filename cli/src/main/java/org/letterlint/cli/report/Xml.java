package org.letterlint.cli.report;

/**
 * Escaping for XML attribute values and text. XML 1.0 cannot carry most control characters, and a
 * report is read in CI logs and terminals, so those and other unsafe characters are shown as
 * {@link SafeText} escapes ({@code \x1b}) rather than dropped; the '[' of "##[" is a character
 * reference, so no log runs it as a command.
 */
final class Xml {
    private Xml() {
    }

    static String escape(String s) {
        String safe = SafeText.escapeKeepingLineBreaks(s);
        StringBuilder out = new StringBuilder(safe.length());
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                case '[' -> out.append(i >= 2 && safe.charAt(i - 1) == '#' && safe.charAt(i - 2) == '#' ? "&#91;" : "[");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
