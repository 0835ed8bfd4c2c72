package org.letterlint.engine;

import org.letterlint.letter.LetterType;
import org.letterlint.letter.Scheme;
import org.letterlint.letter.TypeSource;
import org.letterlint.rules.RuleSettings;

/**
 * The choices of one run that the engine needs.
 *
 * @param type       the letter type to check against, or null to detect it
 * @param typeSource where {@code type} came from (ignored when type is null)
 * @param scheme     the complaint scheme the letters answer to
 * @param settings   thresholds that rules read
 * @param overrides  rules switched off or re-graded
 */
public record LintOptions(LetterType type, TypeSource typeSource, Scheme scheme, RuleSettings settings, RuleOverrides overrides) {
    public static final LintOptions DEFAULTS = new LintOptions(null, null, Scheme.generic(), RuleSettings.DEFAULTS, RuleOverrides.NONE);

    public LintOptions withType(LetterType newType, TypeSource source) {
        return new LintOptions(newType, source, scheme, settings, overrides);
    }

    public LintOptions withScheme(Scheme newScheme) {
        return new LintOptions(type, typeSource, newScheme, settings, overrides);
    }

    public LintOptions withSettings(RuleSettings newSettings) {
        return new LintOptions(type, typeSource, scheme, newSettings, overrides);
    }

    public LintOptions withOverrides(RuleOverrides newOverrides) {
        return new LintOptions(type, typeSource, scheme, settings, newOverrides);
    }
}
