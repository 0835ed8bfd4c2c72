package org.letterlint.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Where to cut an over-long sentence into pieces for the taggers, OpenNLP's and LanguageTool's.
 * Both copy the sentence so far at every word, so their work grows with the square of a sentence's
 * length: a letter with no full stop (one sentence of 400,000 words) never finished. The pieces are
 * for tagging only; the model keeps the sentence whole, so the long-sentence rule still reports it.
 *
 * <p>The cap is 200 tokens: the longest sentences in real letters are 80 to 100 words (the
 * long-sentence rule calls 40 an error), so no sentence a person wrote is ever cut and its tags are
 * unchanged, while a piece of 200 costs the tagger no more than a few ordinary sentences. A piece
 * ends after a comma, semicolon, colon or dash in its last half if it can (a natural pause, where a
 * tagger loses least context), else at the last space, else at the cap.
 */
public final class SentencePieces {
    /** The most tokens tagged together. */
    public static final int MAX_TOKENS = 200;

    private SentencePieces() {
    }

    /**
     * The token indexes, from {@code from} up to {@code to}, at which each piece starts; the first is
     * {@code from}. A sentence within the cap is a single piece.
     *
     * @param text   the text the offsets index
     * @param starts each token's start offset
     * @param ends   each token's end offset
     */
    public static List<Integer> starts(CharSequence text, int[] starts, int[] ends, int from, int to) {
        List<Integer> pieces = new ArrayList<>();
        int start = from;
        pieces.add(start);
        while (to - start > MAX_TOKENS) {
            int cut = -1;
            int space = -1;
            for (int i = start + MAX_TOKENS; i > start + MAX_TOKENS / 2; i--) {
                boolean gap = ends[i - 1] < starts[i];
                if (gap && isPause(text, starts[i - 1], ends[i - 1])) {
                    cut = i;
                    break;
                }
                if (gap && space < 0) {
                    space = i;
                }
            }
            start = cut > 0 ? cut : space > 0 ? space : start + MAX_TOKENS;
            pieces.add(start);
        }
        return pieces;
    }

    private static boolean isPause(CharSequence text, int start, int end) {
        if (end - start != 1) {
            return false;
        }
        char c = text.charAt(start);
        return c == ',' || c == ';' || c == ':' || c == '-' || c == '–' || c == '—';
    }
}
