package org.letterlint.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a letter's body is: after the letterhead, address, date, references and salutation,
 * and before the sign-off and signature. Only the body is prose to be checked.
 *
 * @param bodyStart offset of the first character of the body
 * @param bodyEnd   offset just past the body
 */
public record LetterLayout(int bodyStart, int bodyEnd) {
    private static final Pattern SALUTATION = Pattern.compile(
            "(?im)^[ \\t]*(?:dear\\b|to whom it may concern\\b|hello\\b|hi\\b)[^\\r\\n]*$");
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?im)^[ \\t]*(?:yours\\s+(?:sincerely|faithfully|truly)|yours|(?:with\\s+)?(?:kind|best|warm|many)\\s+(?:regards|wishes|thanks)"
                    + "|regards|best|thanks|thank you|sincerely)[ \\t]*[,.!]?[ \\t]*$");

    /** Finds the body of a letter; a text with no salutation or sign-off is all body. */
    public static LetterLayout of(String text) {
        int start = 0;
        Matcher salutation = SALUTATION.matcher(text);
        if (salutation.find()) {
            start = afterSalutation(text, salutation.start(), salutation.end());
        } else {
            start = skipHeaderLines(text);
        }
        int end = text.length();
        Matcher signOff = SIGN_OFF.matcher(text);
        int from = start;
        while (signOff.find(from)) {
            end = signOff.start();
            from = signOff.end();
            if (from >= text.length()) {
                break;
            }
        }
        if (end < start) {
            end = text.length();
        }
        return new LetterLayout(start, end);
    }

    public boolean inBody(int offset) {
        return offset >= bodyStart && offset < bodyEnd;
    }

    /**
     * Where the body starts after a salutation line: on the next line, unless the writer ran on
     * ("Dear Mrs Smith, thank you for ..."), when it starts at the first word after the salutation's
     * comma, colon or exclamation mark. What follows counts as body only if it reads as prose (a
     * word in lower case, or a closing full stop, question or exclamation mark), so "Dear Mr Smith,
     * Ms Jones," stays a salutation.
     */
    private static int afterSalutation(String text, int lineStart, int lineEnd) {
        for (int i = lineStart; i < lineEnd; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ':' || c == '!') {
                int rest = i + 1;
                while (rest < lineEnd && Character.isWhitespace(text.charAt(rest))) {
                    rest++;
                }
                return rest < lineEnd && readsAsProse(text.substring(rest, lineEnd)) ? rest : lineEndAfter(text, lineEnd);
            }
        }
        return lineEndAfter(text, lineEnd);
    }

    private static boolean readsAsProse(String rest) {
        String trimmed = rest.strip();
        if (trimmed.endsWith(".") || trimmed.endsWith("?") || trimmed.endsWith("!")) {
            return true;
        }
        for (String word : trimmed.split("\\s+")) {
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static int lineEndAfter(String text, int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }

    /**
     * With no salutation, skips a leading block of short lines that end without punctuation
     * (letterhead, address, date, reference), provided prose follows.
     */
    private static int skipHeaderLines(String text) {
        int offset = 0;
        int lastHeaderEnd = 0;
        int lines = 0;
        while (offset < text.length() && lines < 15) {
            int next = lineEndAfter(text, offset);
            String line = text.substring(offset, next).strip();
            if (!line.isEmpty()) {
                boolean headerLike = line.length() <= 60 && !line.matches(".*[.?!:;,]$") && !line.matches("(?i)^(dear|hello|hi)\\b.*");
                if (!headerLike) {
                    break;
                }
                lastHeaderEnd = next;
            }
            offset = next;
            lines++;
        }
        // A text of a single short line is prose, not a letterhead.
        return lastHeaderEnd >= text.strip().length() ? 0 : lastHeaderEnd;
    }
}
