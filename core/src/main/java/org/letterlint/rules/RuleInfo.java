package org.letterlint.rules;

/**
 * What a rule is: for `letterlint rules` and `letterlint explain`, and for every step that treats
 * findings differently by what they are about (the tidy step, the merging of same advice, the
 * fixer). Those steps read it here rather than testing ids, so a new rule says what it is once.
 *
 * @param id          "category.name", stable and kebab-case
 * @param category    its category
 * @param severity    its default severity
 * @param summary     one line: what it flags
 * @param explanation why it matters to the person reading the letter
 * @param example     a sentence it flags
 * @param rewrite     the same sentence written better
 * @param kind        what its findings are about: some words, a sentence's construction, a whole sentence, the letter
 * @param origin      whether letterlint's own data and code make its findings, or LanguageTool's
 * @param fixable     whether `letterlint fix` may apply its first rewrite without asking (it still checks each one)
 */
public record RuleInfo(String id, Category category, Severity severity, String summary, String explanation,
                       String example, String rewrite, Kind kind, Origin origin, boolean fixable) {

    /** What a rule's findings are about, which decides what they may hide or be merged with. */
    public enum Kind {
        /** These words should be reworded: jargon, a defensive phrase, a misspelling, a grammar mistake. */
        WORDS,
        /** How a sentence is built (a passive): rewording the words inside it can leave it as it was. */
        CONSTRUCTION,
        /** A whole sentence (too long): never about the words inside it, and never hides them. */
        SENTENCE,
        /** The letter as a whole (a missing element, a note on the run): an empty span at a place. */
        LETTER
    }

    /** Who makes a rule's findings. */
    public enum Origin {
        /** letterlint's wordlists and rule kinds, whose explanations speak of complaint letters. */
        LETTERLINT,
        /** LanguageTool's grammar and spelling rules. */
        LANGUAGETOOL
    }

    /** A description for a finding id no rule describes: about its words (or the letter, with an empty span), ours, not fixed. */
    public static RuleInfo undescribed(Finding f) {
        return new RuleInfo(f.rule(), f.category(), f.severity(), "", "", "", "", f.length() == 0 ? Kind.LETTER : Kind.WORDS,
                Origin.LETTERLINT, false);
    }
}
