package org.letterlint.rules;

import org.letterlint.text.TextModel;

/**
 * What a rule is given for one letter: the text model and the settings of this run.
 *
 * @param model    the letter's text model
 * @param settings thresholds and choices that rules read
 */
public record RuleContext(TextModel model, RuleSettings settings) {
}
