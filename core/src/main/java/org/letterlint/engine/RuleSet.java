package org.letterlint.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import org.letterlint.fix.Proofreader;
import org.letterlint.grammar.GrammarRule;
import org.letterlint.grammar.LanguageToolProofreader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.letterlint.letter.Elements;
import org.letterlint.rules.AcronymRule;
import org.letterlint.rules.Category;
import org.letterlint.rules.Finding;
import org.letterlint.rules.RequiredElementRule;
import org.letterlint.rules.SchemeRule;
import org.letterlint.rules.ExistenceRule;
import org.letterlint.rules.LongSentenceRule;
import org.letterlint.rules.PassiveVoiceRule;
import org.letterlint.rules.Rule;
import org.letterlint.rules.RuleInfo;
import org.letterlint.rules.SubstitutionRule;
import org.letterlint.wordlist.Wordlists;
import org.letterlint.suppress.Suppressions;

/**
 * The rules of a run, built once per process from the bundled wordlists and shared by every
 * letter and thread. Building it validates every wordlist.
 */
public final class RuleSet {
    private final List<Rule> rules;
    /** Words the speller accepts (acronyms, the organisation's words): for grammar and for checking fixes. */
    private final Set<String> knownWords;
    /** Built once, then only read: every finding's tidy, merge and fix step looks its rule up here. */
    private volatile Map<String, RuleInfo> infos;

    public RuleSet(List<Rule> rules) {
        this(rules, Set.of());
    }

    public RuleSet(List<Rule> rules, Set<String> knownWords) {
        this.rules = List.copyOf(rules);
        this.knownWords = Set.copyOf(knownWords);
    }

    /** What checks a rewrite's sentence before fix applies it: LanguageTool, with the same accepted words as grammar. */
    public Proofreader proofreader() {
        return new LanguageToolProofreader(knownWords);
    }

    /**
     * Starts building the rule descriptions in the background (tens of milliseconds for the wordlists'
     * hundreds of rules), as the tidy step reads them for the first letter's findings. Not with
     * LanguageTool, whose descriptions need a LanguageTool instance that a letter may be waiting for.
     */
    void describeInBackground() {
        if (rules.stream().noneMatch(r -> r instanceof GrammarRule)) {
            Thread describer = new Thread(this::described, "letterlint-describe-rules");
            describer.setDaemon(true);
            describer.start();
        }
    }

    /**
     * Rule descriptions are built on first use: describing LanguageTool's rules means loading it.
     * Once built they are read without a lock, as every finding of every letter in a batch reads them.
     */
    private Map<String, RuleInfo> described() {
        Map<String, RuleInfo> built = infos;
        return built != null ? built : describeOnce();
    }

    private synchronized Map<String, RuleInfo> describeOnce() {
        if (infos == null) {
            Map<String, RuleInfo> byId = new LinkedHashMap<>();
            for (Rule rule : rules) {
                for (RuleInfo info : rule.describe()) {
                    if (byId.putIfAbsent(info.id(), info) != null) {
                        throw new IllegalStateException("two rules share the id " + info.id());
                    }
                }
            }
            // Not a rule of its own: the suppression step reports stale suppressions (see Linter).
            byId.putIfAbsent(Suppressions.UNUSED_ID, Suppressions.UNUSED);
            byId.putIfAbsent(Linter.PLACEHOLDER_STOPPED_ID, Linter.PLACEHOLDER_STOPPED);
            infos = java.util.Collections.unmodifiableMap(byId);
        }
        return infos;
    }

    /** The standard rules, from the bundled wordlists, without grammar. */
    public static RuleSet standard() {
        return standard(Elements.bundled(), Customisation.NONE, false);
    }

    /**
     * The standard rules, with the given element catalogue and the organisation's own wordlists;
     * with {@code grammar}, LanguageTool's grammar and spelling checks too (loading starts now, in the background).
     */
    public static RuleSet standard(Elements elements, Customisation customisation, boolean grammar) {
        List<Rule> rules = new ArrayList<>();
        rules.add(SubstitutionRule.jargon(customisation.jargonLines()));
        AcronymRule acronyms = AcronymRule.bundled(customisation.acronymLines(), customisation.acceptedWordLines());
        rules.add(acronyms);
        Set<String> known = new HashSet<>(acronyms.knownAcronyms());
        Wordlists.bundled("accepted-words.txt", 1, 1).forEach(line -> known.add(line.column(0)));
        customisation.acceptedWordLines().forEach(line -> known.add(line.column(0)));
        if (grammar) {
            rules.add(new GrammarRule(known));
            rules.add(SubstitutionRule.britishSpelling());
        }
        rules.add(ExistenceRule.defensive());
        rules.add(SubstitutionRule.wordiness());
        rules.add(new LongSentenceRule());
        rules.add(new PassiveVoiceRule());
        rules.add(new RequiredElementRule(elements));
        rules.add(SchemeRule.bundled());
        return new RuleSet(rules, known);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Every rule id with its description, in a stable order. */
    public List<RuleInfo> infos() {
        return List.copyOf(described().values());
    }

    public RuleInfo info(String id) {
        return described().get(id);
    }

    /** What a finding's rule is; a finding no rule describes is taken as ours, about its words, and not fixed. */
    public RuleInfo about(Finding f) {
        RuleInfo info = described().get(f.rule());
        return info != null ? info : RuleInfo.undescribed(f);
    }

    /** True for a finding LanguageTool made (letterlint's own spelling list also reports as "spelling"). */
    public boolean fromLanguageTool(Finding f) {
        return about(f).origin() == RuleInfo.Origin.LANGUAGETOOL;
    }

    /**
     * True for an id that only exists when grammar is on (LanguageTool's rules and the British
     * spelling list): without grammar a config may still name it, and {@code explain} must load LanguageTool.
     */
    public static boolean onlyWithGrammar(String id) {
        return id.startsWith(Category.GRAMMAR.id() + ".") || id.startsWith(Category.SPELLING.id() + ".");
    }
}
