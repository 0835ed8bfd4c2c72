package org.letterlint.rules;

/**
 * What a rule is, for `letterlint rules` and `letterlint explain`.
 *
 * @param id          "category.name", stable and kebab-case
 * @param category    its category
 * @param severity    its default severity
 * @param summary     one line: what it flags
 * @param explanation why it matters to the person reading the letter
 * @param example     a sentence it flags
 * @param rewrite     the same sentence written better
 */
public record RuleInfo(String id, Category category, Severity severity, String summary, String explanation,
                       String example, String rewrite) {
}
