package org.letterlint.grammar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.languagetool.JLanguageTool;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.letterlint.rules.Category;
import org.letterlint.rules.Finding;
import org.letterlint.rules.Rule;
import org.letterlint.rules.RuleContext;
import org.letterlint.rules.RuleInfo;
import org.letterlint.rules.Severity;
import org.letterlint.text.Mask;
import org.letterlint.text.MaskKind;
import org.letterlint.text.TextModel;
import org.letterlint.text.Token;

/**
 * Grammar and spelling in British English, by LanguageTool (en-GB), offline. LanguageTool reads
 * the letter as annotated text: the letterhead, address and signature are markup it skips, and each
 * placeholder, phone number, e-mail address or reference reads as a name, so it neither stumbles
 * on them nor shifts any offset. Spelling matches on the letter's own names and acronyms are
 * dropped. Rule ids are "grammar.lt-&lt;languagetool-id&gt;" and "spelling.lt-&lt;languagetool-id&gt;".
 */
public final class GrammarRule implements Rule {
    /** What a masked placeholder or address reads as: a name fits wherever they stand. */
    private static final String STAND_IN = "Alex";
    private static final String LT_PREFIX_GRAMMAR = "grammar.lt-";
    private static final String LT_PREFIX_SPELLING = "spelling.lt-";

    private final LanguageToolPool pool;
    private final Set<String> knownWords;

    /**
     * @param knownWords words never to flag as misspelt: known acronyms, the organisation's accepted
     *                   words; starts loading LanguageTool in the background
     */
    public GrammarRule(Set<String> knownWords) {
        this.knownWords = Set.copyOf(knownWords);
        this.pool = LanguageToolPool.shared(List.copyOf(knownWords));
    }

    @Override
    public List<RuleInfo> describe() {
        List<RuleInfo> infos = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (org.languagetool.rules.Rule rule : pool.activeRules()) {
            Category category = isSpelling(rule) ? Category.SPELLING : Category.GRAMMAR;
            if (!seen.add(id(category, rule.getId()))) {
                continue; // sub-rules of a rule group share its id; a few ids differ only in case
            }
            String example = rule.getIncorrectExamples().isEmpty() ? "" : strip(rule.getIncorrectExamples().get(0).getExample());
            String rewrite = rule.getIncorrectExamples().isEmpty() || rule.getIncorrectExamples().get(0).getCorrections().isEmpty()
                    ? "" : rule.getIncorrectExamples().get(0).getCorrections().get(0);
            infos.add(new RuleInfo(id(category, rule.getId()), category, Severity.WARNING, rule.getDescription(),
                    "A letter with mistakes tells the complainant nobody took care over it. This check is LanguageTool's "
                            + rule.getId() + " rule (British English), in the category " + rule.getCategory().getName() + ".",
                    example, rewrite));
        }
        return infos;
    }

    @Override
    public void check(RuleContext context, List<Finding> out) {
        TextModel model = context.model();
        Set<String> letterWords = namesAndAcronyms(model);
        JLanguageTool lt = pool.acquire();
        List<RuleMatch> matches;
        try {
            matches = lt.check(annotated(model));
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool failed", e);
        } finally {
            pool.release(lt);
        }
        String text = model.text();
        for (RuleMatch match : matches) {
            int start = match.getFromPos();
            int end = match.getToPos();
            if (start < 0 || end > text.length() || start >= end) {
                continue;
            }
            String covered = text.substring(start, end);
            boolean spelling = isSpelling(match.getRule());
            if (spelling && (letterWords.contains(covered) || knownWords.contains(covered))) {
                continue;
            }
            Category category = spelling ? Category.SPELLING : Category.GRAMMAR;
            List<String> suggestions = match.getSuggestedReplacements().stream().limit(5).toList();
            out.add(new Finding(id(category, match.getRule().getId()), category, Severity.WARNING, start, end, covered,
                    strip(match.getMessage()), suggestions));
        }
    }

    /** The letter as LanguageTool should read it: only the body, with masks read as names. */
    static AnnotatedText annotated(TextModel model) {
        String text = model.text();
        int bodyStart = model.layout().bodyStart();
        int bodyEnd = model.layout().bodyEnd();
        AnnotatedTextBuilder builder = new AnnotatedTextBuilder();
        builder.addMarkup(text.substring(0, bodyStart), "");
        int at = bodyStart;
        for (Mask mask : model.masks()) {
            if (mask.kind().isProse() || mask.start() < at || mask.end() > bodyEnd) {
                continue;
            }
            builder.addText(text.substring(at, mask.start()));
            builder.addMarkup(text.substring(mask.start(), mask.end()), mask.kind() == MaskKind.DIRECTIVE ? "" : STAND_IN);
            at = mask.end();
        }
        builder.addText(text.substring(at, bodyEnd));
        builder.addMarkup(text.substring(bodyEnd), "");
        return builder.build();
    }

    /**
     * Words the letter itself shows are names or acronyms: capitalised words of the letterhead,
     * address, salutation and signature; words the tagger reads as proper nouns; all-capitals words.
     */
    static Set<String> namesAndAcronyms(TextModel model) {
        Set<String> words = new HashSet<>();
        String text = model.text();
        String outside = text.substring(0, model.layout().bodyStart()) + "\n" + text.substring(model.layout().bodyEnd());
        for (String word : outside.split("[^\\p{L}'’-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                words.add(word);
            }
        }
        for (Token token : model.tokens()) {
            String w = token.text();
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            if (token.tag().equals("PROPN") && Character.isUpperCase(w.charAt(0)) || w.equals(w.toUpperCase(Locale.ROOT)) && w.length() > 1) {
                words.add(w);
            }
        }
        return words;
    }

    /** True for a finding this rule made (letterlint's own spelling list also reports as "spelling"). */
    public static boolean isLanguageToolFinding(Finding f) {
        return f.rule().startsWith(LT_PREFIX_GRAMMAR) || f.rule().startsWith(LT_PREFIX_SPELLING);
    }

    private static boolean isSpelling(org.languagetool.rules.Rule rule) {
        return rule instanceof SpellingCheckRule || rule.getLocQualityIssueType() == ITSIssueType.Misspelling;
    }

    /** LanguageTool's rules are named "grammar.lt-..." and "spelling.lt-...", apart from letterlint's own. */
    static String id(Category category, String languageToolId) {
        return category.id() + ".lt-" + languageToolId.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** LanguageTool marks suggestions in messages with &lt;suggestion&gt; tags; letterlint shows plain text. */
    private static String strip(String message) {
        return message.replaceAll("</?suggestion>", "'").replaceAll("</?marker>", "");
    }
}
