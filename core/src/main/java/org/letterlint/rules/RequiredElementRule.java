package org.letterlint.rules;

import java.util.ArrayList;
import java.util.List;
import org.letterlint.letter.Element;
import org.letterlint.letter.ElementStatus;
import org.letterlint.letter.Elements;
import org.letterlint.letter.LetterFacts;
import org.letterlint.letter.LetterType;

/**
 * The required-element kind: each element the letter's type requires and the letter lacks is a
 * finding "acknowledgement.&lt;element&gt;" with an empty span at the start of the body, suggesting a
 * sentence to add (the scheme's own review paragraph where it has one).
 */
public final class RequiredElementRule implements Rule {
    private static final String PREFIX = Category.ACKNOWLEDGEMENT.id() + ".";

    private final Elements elements;

    public RequiredElementRule(Elements elements) {
        this.elements = elements;
    }

    @Override
    public List<RuleInfo> describe() {
        List<RuleInfo> infos = new ArrayList<>();
        for (Element e : elements.all()) {
            infos.add(new RuleInfo(idOf(e.id()), Category.ACKNOWLEDGEMENT, e.severity(),
                    "Missing: " + e.summary().substring(0, 1).toLowerCase() + e.summary().substring(1),
                    e.explanation(), "(a letter without it)", e.suggestion(), RuleInfo.Kind.LETTER, RuleInfo.Origin.LETTERLINT, false));
        }
        return infos;
    }

    @Override
    public void check(RuleContext context, List<Finding> out) {
        LetterFacts facts = context.facts();
        int at = context.model().layout().bodyStart();
        for (ElementStatus status : facts.elements()) {
            if (!status.required() || status.present()) {
                continue;
            }
            Element e = elements.get(status.id());
            String suggestion = e.id().equals("review") && !facts.scheme().isGeneric() ? facts.scheme().reviewSentence() : e.suggestion();
            String what = e.summary().substring(0, 1).toLowerCase() + e.summary().substring(1);
            String required = " (required in " + article(facts.type().id()) + " " + facts.type().id() + " letter"
                    + (e.id().equals("apology") && facts.type() == LetterType.OUTCOME ? " that upholds any part of the complaint" : "") + ").";
            // An error only where the element is clearly absent; a maybe is a warning that names the sentence.
            String message;
            Severity severity = e.severity();
            int where = at;
            switch (status.verdict()) {
                case UNSURE -> {
                    message = "Not sure the letter has this: " + what + ". The sentence \"" + status.near().text()
                            + "\" may give it in other words: check that it does" + required;
                    severity = severity == Severity.ERROR ? Severity.WARNING : severity;
                    where = status.near().offset();
                }
                default -> message = "The letter is missing: " + what + required;
            }
            out.add(new Finding(idOf(e.id()), Category.ACKNOWLEDGEMENT, severity, where, where, "", message, List.of(suggestion)));
        }
    }

    /** The rule id of the finding that says an element is missing. */
    public static String idOf(String element) {
        return PREFIX + element;
    }

    /**
     * The element a missing-element finding is about, or null for any other finding (a wrong review
     * body is an acknowledgement finding with words: it has a span).
     */
    public static String missingElement(Finding f) {
        return f.length() == 0 && f.rule().startsWith(PREFIX) ? f.rule().substring(PREFIX.length()) : null;
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
