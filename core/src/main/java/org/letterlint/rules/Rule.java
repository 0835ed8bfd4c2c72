package org.letterlint.rules;

import java.util.List;

/**
 * A kind of check over a letter's text model. A rule kind may carry many rule ids (the jargon
 * rule has one per wordlist entry); each finding names the id it is for.
 */
public interface Rule {
    /** Every rule id this rule can report, with its description. */
    List<RuleInfo> describe();

    /** Adds this rule's findings for one letter to {@code out}. Must be safe to call from several threads at once. */
    void check(RuleContext context, List<Finding> out);
}
