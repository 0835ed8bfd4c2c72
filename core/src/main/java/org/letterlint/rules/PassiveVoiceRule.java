package org.letterlint.rules;

import java.util.List;
import java.util.Map;
import org.letterlint.text.Sentence;
import org.letterlint.text.TextModel;
import org.letterlint.text.Token;

/**
 * Passive voice: a form of "be" followed by a past participle ("was reviewed"). Reported as a
 * style note, with the active form suggested where the agent is named ("was reviewed by the
 * sergeant" -> "the sergeant reviewed"). The UD tagger tags both past tense and participle as
 * VERB, but after "be" a verb ending -ed/-en, or an irregular participle, is passive.
 */
public final class PassiveVoiceRule implements Rule {
    public static final String ID = "style.passive-voice";

    /** Irregular past participles and their past tense, for the active rewrite. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("taken", "took"), Map.entry("given", "gave"), Map.entry("written", "wrote"), Map.entry("seen", "saw"),
            Map.entry("done", "did"), Map.entry("made", "made"), Map.entry("told", "told"), Map.entry("sent", "sent"),
            Map.entry("found", "found"), Map.entry("held", "held"), Map.entry("kept", "kept"), Map.entry("left", "left"),
            Map.entry("paid", "paid"), Map.entry("put", "put"), Map.entry("said", "said"), Map.entry("set", "set"),
            Map.entry("brought", "brought"), Map.entry("bought", "bought"), Map.entry("caught", "caught"),
            Map.entry("thought", "thought"), Map.entry("known", "knew"), Map.entry("shown", "showed"), Map.entry("spoken", "spoke"),
            Map.entry("broken", "broke"), Map.entry("chosen", "chose"), Map.entry("driven", "drove"), Map.entry("met", "met"),
            Map.entry("read", "read"), Map.entry("heard", "heard"), Map.entry("led", "led"), Map.entry("lost", "lost"),
            Map.entry("meant", "meant"), Map.entry("run", "ran"), Map.entry("stolen", "stole"), Map.entry("struck", "struck"),
            Map.entry("understood", "understood"), Map.entry("won", "won"), Map.entry("withdrawn", "withdrew"),
            Map.entry("drawn", "drew"), Map.entry("forgotten", "forgot"), Map.entry("hidden", "hid"), Map.entry("got", "got"),
            Map.entry("built", "built"), Map.entry("cut", "cut"), Map.entry("let", "let"), Map.entry("shut", "shut"), Map.entry("hurt", "hurt"),
            Map.entry("dealt", "dealt"), Map.entry("sold", "sold"), Map.entry("taught", "taught"), Map.entry("sought", "sought"),
            Map.entry("spent", "spent"), Map.entry("fed", "fed"), Map.entry("lent", "lent"), Map.entry("stuck", "stuck"),
            Map.entry("worn", "wore"), Map.entry("torn", "tore"));

    private static final Map<String, String> SUBJECT_PRONOUNS = Map.of("him", "he", "her", "she", "them", "they", "us", "we", "me", "I");
    private static final Map<String, String> OBJECT_PRONOUNS = Map.of("i", "me", "he", "him", "she", "her", "we", "us", "they", "them");

    @Override
    public List<RuleInfo> describe() {
        return List.of(new RuleInfo(ID, Category.STYLE, Severity.INFO,
                "Passive voice: say who did it",
                "Passive sentences hide who acted and read as distant and official. Active sentences are "
                        + "shorter and take responsibility: \"we checked your records\" rather than \"your records were checked\".",
                "Your complaint was reviewed by the sergeant.",
                "The sergeant reviewed your complaint.",
                RuleInfo.Kind.CONSTRUCTION, RuleInfo.Origin.LETTERLINT, false)); // who did it is the author's to say
    }

    @Override
    public void check(RuleContext context, List<Finding> out) {
        TextModel model = context.model();
        for (Sentence sentence : model.sentences()) {
            List<Token> tokens = model.tokens(sentence);
            for (int i = 0; i < tokens.size() - 1; i++) {
                Token be = tokens.get(i);
                // "be" or a get-passive ("got lost", "get hurt").
                if (!(be.lemma().equals("be") || be.lemma().equals("get")) || be.isMasked()) {
                    continue;
                }
                int v = i + 1;
                boolean degree = false;
                while (v < tokens.size() && (tokens.get(v).tag().equals("ADV") || tokens.get(v).tag().equals("PART"))) {
                    degree |= DEGREE.contains(tokens.get(v).norm());
                    v++;
                }
                // "so disappointed", "highly trained", "visibly shaken": a degree word before the participle
                // makes it an adjective of feeling or state, not an action.
                if (v >= tokens.size() || degree || !isParticiple(tokens.get(v))) {
                    continue;
                }
                Token verb = tokens.get(v);
                int end = v + 1;
                String suggestion = null;
                if (end < tokens.size() && tokens.get(end).norm().equals("by")) {
                    int agentEnd = end + 1;
                    while (agentEnd < tokens.size() && agentEnd - end <= 5 && isAgentWord(tokens.get(agentEnd))) {
                        agentEnd++;
                    }
                    // "by the sergeant", "by Inspector Shah", "by him"; not "by mistake", "by post".
                    boolean namesAnAgent = agentEnd > end + 1 && List.of("DET", "PROPN", "PRON").contains(tokens.get(end + 1).tag());
                    if (namesAnAgent && !tokens.get(agentEnd - 1).isMasked()) {
                        String agent = model.text(tokens.get(end + 1).start(), tokens.get(agentEnd - 1).end());
                        agent = SUBJECT_PRONOUNS.getOrDefault(agent.toLowerCase(), agent);
                        suggestion = agent + " " + pastTense(verb.norm());
                        end = agentEnd;
                    }
                }
                Token last = tokens.get(end - 1);
                int first = i;
                if (suggestion != null) {
                    // "Your complaint was reviewed by the sergeant" -> "the sergeant reviewed your complaint":
                    // the finding covers the subject too, so the rewrite can replace it whole.
                    int subject = subjectStart(tokens, i);
                    if (subject < i) {
                        first = subject;
                        suggestion = suggestion + " " + objectForm(model, tokens, subject, i);
                    } else {
                        suggestion = null;
                    }
                }
                Token from = tokens.get(first);
                String text = model.text(from.start(), last.end());
                String message = suggestion == null
                        ? "'" + text + "' is passive: say who did it."
                        : "'" + text + "' is passive: put the doer first.";
                out.add(new Finding(ID, Category.STYLE, Severity.INFO, from.start(), last.end(), text, message,
                        suggestion == null ? List.of() : List.of(Capitalisation.like(text, suggestion))));
                i = end - 1;
            }
        }
    }

    /** Where the noun phrase before "be" starts ("your complaint", "the old door"), or {@code be} when there is none. */
    private static int subjectStart(List<Token> tokens, int be) {
        int k = be;
        while (k > 0 && be - k < 6 && !tokens.get(k - 1).isMasked() && isAgentWord(tokens.get(k - 1))) {
            k--;
        }
        boolean endsInNoun = k < be && List.of("NOUN", "PROPN", "PRON").contains(tokens.get(be - 1).tag());
        return endsInNoun ? k : be;
    }

