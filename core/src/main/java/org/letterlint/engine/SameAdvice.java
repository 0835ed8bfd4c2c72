package org.letterlint.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.letterlint.rules.Category;
import org.letterlint.rules.Finding;
import org.letterlint.rules.RuleInfo;
import org.letterlint.rules.Severity;

/**
 * One finding per thing said. Where two of letterlint's own rules give the same kind of advice
 * (reword these words) about the same words, the caseworker gets one finding that carries both
 * explanations: "utilize" is jargon and American spelling; "In accordance with our policy" is
 * procedure offered as a reason and jargon; the passive "be advised" is inside the filler "Please be
 * advised that", whose rewrite removes it. Findings about other things are never merged: a
 * misspelling or a jargon word inside a long or defensive sentence stays a finding of its own, and
 * so does the passive "was actioned" (its jargon rewrite "was done" is still passive).
 */
final class SameAdvice {
    /** Which of two findings speaks for both: defensive phrasing matters most, then jargon, wordiness, spelling. */
    private static final Map<Category, Integer> PRECEDENCE = Map.of(
            Category.DEFENSIVE, 0, Category.JARGON, 1, Category.STYLE, 2, Category.SPELLING, 3);

    private SameAdvice() {
    }

    /** The findings with each group that gives the same advice about the same words merged into one, in text order. */
    static List<Finding> merge(List<Finding> findings, RuleSet rules) {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end).thenComparing(Finding::rule));
        for (int i = 0; i < out.size(); i++) {
            // A finding earlier than i has already been compared with every finding that starts inside it.
            for (int j = i + 1; j < out.size() && out.get(j).start() < out.get(i).end(); j++) {
                Finding a = out.get(i);
                Finding b = out.get(j);
                if (sameAdvice(a, rules.about(a), b, rules.about(b))) {
                    Finding primary = PRECEDENCE.get(a.category()) <= PRECEDENCE.get(b.category()) ? a : b;
                    out.set(i, combine(primary, primary == a ? b : a));
                    out.remove(j);
                    j = i; // compare the merged finding with the rest again
                }
            }
        }
        out.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end).thenComparing(Finding::rule));
        return out;
    }

    /** Ours, with a span, and of a category that advises rewording (not grammar, readability or a missing element). */
    private static boolean mergeable(Finding f, RuleInfo about) {
        return f.length() > 0 && PRECEDENCE.containsKey(f.category()) && about.origin() == RuleInfo.Origin.LETTERLINT
                && (about.kind() == RuleInfo.Kind.WORDS || about.kind() == RuleInfo.Kind.CONSTRUCTION);
    }

    /**
     * The same words: they share at least half of the longer span (the measure the tidy step uses
     * against LanguageTool); or one lies inside a rewrite that takes its words away ("be advised"
     * inside "Please be advised that", which is deleted).
     */
    static boolean sameAdvice(Finding a, RuleInfo aboutA, Finding b, RuleInfo aboutB) {
        if (!mergeable(a, aboutA) || !mergeable(b, aboutB) || a.rule().equals(b.rule())) {
            return false;
        }
        int shared = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
        if (shared <= 0) {
            return false;
        }
        // A passive is advice about the sentence's construction: "was actioned" stays passive as "was done".
        boolean construction = aboutA.kind() == RuleInfo.Kind.CONSTRUCTION || aboutB.kind() == RuleInfo.Kind.CONSTRUCTION;
        if (!construction && 2 * shared >= Math.max(a.length(), b.length())) {
            return true;
        }
        return rewritesAway(a, aboutA, b) || rewritesAway(b, aboutB, a);
    }

    /** Whether {@code outer} is a word rewrite (jargon or wordiness) around {@code inner} whose first suggestion drops its words. */
    private static boolean rewritesAway(Finding outer, RuleInfo aboutOuter, Finding inner) {
        boolean wordRewrite = (outer.category() == Category.JARGON || outer.category() == Category.STYLE)
                && aboutOuter.kind() == RuleInfo.Kind.WORDS && !outer.suggestions().isEmpty() && !outer.suggestions().get(0).contains("<");
        return wordRewrite && outer.start() <= inner.start() && inner.end() <= outer.end()
                && !outer.suggestions().get(0).toLowerCase().contains(inner.text().toLowerCase());
    }

    /** The primary finding, with the other's explanation and rewrites added and the higher severity of the two. */
    private static Finding combine(Finding primary, Finding other) {
        Set<String> suggestions = new LinkedHashSet<>(primary.suggestions());
        for (String s : other.suggestions()) {
            if (primary.start() <= other.start() && other.end() <= primary.end()) {
                // The other's rewrite, put into the primary's words: "In accordance with our policy" -> "Under our policy".
                String within = primary.text().substring(0, other.start() - primary.start()) + s
                        + primary.text().substring(other.end() - primary.start());
                if (!s.isEmpty() && !s.contains("<")) {
                    suggestions.add(within);
                }
            }
        }
        Severity severity = primary.severity().compareTo(other.severity()) <= 0 ? primary.severity() : other.severity(); // ERROR first
        List<String> also = new ArrayList<>(primary.also());
        also.add(other.rule());
        also.addAll(other.also());
        return new Finding(primary.rule(), primary.category(), severity, primary.start(), primary.end(), primary.text(),
                primary.message() + " Also: " + other.message(), List.copyOf(suggestions), primary.fitsInPlace(), also);
    }
}
