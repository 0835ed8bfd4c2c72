package org.letterlint.text;

/** What a masked stretch of a letter is. Rules never report inside a mask. */
public enum MaskKind {
    PLACEHOLDER(false),
    EMAIL(false),
    URL(false),
    PHONE(false),
    REFERENCE(false),
    POSTCODE(false),
    /** The complainant's own words in quotation marks: still prose, but not ours to correct. */
    QUOTATION(true),
    /** A directive such as "letterlint-disable-next-line" and the comment around it. */
    DIRECTIVE(false),
    /**
     * More than 100 characters without a space: no word of prose is that long, and OpenNLP's
     * tokenizer and sentence detector look at the whole run for each of its characters.
     */
    LONG_RUN(false);

    private final boolean prose;

    MaskKind(boolean prose) {
        this.prose = prose;
    }

    /** True when the masked words still count as prose for readability. */
    public boolean isProse() {
        return prose;
    }
}