    /** The subject as an object: "I" becomes "me"; a sentence-initial common word loses its capital. */
    private static String objectForm(TextModel model, List<Token> tokens, int from, int to) {
        String subject = model.text(tokens.get(from).start(), tokens.get(to - 1).end());
        String pronoun = OBJECT_PRONOUNS.get(subject.toLowerCase());
        if (pronoun != null) {
            return pronoun;
        }
        boolean properNoun = tokens.get(from).tag().equals("PROPN");
        return properNoun ? subject : Character.toLowerCase(subject.charAt(0)) + subject.substring(1);
    }

    /** Participles that after "be" name a feeling or a state ("am disappointed", "is complicated"): no doer to name. */
    private static final java.util.Set<String> STATES = org.letterlint.wordlist.Wordlists.bundled("state-participles.txt", 1, 1).stream()
            .map(line -> line.column(0).toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Degree words that go with adjectives, not with actions: "I am so disappointed", "highly qualified". */
    private static final java.util.Set<String> DEGREE = java.util.Set.of("very", "so", "too", "extremely", "deeply", "highly",
            "really", "quite", "more", "most", "less", "least", "absolutely", "visibly", "genuinely", "understandably",
            "rather", "mildly", "increasingly", "terribly", "truly", "utterly", "incredibly", "particularly", "especially");

    private static boolean isParticiple(Token token) {
        String w = token.norm();
        // The UD tagger gives some participles after "be" as ADJ ("was made aware", "wasn't informed"); an
        // -ed/-en word or an irregular participle is taken whichever of the two it is given, but a negative
        // adjective ("uninformed", "unsatisfied") has no verb behind it.
        boolean adjective = token.tag().equals("ADJ");
        if (!token.tag().equals("VERB") && !adjective || adjective && w.startsWith("un")) {
            return false;
        }
        if (STATES.contains(w)) {
            return false;
        }
        return w.endsWith("ed") || w.endsWith("en") && !w.equals("been") || IRREGULAR.containsKey(w);
    }

    private static boolean isAgentWord(Token token) {
        return switch (token.tag()) {
            case "DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM" -> true;
            default -> token.norm().equals("'s");
        };
    }

    private static String pastTense(String participle) {
        return IRREGULAR.getOrDefault(participle, participle);
    }
}
