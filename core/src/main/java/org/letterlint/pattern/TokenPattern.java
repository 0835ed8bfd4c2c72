package org.letterlint.pattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.letterlint.text.Token;

/**
 * A pattern over a sentence's tokens, written in the tiny syntax of docs/patterns.md:
 *
 * <pre>
 *   word          the word in any inflection: "escalate" finds "escalated", "escalating"
 *   a|b|c         any of these words
 *   word{VERB}    the word, only when tagged with that part of speech
 *   =word         this exact form only ("=was" does not find "is")
 *   {NOUN|PROPN}  any word with one of these parts of speech
 *   _             any one word
 *   ...  ...6     a gap of up to 4 (or 6) tokens
 *   ...$          the rest of the sentence, up to its closing punctuation (only at the end)
 *   x?            an optional slot
 *   !a|b          any one token that is none of these words
 *   p1 || p2      either whole pattern ("in line with || in accordance with")
 * </pre>
 *
 * Matching ignores case and treats curly and straight apostrophes alike. A match never includes
 * a masked token (a placeholder, a quotation of the complainant's words, an address).
 */
public final class TokenPattern {
    private static final int DEFAULT_GAP = 4;
    /** Compiled once: String.split with a regex compiles it on every call, and a run compiles thousands of patterns. */
    private static final java.util.regex.Pattern BRANCHES = java.util.regex.Pattern.compile("\\s*\\|\\|\\s*");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** Longest gap a pattern may ask for: a phrase whose words are further apart is not one phrase. */
    static final int MAX_GAP = 20;
    /** Most slots in one alternative: the matcher recurses once per slot. */
    static final int MAX_SLOTS = 40;
    /**
     * Ways through one alternative above which matching remembers what it found at each (token, slot):
     * every gap and optional slot multiplies them, and a fuzzed pattern of many gaps took 35 s on one
     * short letter. Below it, plain backtracking is faster than keeping the table.
     */
    private static final long MEMO_ABOVE_PATHS = 256;

    private final String source;
    private final List<List<Element>> branches;
    private final boolean[] memoised;

    private TokenPattern(String source, List<List<Element>> branches) {
        this.source = source;
        this.branches = branches;
        this.memoised = new boolean[branches.size()];
        for (int b = 0; b < branches.size(); b++) {
            memoised[b] = paths(branches.get(b)) > MEMO_ABOVE_PATHS;
        }
    }

    /** How many ways backtracking can take through the slots, saturating well above the threshold. */
    private static long paths(List<Element> elements) {
        long paths = 1;
        for (Element element : elements) {
            long ways = element instanceof ToEnd ? 1 : element instanceof Gap gap ? gap.max + 1 : element.optional ? 2 : 1;
            paths = Math.min(paths * ways, MEMO_ABOVE_PATHS * 1024);
        }
        return paths;
    }

    public static TokenPattern compile(String pattern) {
        String trimmed = pattern.strip();
        if (trimmed.isEmpty()) {
            throw new PatternSyntaxException("empty pattern");
        }
        List<List<Element>> branches = new ArrayList<>();
        for (String branch : BRANCHES.split(trimmed, -1)) {
            if (branch.isBlank()) {
                throw new PatternSyntaxException("pattern '" + pattern + "' has an empty alternative around '||'");
            }
            branches.add(branch(branch.strip(), pattern));
        }
        return new TokenPattern(trimmed, List.copyOf(branches));
    }

