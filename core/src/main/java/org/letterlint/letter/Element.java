package org.letterlint.letter;

import org.letterlint.rules.Severity;

/**
 * Something a complaint-response letter must contain, from wordlists/elements-rules.tsv.
 *
 * @param id          the element id (thanks, summary, apology, impact, reasons, actions, review, contact, timescale, ...)
 * @param severity    how serious its absence is
 * @param summary     what it is, in one line
 * @param explanation why it matters
 * @param suggestion  a model sentence to add, with &lt;placeholders&gt; for what only the author knows
 */
public record Element(String id, Severity severity, String summary, String explanation, String suggestion) {
}
