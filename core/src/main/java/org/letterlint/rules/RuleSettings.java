package org.letterlint.rules;

/**
 * Settings that rules read, from the command line or the config file.
 *
 * @param longSentenceWarning words in a sentence above which it is a warning
 * @param longSentenceError   words in a sentence above which it is an error
 */
public record RuleSettings(int longSentenceWarning, int longSentenceError) {
    public static final RuleSettings DEFAULTS = new RuleSettings(25, 35);

    public RuleSettings {
        if (longSentenceWarning < 1 || longSentenceError < longSentenceWarning) {
            throw new IllegalArgumentException("long-sentence limits must be positive, with the error limit at or above the warning limit");
        }
    }
}
