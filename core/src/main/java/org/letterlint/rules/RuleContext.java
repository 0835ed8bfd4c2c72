package org.letterlint.rules;

import org.letterlint.letter.LetterFacts;
import org.letterlint.text.TextModel;

/**
 * What a rule is given for one letter: the text model, what is known about the letter, and the
 * settings of this run.
 *
 * @param model    the letter's text model
 * @param facts    its type, scheme and elements, worked out once before the rules run
 * @param settings thresholds and choices that rules read
 */
public record RuleContext(TextModel model, LetterFacts facts, RuleSettings settings) {
}
