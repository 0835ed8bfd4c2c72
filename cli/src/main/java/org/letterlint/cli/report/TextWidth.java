package org.letterlint.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Fitting the text report to the terminal: how wide it is, how wide a styled string looks, and
 * wrapping at word boundaries. Java cannot ask a terminal its size, so the width is the shell's
 * {@code COLUMNS} when it is exported, else 80, the width every terminal has at least.
 */
public final class TextWidth {
    public static final int DEFAULT = 80;
    /** Narrower than this the report cannot be laid out sensibly; wider than this lines get hard to read. */
    private static final int MIN = 40;
    private static final int MAX = 200;
    private static final Pattern STYLE = Pattern.compile("\u001b\\[[0-9;]*m");

    private TextWidth() {
    }

    /** The width to lay the report out in, from {@code COLUMNS} (40 to 200) or 80. */
    public static int fromEnvironment() {
        String columns = System.getenv("COLUMNS");
        if (columns != null) {
            try {
                return Math.max(MIN, Math.min(MAX, Integer.parseInt(columns.strip())));
            } catch (NumberFormatException e) {
                return DEFAULT;
            }
        }
        return DEFAULT;
    }

    /** How many columns {@code s} takes: ANSI styling takes none (letter text never holds ESC: it is escaped first). */
    public static int visible(String s) {
        String plain = STYLE.matcher(s).replaceAll("");
        return plain.codePointCount(0, plain.length());
    }

    /**
     * Breaks {@code text} at spaces into lines no wider than {@code width}; lines after the first
     * start with {@code indent}. A word wider than a line is left whole rather than broken.
     */
    public static List<String> wrap(String text, int width, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        boolean empty = true;
        for (String word : text.split(" ")) {
            int w = visible(word);
            if (!empty && used + 1 + w > width) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                line.append(indent);
                used = visible(indent);
                empty = true;
                if (word.isEmpty()) {
                    continue; // the second space of a double space, at the start of a line
                }
            }
            if (!empty) {
                line.append(' ');
                used++;
            }
            line.append(word);
            used += w;
            empty = false;
        }
        lines.add(line.toString());
        return lines;
    }

    /** {@code s} cut to {@code width} columns with an ellipsis, for text that is only a reminder (evidence, a sentence). */
    public static String cut(String s, int width) {
        if (s.codePointCount(0, s.length()) <= width) {
            return s;
        }
        String head = s.substring(0, s.offsetByCodePoints(0, Math.max(0, width - 1)));
        // End on a whole word when one ends near the cut, so no half word is left hanging.
        int space = head.lastIndexOf(' ');
        if (space > 0 && head.length() - space < 12) {
            head = head.substring(0, space);
        }
        return head.stripTrailing() + "\u2026";
    }
}
