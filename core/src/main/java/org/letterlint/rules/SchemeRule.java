package org.letterlint.rules;

import java.util.List;
import org.letterlint.letter.Scheme;
import org.letterlint.pattern.PatternMatch;
import org.letterlint.pattern.TokenPattern;
import org.letterlint.text.Sentence;
import org.letterlint.text.TextModel;
import org.letterlint.text.Token;

/**
 * Under a named complaint scheme, a review paragraph that names another scheme's review body, or
 * states a time limit the scheme does not set ("within 14 days" in a police outcome), misleads the
 * complainant. Each is a finding that names the right body or limit.
 */
public final class SchemeRule implements Rule {
    public static final String WRONG_BODY = "acknowledgement.review-body";
    public static final String WRONG_DEADLINE = "acknowledgement.review-deadline";
    public static final String WRONG_REPLY_TIME = "acknowledgement.reply-deadline";
    /** A promise of when the reply will come: "we will reply within 25 working days". */
    private static final TokenPattern PROMISE = TokenPattern.compile("reply|respond|response|answer|hear|write ...8 within|in {NUM} working? day|week");

    private static final TokenPattern TIME_LIMIT = TokenPattern.compile(
            "{NUM} working? day|week|month|year || a|one year || twenty-eight|fourteen|seven|twelve|six day|week|month");

    private final List<Scheme> allSchemes;

    public SchemeRule(List<Scheme> allSchemes) {
        this.allSchemes = List.copyOf(allSchemes);
    }

    public static SchemeRule bundled() {
        return new SchemeRule(Scheme.BUNDLED.stream().map(Scheme::load).toList());
    }

    @Override
    public List<RuleInfo> describe() {
        return List.of(
                new RuleInfo(WRONG_BODY, Category.ACKNOWLEDGEMENT, Severity.ERROR,
                        "The review paragraph names another scheme's review body (with --scheme)",
                        "A complainant sent to the wrong ombudsman loses time, and may miss the real deadline. "
                                + "Each complaint scheme has its own review body: check the letter names the right one.",
                        "(police scheme) You can ask the Parliamentary and Health Service Ombudsman to look at this.",
                        "You can ask the Independent Office for Police Conduct (IOPC) to review this.", RuleInfo.Kind.WORDS, RuleInfo.Origin.LETTERLINT, false),
                new RuleInfo(WRONG_DEADLINE, Category.ACKNOWLEDGEMENT, Severity.ERROR,
                        "The review paragraph states a time limit the scheme does not set (with --scheme)",
                        "A wrong deadline can cost the complainant their right of review. State the scheme's own limit.",
                        "(police scheme) You must apply within 14 days.",
                        "Your application must reach them within 28 days, counting from the day after the date of this letter.", RuleInfo.Kind.WORDS, RuleInfo.Origin.LETTERLINT, false),
                new RuleInfo(WRONG_REPLY_TIME, Category.ACKNOWLEDGEMENT, Severity.ERROR,
                        "An acknowledgement or update promises a reply later than the scheme allows (with --scheme)",
                        "Complaint schemes set how long an organisation may take to reply (for social housing, 10 working days "
                                + "at stage 1 and 20 at stage 2). Promising longer tells the complainant the organisation will break its own code.",
                        "(housing scheme) We will send you a full reply within 30 working days.",
                        "We will send you a full reply within 10 working days.", RuleInfo.Kind.WORDS, RuleInfo.Origin.LETTERLINT, false));
    }

    @Override
    public void check(RuleContext context, List<Finding> out) {
        Scheme scheme = context.facts().scheme();
        if (scheme.isGeneric()) {
            return;
        }
        TextModel model = context.model();
        if (scheme.replyDeadline() != null && context.facts().type() != org.letterlint.letter.LetterType.OUTCOME) {
            wrongReplyTime(model, scheme, out);
        }
        boolean namesOwnBody = model.sentences().stream().anyMatch(s -> scheme.body().matchesAnywhere(model.tokens(s)));
        List<Sentence> sentences = model.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            List<Token> tokens = model.tokens(sentences.get(i));
            if (!namesOwnBody) {
                wrongBody(model, scheme, tokens, out);
            }
            // The time limit is stated with the body, or in the sentence after it.
            if (scheme.body().matchesAnywhere(tokens)) {
                wrongDeadline(model, scheme, tokens, out);
                if (i + 1 < sentences.size() && sentences.get(i + 1).paragraph() == sentences.get(i).paragraph()) {
                    wrongDeadline(model, scheme, model.tokens(sentences.get(i + 1)), out);
                }
            }
        }
    }

    private void wrongBody(TextModel model, Scheme scheme, List<Token> tokens, List<Finding> out) {
        for (Scheme other : allSchemes) {
            if (other.isGeneric() || other.name().equals(scheme.name())) {
                continue;
            }
            for (PatternMatch m : other.body().findAll(tokens)) {
                String text = model.text(m.start(), m.end());
                if (text.equalsIgnoreCase("ombudsman") || text.equalsIgnoreCase("stage 2") || text.equalsIgnoreCase("stage two")) {
                    continue; // shared words, not one scheme's body
                }
                out.add(new Finding(WRONG_BODY, Category.ACKNOWLEDGEMENT, Severity.ERROR, m.start(), m.end(), text,
                        "Under the " + scheme.title() + " scheme the review goes to " + scheme.bodyName() + ", not '" + text + "'.",
                        List.of()));
            }
        }
    }

    private static void wrongReplyTime(TextModel model, Scheme scheme, List<Finding> out) {
        for (Sentence sentence : model.sentences()) {
            List<Token> tokens = model.tokens(sentence);
            PatternMatch promise = PROMISE.find(tokens, 0);
            if (promise == null) {
                continue;
            }
            for (PatternMatch m : TIME_LIMIT.findAll(tokens.subList(promise.firstToken(), tokens.size()))) {
                String text = model.text(m.start(), m.end());
                List<Token> limit = tokens.subList(promise.firstToken() + m.firstToken(), promise.firstToken() + m.endToken());
                if (!scheme.replyDeadline().matchesAnywhere(limit)) {
                    out.add(new Finding(WRONG_REPLY_TIME, Category.ACKNOWLEDGEMENT, Severity.ERROR, m.start(), m.end(), text,
                            "Under the " + scheme.title() + " scheme the reply is due within " + scheme.replyText() + ", not " + text + ".",
                            List.of()));
                }
            }
        }
    }

    private static void wrongDeadline(TextModel model, Scheme scheme, List<Token> tokens, List<Finding> out) {
        for (PatternMatch m : TIME_LIMIT.findAll(tokens)) {
            List<Token> limit = tokens.subList(m.firstToken(), m.endToken());
            if (scheme.deadline().matchesAnywhere(limit)) {
                continue;
            }
            String text = model.text(m.start(), m.end());
            Finding finding = new Finding(WRONG_DEADLINE, Category.ACKNOWLEDGEMENT, Severity.ERROR, m.start(), m.end(), text,
                    "Under the " + scheme.title() + " scheme the time limit is " + scheme.deadlineText() + ", not " + text + ".",
                    List.of());
            if (out.stream().noneMatch(f -> f.rule().equals(WRONG_DEADLINE) && f.start() == finding.start())) {
                out.add(finding);
            }
        }
    }
}
