package org.letterlint.rules;

import java.util.List;
import org.letterlint.readability.Readability;
import org.letterlint.text.Sentence;
import org.letterlint.text.TextModel;
import org.letterlint.text.Token;

/**
 * The metric kind, per sentence: a sentence longer than the configured limits (25 words a warning,
 * 35 an error by default). Suggests the sentence split at a semicolon or a joining word near its
 * middle, where there is one.
 */
public final class LongSentenceRule implements Rule {
    public static final String ID = "readability.long-sentence";

    @Override
    public List<RuleInfo> describe() {
        return List.of(new RuleInfo(ID, Category.READABILITY, Severity.WARNING,
                "A sentence longer than 25 words (an error over 35)",
                "Long sentences are the main reason letters are hard to read. Readers lose the thread, "
                        + "especially when they are upset or reading in a second language. Aim for 15 to 20 words on "
                        + "average, and split any sentence over 25 words; one idea a sentence.",
                "I have looked at the records of your calls, which show that the officer visited on 20 January and that he "
                        + "gave your neighbour a warning, and I have also spoken to the officer himself.",
                "I have looked at the records of your calls, which show that the officer visited on 20 January and that he "
                        + "gave your neighbour a warning. I have also spoken to the officer himself.",
                RuleInfo.Kind.SENTENCE, RuleInfo.Origin.LETTERLINT, false));
    }

    @Override
    public void check(RuleContext context, List<Finding> out) {
        TextModel model = context.model();
        RuleSettings settings = context.settings();
        for (Sentence sentence : model.sentences()) {
            if (sentence.heading()) {
                continue;
            }
            int words = Readability.wordCount(model, sentence);
            if (words <= settings.longSentenceWarning()) {
                continue;
            }
            Severity severity = words > settings.longSentenceError() ? Severity.ERROR : Severity.WARNING;
            String text = model.text(sentence);
            String split = split(model, sentence);
            String message = "This sentence has " + words + " words; aim for " + settings.longSentenceWarning()
                    + " or fewer" + (split == null ? ": split it into shorter sentences." : ": it could be split where shown.");
            out.add(new Finding(ID, Category.READABILITY, severity, sentence.start(), sentence.end(), text, message,
                    split == null ? List.of() : List.of(split)));
        }
    }

    /** A word that can open a sentence of its own: "we", "the officer", "Daniel"; not "that", "which" or a verb. */
    private static boolean startsClause(Token token) {
        if (List.of("that", "which", "who", "whom", "whose", "what", "where", "when", "if").contains(token.norm())) {
            return false;
        }
        return switch (token.tag()) {
            case "PRON", "DET", "PROPN", "NOUN", "NUM" -> true;
            default -> false;
        };
    }

    /** The sentence split at the semicolon or ", and/but/so" nearest its middle, or null. */
    static String split(TextModel model, Sentence sentence) {
        List<Token> tokens = model.tokens(sentence);
        int middle = tokens.size() / 2;
        int best = -1;
        for (int i = 2; i < tokens.size() - 3; i++) {
            String t = tokens.get(i).norm();
            boolean semicolon = t.equals(";");
            boolean joined = t.equals(",") && List.of("and", "but", "so").contains(tokens.get(i + 1).norm())
                    && startsClause(tokens.get(i + 2));
            if ((semicolon && startsClause(tokens.get(i + 1)) || joined) && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        if (best < 0 || tokens.get(best + 1).isMasked()) {
            return null;
        }
        Token mark = tokens.get(best);
        Token next = tokens.get(best + 1);
        // "; we" -> ". We"; ", and we" -> ". We" (the "and" goes); ", but we" -> ". But we"; ", so we" -> ". So we".
        Token first = !mark.norm().equals(";") && next.norm().equals("and") ? tokens.get(best + 2) : next;
        String before = model.text(sentence.start(), mark.start()).stripTrailing();
        String rest = model.text(first.start(), sentence.end());
        return before + ". " + Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }
}
