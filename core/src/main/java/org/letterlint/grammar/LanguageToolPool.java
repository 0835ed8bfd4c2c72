package org.letterlint.grammar;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.Rule;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * LanguageTool set up for British public-sector letters, offline. JLanguageTool is not
 * thread-safe and is slow to build (it loads thousands of rules), so instances are pooled and
 * reused across letters and threads; the first is built, and warmed up with a check, in the
 * background as soon as the pool is created, while OpenNLP analyses the letter.
 */
final class LanguageToolPool {
    /** Categories that fight normal UK public-sector usage or duplicate letterlint's own rules. */
    static final List<String> DISABLED_CATEGORIES = List.of(
            "BRE_STYLE_OXFORD_SPELLING", // -ize spellings: British public bodies write "apologise", "organisation"
            "STYLE", "REDUNDANCY", "PLAIN_ENGLISH", "WORDINESS", // letterlint's jargon, wordy and style rules cover these
            "TYPOGRAPHY", // curly quotes, dashes and spacing are house style, not errors
            "CREATIVE_WRITING", "TEXT_ANALYSIS");
    /** Single rules that duplicate letterlint's rules or misfire on letters. */
    static final List<String> DISABLED_RULES = List.of(
            "TOO_LONG_SENTENCE", "PASSIVE_VOICE", "EN_PLAIN_ENGLISH_REPLACE", "EN_REDUNDANCY_REPLACE", "EN_WORDINESS_PREMIUM",
            "WHITESPACE_RULE", // masked placeholders and hard-wrapped lines leave spaces that are not the writer's
            "EN_QUOTES", "DASH_RULE", "PUNCTUATION_PARAGRAPH_END", "UPPERCASE_SENTENCE_START", "SENTENCE_WHITESPACE",
            "COMMA_PARENTHESIS_WHITESPACE", "EN_UNPAIRED_BRACKETS", "EN_UNPAIRED_QUOTES", "CONSECUTIVE_SPACES",
            "PROFANITY", "SENT_START_CONJUNCTIVE_LINKING_ADVERB_COMMA", "EN_DIACRITICS_REPLACE", "THREE_NN",
            "ENGLISH_WORD_REPEAT_BEGINNING_RULE", "EN_SPECIFIC_CASE", "DATE_WEEKDAY", "DATE_NEW_YEAR", "EN_MULTITOKEN_SPELLING_TWO",
            "COMMA_COMPOUND_SENTENCE", "COMMA_COMPOUND_SENTENCE_2", // a style preference, not a rule of British English
            "POSSESSIVE_APOSTROPHE", // flags attributive nouns: "our repairs manager", "the complaints team"
            "QUESTION_MARK"); // takes the letter-writer's "Should you have any questions, please call" for a question

    private final Language language;
    private final List<String> acceptedWords;
    private final ConcurrentLinkedQueue<JLanguageTool> idle = new ConcurrentLinkedQueue<>();
    private final CompletableFuture<Void> warmedUp;

    private static final java.util.Map<List<String>, LanguageToolPool> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    /** One pool per process for each set of accepted words: LanguageTool is loaded once, however many linters there are. */
    static LanguageToolPool shared(List<String> acceptedWords) {
        List<String> key = acceptedWords.stream().sorted().toList();
        return SHARED.computeIfAbsent(key, LanguageToolPool::new);
    }

    private LanguageToolPool(List<String> acceptedWords) {
        this.language = Languages.getLanguageForShortCode("en-GB");
        this.acceptedWords = List.copyOf(acceptedWords);
        // The first check of a new instance is slow (lazy dictionaries); do it before any letter needs it.
        this.warmedUp = CompletableFuture.runAsync(() -> {
            JLanguageTool lt = create();
            try {
                lt.check("Thank you for your letter, which we recieved on Monday. We're sorry for the delay.");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            idle.offer(lt);
        });
    }

    /** An instance for this thread's exclusive use; give it back with {@link #release}. */
    JLanguageTool acquire() {
        JLanguageTool lt = idle.poll();
        if (lt == null && !warmedUp.isDone()) {
            warmedUp.join();
            lt = idle.poll();
        }
        return lt != null ? lt : create();
    }

    void release(JLanguageTool lt) {
        idle.offer(lt);
    }

    /** Every rule the pooled instances run, for `letterlint rules`. */
    List<Rule> activeRules() {
        JLanguageTool lt = acquire();
        try {
            return List.copyOf(lt.getAllActiveRules());
        } finally {
            release(lt);
        }
    }

    private JLanguageTool create() {
        JLanguageTool lt = new JLanguageTool(language);
        for (String category : DISABLED_CATEGORIES) {
            lt.disableCategory(new CategoryId(category));
        }
        for (String rule : DISABLED_RULES) {
            lt.disableRule(rule);
        }
        for (Rule rule : lt.getAllActiveRules()) {
            if (rule instanceof SpellingCheckRule speller && !acceptedWords.isEmpty()) {
                speller.addIgnoreTokens(acceptedWords);
            }
        }
        return lt;
    }
}
