package org.letterlint.cli.report;

import java.util.Locale;

/**
 * Makes text that comes from a letter or a file name safe to show in a terminal or a CI log.
 *
 * <p>Two dangers, two defences:
 * <ul>
 * <li>characters a terminal acts on or a reader cannot see (C0 and C1 controls, ESC, DEL, Unicode
 *     bidi overrides and isolates, zero-width and other format characters, line and paragraph
 *     separators, lone surrogates) are shown as escapes: {@code \x1b}, {@code \n}, {@code \u202e};
 *     a tab is harmless and kept;</li>
 * <li>a line a CI runner would execute as a workflow command is defused: GitHub's runner trims
 *     leading white space and then runs a line starting {@code ::cmd::}, and it runs
 *     {@code ##[cmd]} anywhere in a line. The colon that starts such a line is shown as
 *     {@code \x3a} and the bracket of {@code ##[} as {@code \x5b}, the same escapes as above.</li>
 * </ul>
 * A backslash is not itself escaped, so an ordinary letter prints exactly as it reads.
 */
public final class SafeText {
    private SafeText() {
    }

    /** Every unsafe character escaped, line breaks too: the text then fits on one line. */
    public static String escape(String s) {
        return escape(s, false);
    }

    /**
     * Unsafe characters escaped except CR and LF, for formats that encode line breaks themselves
     * (XML character references, GitHub's %0A).
     */
    public static String escapeKeepingLineBreaks(String s) {
        return escape(s, true);
    }

    /** A one-line message for stderr or a log: escaped, then defused. */
    public static String line(String s) {
        return defuseLine(escape(s));
    }

    /** True for a code point that {@link #escape} shows as an escape (tab and line breaks aside). */
    public static boolean unsafe(int cp) {
        if (cp == '\t' || cp == '\u00ad') {
            return false; // a tab and a soft hyphen do nothing a reader cannot see
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SURROGATE -> true;
            default -> cp == 0xFFFE || cp == 0xFFFF;
        };
    }

    /**
     * Defuses one output line (with no line break in it): a {@code ::} at its start, after white
     * space and colour codes, and every {@code ##[}.
     */
    public static String defuseLine(String line) {
        String out = line;
        int start = commandStart(out);
        if (out.startsWith("::", start)) {
            out = out.substring(0, start) + "\\x3a" + out.substring(start + 1);
        }
        if (out.contains("##[")) {
            out = out.replace("##[", "##\\x5b");
        }
        return out;
    }

    private static String escape(String s, boolean keepLineBreaks) {
        if (s == null || isSafe(s, keepLineBreaks)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\r') {
                out.append(keepLineBreaks ? String.valueOf((char) cp) : cp == '\n' ? "\\n" : "\\r");
            } else if (unsafe(cp)) {
                out.append(escapeOf(cp));
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static boolean isSafe(String s, boolean keepLineBreaks) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                continue; // printable ASCII, the common case
            }
            if ((c == '\n' || c == '\r') ? !keepLineBreaks : unsafe(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@code \x1b} for a code point below 256, {@code \u202e} in the BMP, {@code \U000e0041} above. */
    static String escapeOf(int cp) {
        if (cp < 0x100) {
            return String.format(Locale.ROOT, "\\x%02x", cp);
        }
        if (cp <= 0xFFFF) {
            return String.format(Locale.ROOT, "\\u%04x", cp);
        }
        return String.format(Locale.ROOT, "\\U%08x", cp);
    }

    /** Where a runner would look for "::": after leading white space and ANSI colour codes. */
    private static int commandStart(String line) {
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (c == '\u001b' && i + 1 < line.length() && line.charAt(i + 1) == '[') {
                int j = i + 2;
                while (j < line.length() && (Character.isDigit(line.charAt(j)) || line.charAt(j) == ';')) {
                    j++;
                }
                if (j < line.length() && line.charAt(j) == 'm') {
                    i = j + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return i;
    }
}
