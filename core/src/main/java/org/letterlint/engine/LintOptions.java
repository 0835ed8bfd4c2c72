package org.letterlint.engine;

import org.letterlint.letter.LetterType;
import org.letterlint.letter.TypeSource;
import org.letterlint.rules.RuleSettings;

/**
 * The choices of one run that the engine needs.
 *
 * @param type       the letter type to check against, or null to detect it
 * @param typeSource where {@code type} came from (ignored when type is null)
 * @param settings   thresholds that rules read
 */
public record LintOptions(LetterType type, TypeSource typeSource, RuleSettings settings) {
    public static final LintOptions DEFAULTS = new LintOptions(null, null, RuleSettings.DEFAULTS);

    public LintOptions withType(LetterType newType, TypeSource source) {
        return new LintOptions(newType, source, settings);
    }
}
