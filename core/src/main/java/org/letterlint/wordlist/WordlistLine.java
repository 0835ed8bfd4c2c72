package org.letterlint.wordlist;

import java.util.List;

/** One data line of a wordlist: where it came from and its tab-separated columns. */
public record WordlistLine(String file, int number, List<String> columns) {
    public String column(int index) {
        return index < columns.size() ? columns.get(index) : "";
    }

    public WordlistException error(String problem) {
        return new WordlistException(file, number, problem);
    }
}
