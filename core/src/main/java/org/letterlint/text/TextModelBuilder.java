package org.letterlint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letterlint.source.LetterSource;

/**
 * Builds a {@link TextModel}: finds the body, masks what is not prose, splits the body into
 * blocks (paragraphs, list items, headings), then runs OpenNLP on each block.
 *
 * <p>OpenNLP reads an "analysis copy" of the text of the same length, so every offset it
 * returns is an offset into the original: line breaks become spaces, curly quotes straight
 * ones, and each masked placeholder or address a capitalised stand-in word the tagger can read.
 */
public final class TextModelBuilder {
    /** A list item marker at the start of a line: "-", "*", bullets and dashes, "1." or "a)". */
    private static final Pattern LIST_MARKER = Pattern.compile("^[ \\t]*(?:[-*•–—·▪◦]|\\d{1,2}[.)]|[a-z][.)]|#{1,6})[ \\t]+");
    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile(".*[.?!:;,)\"”’]\\s*$", Pattern.DOTALL);

    private final Masker masker;
    private final EnglishNlp nlp;

    public TextModelBuilder(Masker masker, EnglishNlp nlp) {
        this.masker = masker;
        this.nlp = nlp;
    }

    public TextModel build(LetterSource source) {
        String text = source.text();
        LetterLayout layout = LetterLayout.of(text);
        List<String> stopped = new ArrayList<>();
        List<Mask> masks = masker.find(text, layout.bodyStart(), layout.bodyEnd(), stopped);
        MaskIndex maskIndex = new MaskIndex(masks);
        String analysis = analysisCopy(text, masks);
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<Block> blocks = blocks(text, layout);
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            String blockText = analysis.substring(block.start, block.end);
            for (opennlp.tools.util.Span s : sentencesOf(blockText, block.heading)) {
                int start = block.start + s.getStart();
                int end = block.start + s.getEnd();
                int first = tokens.size();
                tokenise(analysis, text, start, end, sentences.size(), maskIndex, tokens);
                if (tokens.size() > first) {
                    sentences.add(new Sentence(sentences.size(), start, end, first, tokens.size(), block.heading, b));
                }
            }
        }
        return new TextModel(source, layout, masks, sentences, tokens, stopped);
    }

    private opennlp.tools.util.Span[] sentencesOf(String blockText, boolean heading) {
        if (heading) {
            String trimmed = blockText.strip();
            int start = blockText.indexOf(trimmed);
            return new opennlp.tools.util.Span[] {new opennlp.tools.util.Span(start, start + trimmed.length())};
        }
        return nlp.sentences(blockText);
    }

    private void tokenise(String analysis, String text, int start, int end, int sentenceIndex, MaskIndex masks, List<Token> out) {
        String sentence = analysis.substring(start, end);
        opennlp.tools.util.Span[] spans = nlp.tokens(sentence);
        if (spans.length == 0) {
            return;
        }
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = spans[i].getCoveredText(sentence).toString();
        }
        String[] tags = tagInPieces(sentence, spans, words);
        String[] lemmas = nlp.lemmas(words, tags);
        for (int i = 0; i < spans.length; i++) {
            int tokenStart = start + spans[i].getStart();
            int tokenEnd = start + spans[i].getEnd();
            addSplittingContractions(text, tokenStart, tokenEnd, words[i], tags[i], lemmas[i], sentenceIndex, masks, out);
        }
    }

    /** Tags a sentence, an over-long one piece by piece (see {@link SentencePieces}). */
    private String[] tagInPieces(String sentence, opennlp.tools.util.Span[] spans, String[] words) {
        if (words.length <= SentencePieces.MAX_TOKENS) {
            return nlp.tags(words);
        }
        int[] starts = new int[spans.length];
        int[] ends = new int[spans.length];
        for (int i = 0; i < spans.length; i++) {
            starts[i] = spans[i].getStart();
            ends[i] = spans[i].getEnd();
        }
        List<Integer> pieces = SentencePieces.starts(sentence, starts, ends, 0, words.length);
        String[] tags = new String[words.length];
        for (int p = 0; p < pieces.size(); p++) {
            int from = pieces.get(p);
            int to = p + 1 < pieces.size() ? pieces.get(p + 1) : words.length;
            String[] pieceTags = nlp.tags(java.util.Arrays.copyOfRange(words, from, to));
            System.arraycopy(pieceTags, 0, tags, from, pieceTags.length);
        }
        return tags;
    }

    /**
     * The UD tokenizer keeps "I'm" and "don't" whole, tagged "PRON+AUX" with lemma "i+be".
     * Patterns are easier to write over separate words, so such tokens are split in two.
     */
    private static void addSplittingContractions(String text, int start, int end, String word, String tag, String lemma,
                                                 int sentence, MaskIndex masks, List<Token> out) {
        // split("+") of a bare "+" is an empty array: keep such tags and lemmas whole.
        String[] tagParts = tag.split("\\+");
        String[] lemmaParts = lemma.split("\\+");
        if (tagParts.length == 0) {
            tagParts = new String[] {tag};
        }
        if (lemmaParts.length == 0) {
            lemmaParts = new String[] {lemma};
        }
        if (tagParts.length == 2 && lemmaParts.length == 2) {
            String lower = word.toLowerCase();
            int split = lower.endsWith("n't") && lower.length() > 3 ? lower.length() - 3 : lower.lastIndexOf('\'');
            if (split > 0) {
                out.add(token(text, start, start + split, tagParts[0], lemmaParts[0], sentence, masks));
                out.add(token(text, start + split, end, tagParts[1], lemmaParts[1], sentence, masks));
                return;
            }
        }
        out.add(token(text, start, end, tagParts[0], lemmaParts[0], sentence, masks));
    }

    private static Token token(String text, int start, int end, String tag, String lemma, int sentence, MaskIndex masks) {
        String original = text.substring(start, end);
        String norm = normalise(original);
        Mask overlapping = masks.firstOverlapping(start, end);
        MaskKind mask = overlapping == null ? null : overlapping.kind();
        String cleanLemma = lemma == null || lemma.equals("O") || lemma.isEmpty() ? norm : normalise(lemma);
        return new Token(start, end, original, norm, tag, cleanLemma, mask, sentence);
    }

    /** Lower-case with typographic apostrophes and quotes made plain. */
    public static String normalise(String s) {
        return s.toLowerCase().replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
    }

    private static String analysisCopy(String text, List<Mask> masks) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\n' || c == '\r' || c == '\t' || c == '\f') {
                chars[i] = ' ';
            } else if (c == '’' || c == '‘') {
                chars[i] = '\'';
            } else if (c == '“' || c == '”') {
                chars[i] = '"';
            }
        }
        for (Mask mask : masks) {
            if (mask.kind().isProse()) {
                continue;
            }
            // A stand-in the tagger reads as a name: "Xxxx" padded with spaces to the same length.
            for (int i = mask.start(); i < mask.end(); i++) {
                int k = i - mask.start();
                chars[i] = k == 0 ? 'X' : k < 4 ? 'x' : ' ';
            }
        }
        return new String(chars);
    }

    private record Block(int start, int end, boolean heading) {
    }

    /** Splits the body at blank lines and list items; a lone short line with no closing punctuation is a heading. */
    private static List<Block> blocks(String text, LetterLayout layout) {
        List<Block> blocks = new ArrayList<>();
        int blockStart = -1;
        int blockEnd = -1;
        int blockLines = 0;
        int offset = layout.bodyStart();
        while (offset < layout.bodyEnd()) {
            int lineEnd = offset;
            while (lineEnd < layout.bodyEnd() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            String line = text.substring(offset, lineEnd);
            int next = lineEnd;
            if (next < text.length() && text.charAt(next) == '\r') {
                next++;
            }
            if (next < text.length() && text.charAt(next) == '\n') {
                next++;
            }
            if (line.isBlank()) {
                if (blockStart >= 0) {
                    blocks.add(block(text, blockStart, blockEnd, blockLines));
                    blockStart = -1;
                }
            } else {
                Matcher marker = LIST_MARKER.matcher(line);
                boolean listItem = marker.find();
                if (listItem && blockStart >= 0) {
                    blocks.add(block(text, blockStart, blockEnd, blockLines));
                    blockStart = -1;
                }
                if (blockStart < 0) {
                    blockStart = offset + (listItem ? marker.end() : 0);
                    blockLines = 0;
                }
                blockEnd = lineEnd;
                blockLines++;
            }
            offset = Math.max(next, lineEnd + 1);
        }
        if (blockStart >= 0) {
            blocks.add(block(text, blockStart, Math.min(blockEnd, layout.bodyEnd()), blockLines));
        }
        return blocks;
    }

    private static Block block(String text, int start, int end, int lines) {
        String content = text.substring(start, end);
        boolean heading = lines == 1 && content.strip().length() <= 90 && !CLOSING_PUNCTUATION.matcher(content).matches();
        return new Block(start, end, heading);
    }
}
