package org.letterlint.text;

import java.util.List;
import org.letterlint.source.LetterSource;
import org.letterlint.source.LineIndex;

/**
 * Everything the rules need to know about one letter, built once and shared by all rules:
 * the text, where its body is, what is masked, and its sentences and tokens with parts of
 * speech and lemmas. No rule tokenises the text again.
 */
public final class TextModel {
    private final LetterSource source;
    private final LetterLayout layout;
    private final MaskIndex masks;
    /** The masks as findings see them: a quotation without its marks (see isMasked). */
    private final MaskIndex reported;
    private final List<Sentence> sentences;
    private final List<Token> tokens;
    private final LineIndex lines;
    private final List<String> stoppedPatterns;

    public TextModel(LetterSource source, LetterLayout layout, List<Mask> masks, List<Sentence> sentences, List<Token> tokens) {
        this(source, layout, masks, sentences, tokens, List.of());
    }

    /** @param stoppedPatterns placeholder patterns stopped on this letter for spending their step budget */
    public TextModel(LetterSource source, LetterLayout layout, List<Mask> masks, List<Sentence> sentences, List<Token> tokens,
                     List<String> stoppedPatterns) {
        this.stoppedPatterns = List.copyOf(stoppedPatterns);
        this.source = source;
        this.layout = layout;
        this.masks = new MaskIndex(masks);
        this.reported = new MaskIndex(masks.stream()
                .map(m -> m.kind() == MaskKind.QUOTATION && m.end() - m.start() > 2 ? new Mask(m.start() + 1, m.end() - 1, m.kind()) : m).toList());
        this.sentences = List.copyOf(sentences);
        this.tokens = List.copyOf(tokens);
        this.lines = new LineIndex(source.text());
    }

    public LetterSource source() {
        return source;
    }

    public String text() {
        return source.text();
    }

    public LetterLayout layout() {
        return layout;
    }

    public List<Mask> masks() {
        return masks.masks();
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Token> tokens(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    /** Placeholder patterns stopped on this letter for spending their step budget; usually none. */
    public List<String> stoppedPatterns() {
        return stoppedPatterns;
    }

    public LineIndex lines() {
        return lines;
    }

    public String text(Sentence sentence) {
        return source.text().substring(sentence.start(), sentence.end());
    }

    public String text(int start, int end) {
        return source.text().substring(start, end);
    }

    /**
     * True when a range touches a mask or lies outside the body: rules must not report it. Of a
     * quotation only the quoted words count, not its marks: a missing space after the closing mark
     * (“as you said,”said) is the writer's.
     */
    public boolean isMasked(int start, int end) {
        if (isOutsideBody(start, end)) {
            return true;
        }
        return reported.firstOverlapping(start, end) != null;
    }

    /** True when a range reaches outside the body, into the letterhead, salutation or signature. */
    public boolean isOutsideBody(int start, int end) {
        return start < layout.bodyStart() || end > layout.bodyEnd();
    }

    /** The masks that lie inside a sentence. */
    public List<Mask> masks(Sentence sentence) {
        return masks.within(sentence.start(), sentence.end());
    }

    /** The text of a mask, e.g. "{{officer_phone}}". */
    public String text(Mask mask) {
        return source.text().substring(mask.start(), mask.end());
    }

    /** The sentences of one paragraph (or list item), in order. */
    public List<Sentence> paragraph(int index) {
        // Sentences come in paragraph order: the paragraph is a run of them, found by binary search.
        int from = firstSentenceOfParagraphAtLeast(index);
        int to = firstSentenceOfParagraphAtLeast(index + 1);
        return sentences.subList(from, to);
    }

    private int firstSentenceOfParagraphAtLeast(int paragraph) {
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).paragraph() < paragraph) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The letter's closing lines after the sign-off (the signature), or "" when it has none. */
    public String signature() {
        return source.text().substring(layout.bodyEnd());
    }
}