    private static List<Element> branch(String trimmed, String pattern) {
        List<Element> elements = new ArrayList<>();
        for (String part : splitWords(trimmed)) {
            elements.add(parse(part, pattern));
        }
        if (elements.size() > MAX_SLOTS) {
            throw new PatternSyntaxException("pattern '" + pattern + "' has " + elements.size() + " slots; at most " + MAX_SLOTS
                    + " are allowed: split it into shorter patterns");
        }
        if (elements.stream().allMatch(e -> e.optional || e instanceof Gap)) {
            throw new PatternSyntaxException("pattern '" + pattern + "' can match nothing: it needs at least one required word");
        }
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof ToEnd && i != elements.size() - 1) {
                throw new PatternSyntaxException("pattern '" + pattern + "': '...$' may only come last");
            }
        }
        Element last = elements.get(elements.size() - 1);
        if (elements.get(0) instanceof Gap || last instanceof Gap && !(last instanceof ToEnd)) {
            throw new PatternSyntaxException("pattern '" + pattern + "' may not start or end with a gap");
        }
        return List.copyOf(elements);
    }

    public String source() {
        return source;
    }

    /**
     * Words one of which a sentence must hold for this pattern to match in it, or null when no such
     * set can be told (an alternative whose every required slot is a part of speech, "_" or "!x").
     * For each alternative, the required slot of the longest words: short words are the common ones,
     * so they would let more sentences through. Used by {@link PatternIndex} to skip patterns.
     */
    Set<String> anchorWords() {
        Set<String> anchors = new java.util.HashSet<>();
        for (List<Element> elements : branches) {
            Words best = null;
            for (Element element : elements) {
                if (element instanceof Words words && !words.optional && !words.negated
                        && (best == null || words.shortest() > best.shortest())) {
                    best = words;
                }
            }
            if (best == null) {
                return null;
            }
            best.alternatives.forEach(w -> anchors.add(w.word()));
        }
        return anchors;
    }

    /** Every non-overlapping match in the tokens, left to right. */
    public List<PatternMatch> findAll(List<Token> tokens) {
        List<PatternMatch> matches = new ArrayList<>();
        Search search = new Search(tokens);
        int i = 0;
        while (i < tokens.size()) {
            int end = matchAt(search, i);
            if (end > i) {
                matches.add(new PatternMatch(tokens.get(i).start(), tokens.get(end - 1).end(), i, end));
                i = end;
            } else {
                i++;
            }
        }
        return matches;
    }

    /** The first match at or after token {@code from}, or null. */
    public PatternMatch find(List<Token> tokens, int from) {
        Search search = new Search(tokens);
        for (int i = Math.max(0, from); i < tokens.size(); i++) {
            int end = matchAt(search, i);
            if (end > i) {
                return new PatternMatch(tokens.get(i).start(), tokens.get(end - 1).end(), i, end);
            }
        }
        return null;
    }

    public boolean matchesAnywhere(List<Token> tokens) {
        return find(tokens, 0) != null;
    }

    /** The end of the longest branch matching at token {@code i}, or -1. */
    private int matchAt(Search search, int i) {
        int best = -1;
        for (int b = 0; b < branches.size(); b++) {
            List<Element> elements = branches.get(b);
            int[] memo = memoised[b] ? search.memo(b, elements.size()) : null;
            best = Math.max(best, matchAt(elements, search, memo, i, 0));
        }
        return best;
    }

    /**
     * The tokens searched, and what "...$" needs to know of them, worked out once per search rather
     * than once per match: where the sentence's closing punctuation starts, and the first placeholder
     * or address at or after each token. Scanning to the end of the sentence for each match took
     * the square of a long sentence's length.
     */
    private static final class Search {
        final List<Token> tokens;
        private int contentEnd = -1;
        private int[] nextBlocking;
        private int[][] memos;

        Search(List<Token> tokens) {
            this.tokens = tokens;
        }

        /**
         * What matching slots {@code e..} from token {@code i} gave, at {@code i * (slots + 1) + e}: 0 not
         * yet known, otherwise the end token + 2 (so that -1, no match, is 1). The answer does not
         * depend on where the match started, so one table serves every start in the sentence.
         */
        int[] memo(int branch, int slots) {
            if (memos == null) {
                memos = new int[branch + 1][];
            } else if (memos.length <= branch) {
                memos = Arrays.copyOf(memos, branch + 1);
            }
            if (memos[branch] == null) {
                memos[branch] = new int[(tokens.size() + 1) * (slots + 1)];
            }
            return memos[branch];
        }

        /** The tokens before the closing punctuation. */
        int contentEnd() {
            if (contentEnd < 0) {
                int end = tokens.size();
                while (end > 0 && tokens.get(end - 1).isPunctuation()) {
                    end--;
                }
                contentEnd = end;
            }
            return contentEnd;
        }

        /** The first token at or after {@code k} that is a placeholder or address (not prose), or the list's size. */
        int nextBlocking(int k) {
            if (nextBlocking == null) {
                nextBlocking = new int[tokens.size() + 1];
                nextBlocking[tokens.size()] = tokens.size();
                for (int t = tokens.size() - 1; t >= 0; t--) {
                    Token token = tokens.get(t);
                    nextBlocking[t] = token.isMasked() && !token.mask().isProse() ? t : nextBlocking[t + 1];
                }
            }
            return nextBlocking[k];
        }
    }

    /**
     * Matches elements from {@code e} on, starting at token {@code i}; returns the end token index, or -1.
     * With a {@code memo}, each (token, slot) is worked out once.
     */
    private static int matchAt(List<Element> elements, Search search, int[] memo, int i, int e) {
        if (memo == null) {
            return matchOnce(elements, search, null, i, e);
        }
        int cell = i * (elements.size() + 1) + e;
        if (memo[cell] == 0) {
            memo[cell] = matchOnce(elements, search, memo, i, e) + 2;
        }
        return memo[cell] - 2;
    }

    private static int matchOnce(List<Element> elements, Search search, int[] memo, int i, int e) {
        List<Token> tokens = search.tokens;
        if (e == elements.size()) {
            return i;
        }
        Element element = elements.get(e);
        if (element instanceof ToEnd) {
            int end = Math.max(i, search.contentEnd());
            if (search.nextBlocking(i) < end) {
                return i; // stop before a placeholder or address rather than swallow it
            }
            return end;
        }
        if (element instanceof Gap gap) {
            for (int skip = 0; skip <= gap.max && i + skip <= tokens.size(); skip++) {
                if (skip > 0 && tokens.get(i + skip - 1).isMasked()) {
                    break;
                }
                int end = matchAt(elements, search, memo, i + skip, e + 1);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (i < tokens.size() && !tokens.get(i).isMasked() && element.matches(tokens.get(i))) {
            int end = matchAt(elements, search, memo, i + 1, e + 1);
            if (end >= 0) {
                return end;
            }
        }
        return element.optional ? matchAt(elements, search, memo, i, e + 1) : -1;
    }

    /** Splits at spaces, and splits contractions as the tokenizer does ("I'm" -> "I" "'m"). */
    private static List<String> splitWords(String pattern) {
        List<String> words = new ArrayList<>();
        for (String word : SPACES.split(pattern)) {
            String w = word.replace('’', '\'');
            int apostrophe = w.indexOf('\'');
            boolean plainWord = !w.contains("|") && !w.contains("{") && apostrophe > 0;
            if (plainWord && w.toLowerCase(Locale.ROOT).endsWith("n't") && w.length() > 3) {
                words.add(w.substring(0, w.length() - 3));
                words.add(w.substring(w.length() - 3));
            } else if (plainWord) {
                words.add(w.substring(0, apostrophe));
                words.add(w.substring(apostrophe));
            } else {
                words.add(w);
            }
        }
        return words;
    }

    private static Element parse(String part, String pattern) {
        if (part.equals("...$")) {
            return new ToEnd();
        }
        if (part.startsWith("...")) {
            String n = part.substring(3);
            int max;
            try {
                max = n.isEmpty() ? DEFAULT_GAP : Integer.parseInt(n);
            } catch (NumberFormatException e) {
                throw new PatternSyntaxException("bad gap '" + part + "' in '" + pattern + "': write ... or ...N");
            }
            if (max < 0 || max > MAX_GAP) {
                throw new PatternSyntaxException("gap '" + part + "' in '" + pattern + "' is out of range: write ...N with N from 0 to " + MAX_GAP);
            }
            return new Gap(max);
        }
        boolean optional = part.endsWith("?") && part.length() > 1;
        String body = optional ? part.substring(0, part.length() - 1) : part;
        if (body.equals("_")) {
            return new AnyWord(optional);
        }
        if (body.startsWith("{") && body.endsWith("}")) {
            return new TagSet(tags(body.substring(1, body.length() - 1), pattern), optional);
        }
        boolean negated = body.startsWith("!");
        boolean exact = body.startsWith("=");
        String words = negated || exact ? body.substring(1) : body;
        if (words.isEmpty() || words.contains("{") && !words.endsWith("}")) {
            throw new PatternSyntaxException("bad word '" + part + "' in '" + pattern + "'");
        }
        List<Word> alternatives = new ArrayList<>();
        for (String alternative : words.split("\\|")) {
            if (alternative.isEmpty()) {
                throw new PatternSyntaxException("empty alternative in '" + part + "' in '" + pattern + "'");
            }
            Set<String> tagFilter = Set.of();
            int brace = alternative.indexOf('{');
            if (brace >= 0) {
                // word{TAG|TAG}: one filter, closed at the very end, after a word (found by fuzzing: "all{|the").
                if (brace == 0 || !alternative.endsWith("}") || alternative.indexOf('{', brace + 1) >= 0
                        || alternative.indexOf('}') != alternative.length() - 1) {
                    throw new PatternSyntaxException("bad part-of-speech filter in '" + alternative + "' in '" + pattern
                            + "': write word{TAG} or word{TAG|TAG}");
                }
                tagFilter = tags(alternative.substring(brace + 1, alternative.length() - 1), pattern);
                alternative = alternative.substring(0, brace);
            }
            String w = alternative.toLowerCase(Locale.ROOT).replace('’', '\'');
            alternatives.add(new Word(w, exact, tagFilter));
        }
        return new Words(alternatives, negated, optional);
    }

    private static Set<String> tags(String list, String pattern) {
        if (list.isBlank()) {
            throw new PatternSyntaxException("empty part-of-speech set in '" + pattern + "'");
        }
        return Arrays.stream(list.split("\\|")).map(t -> t.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String toString() {
        return source;
    }

    private abstract static class Element {
        final boolean optional;

        Element(boolean optional) {
            this.optional = optional;
        }

        abstract boolean matches(Token token);
    }

    private static class Gap extends Element {
        final int max;

        Gap(int max) {
            super(true);
            this.max = max;
        }

        @Override
        boolean matches(Token token) {
            return true;
        }
    }

    /** The rest of the sentence: lets a finding cover a whole clause, so its rewrite can replace it. */
    private static final class ToEnd extends Gap {
        ToEnd() {
            super(Integer.MAX_VALUE);
        }
    }

    private static final class AnyWord extends Element {
        AnyWord(boolean optional) {
            super(optional);
        }

        @Override
        boolean matches(Token token) {
            return token.isWord();
        }
    }

    private static final class TagSet extends Element {
        final Set<String> tags;

        TagSet(Set<String> tags, boolean optional) {
            super(optional);
            this.tags = tags;
        }

        @Override
        boolean matches(Token token) {
            return tags.contains(token.tag());
        }
    }

    private record Word(String word, boolean exact, Set<String> tagFilter) {
        boolean matches(Token token) {
            if (!tagFilter.isEmpty() && !tagFilter.contains(token.tag())) {
                return false;
            }
            String form = token.norm();
            if (form.equals(word)) {
                return true;
            }
            if (exact) {
                return false;
            }
            return token.lemma().equals(word) || Inflections.isInflectionOf(form, word);
        }
    }

    private static final class Words extends Element {
        final List<Word> alternatives;
        final boolean negated;

        Words(List<Word> alternatives, boolean negated, boolean optional) {
            super(optional);
            this.alternatives = alternatives;
            this.negated = negated;
        }

        int shortest() {
            return alternatives.stream().mapToInt(w -> w.word().length()).min().orElse(0);
        }

        @Override
        boolean matches(Token token) {
            boolean any = false;
            for (Word w : alternatives) {
                if (w.matches(token)) {
                    any = true;
                    break;
                }
            }
            return negated != any;
        }
    }
}
