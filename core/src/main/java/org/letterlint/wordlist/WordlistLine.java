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

    /** A column as a token pattern; a syntax error names this line. */
    public TokenPattern pattern(int index) {
        try {
            return TokenPattern.compile(column(index));
        } catch (PatternSyntaxException e) {
            throw error(e.getMessage());
        }
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
            throw error(e.getMessage());
        }
    }
}
