package org.letterlint.wordlist;

import java.util.List;
import org.letterlint.pattern.PatternSyntaxException;
import org.letterlint.pattern.TokenPattern;
import org.letterlint.rules.Severity;

/** One data line of a wordlist: where it came from and its tab-separated columns. */
public record WordlistLine(String file, int number, List<String> columns) {
    public String column(int index) {
        return index < columns.size() ? columns.get(index) : "";
    }

    public WordlistException error(String problem) {
        return new WordlistException(file, number, problem);
    }

    /** A column as a token pattern; a syntax error names this line and column, and says what is wrong without quoting it. */
    public TokenPattern pattern(int index) {
        try {
            return TokenPattern.compile(column(index));
        } catch (PatternSyntaxException e) {
            throw error("column " + (index + 1) + " is not a valid pattern (" + withoutQuotes(e.getMessage()) + "; see docs/patterns.md)");
        }
    }

    /**
     * The pattern parser's message with the pieces of the pattern it quotes left out (they are the
     * file's text), keeping quoted syntax such as '||'.
     */
    static String withoutQuotes(String message) {
        String m = String.valueOf(message).replaceAll("'[^']*[\\p{L}\\p{N}][^']*'", "…");
        m = m.replace(" in …", "").replaceFirst("^pattern …:? ?", "").replace("'…'", "…").strip();
        return m.isEmpty() ? "bad syntax" : m;
    }

    /** A column that may be "-" for no pattern. */
    public TokenPattern optionalPattern(int index) {
        String value = column(index);
        return value.isEmpty() || value.equals("-") ? null : pattern(index);
    }

    /** A column as a severity (error, warning, info); a bad one names this line. */
    public Severity severity(int index) {
        try {
            return Severity.fromId(column(index));
        } catch (IllegalArgumentException e) {
            throw error("column " + (index + 1) + " must be error, warning or info");
        }
    }
}
