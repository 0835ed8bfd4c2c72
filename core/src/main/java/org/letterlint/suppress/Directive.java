package org.letterlint.suppress;

import java.util.List;

/**
 * One inline suppression comment in a letter or template.
 *
 * @param kind  what it does
 * @param rules the rule ids or globs it names; empty means every rule
 * @param line  the 1-based line it is on
 * @param start offset of the comment
 * @param end   offset just past the comment
 */
public record Directive(Kind kind, List<String> rules, int line, int start, int end) {
    /** The three directives, as written after "letterlint-". */
    public enum Kind { DISABLE_NEXT_LINE, DISABLE, ENABLE }

    public Directive {
        rules = List.copyOf(rules);
    }

    /** True when this directive names the rule (or names none, meaning all). */
    public boolean covers(String rule) {
        return rules.isEmpty() || rules.stream().anyMatch(r -> RuleGlob.matches(r, rule));
    }
}
