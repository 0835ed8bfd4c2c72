package org.letterlint.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.letterlint.letter.LetterAnalyser;
import org.letterlint.letter.LetterFacts;
import org.letterlint.readability.Readability;
import org.letterlint.rules.Category;
import org.letterlint.rules.Finding;
import org.letterlint.rules.Rule;
import org.letterlint.rules.RuleContext;
import org.letterlint.rules.RuleInfo;
import org.letterlint.rules.Severity;
import org.letterlint.source.LetterSource;
import org.letterlint.suppress.Suppressions;
import org.letterlint.text.EnglishNlp;
import org.letterlint.text.Masker;
import org.letterlint.text.TextModel;
import org.letterlint.text.TextModelBuilder;

/**
 * Lints letters: builds each letter's text model once, works out its facts (type, scheme,
 * elements), runs every rule over it, and tidies the findings (drops any inside a mask, merges
 * overlapping duplicates, sorts). Thread-safe: one Linter serves a whole batch.
 */
public final class Linter {
    /** The warning on a letter where a configured placeholder pattern was stopped for taking too long. */
    public static final String PLACEHOLDER_STOPPED_ID = "style.placeholder-stopped";
    static final RuleInfo PLACEHOLDER_STOPPED = new RuleInfo(PLACEHOLDER_STOPPED_ID,
            Category.STYLE, Severity.WARNING, "A placeholder pattern from the config was stopped on this letter for taking too long",
            "Each placeholder pattern gets a step budget, so a pattern that backtracks cannot hang a run. When one runs out on a"
                    + " letter, the placeholders it would have found further on are checked as prose and may be flagged.",
            "placeholders: ['(\\w+\\s?)*%%']", "placeholders: ['%%[A-Z_]{1,40}%%']",
            RuleInfo.Kind.LETTER, RuleInfo.Origin.LETTERLINT, false);

    private final RuleSet rules;
    private final LetterAnalyser analyser;
    private final TextModelBuilder builder;

    public Linter(RuleSet rules, LetterAnalyser analyser, Masker masker) {
        this.rules = rules;
        rules.describeInBackground();
        this.analyser = analyser;
        this.builder = new TextModelBuilder(masker, EnglishNlp.get());
    }

    /** A linter with the standard rules and masks, without grammar. */
    public static Linter standard() {
        return standard(Customisation.NONE, false);
    }

    /**
     * A linter with the standard rules, extended by an organisation's own wordlists and placeholders;
     * with {@code grammar}, LanguageTool too.
     */
    public static Linter standard(Customisation customisation, boolean grammar) {
        LetterAnalyser analyser = LetterAnalyser.bundled();
        return new Linter(RuleSet.standard(analyser.catalogue(), customisation, grammar), analyser,
                new Masker(customisation.placeholderPatterns()));
    }

    /**
     * Starts loading what every run needs in the background (the OpenNLP models, the English word
     * forms), so start-up overlaps reading the letters and building the rules.
     */
    public static void preload() {
        EnglishNlp.preload();
        org.letterlint.morphology.EnglishMorphology.preload();
    }

    public RuleSet rules() {
        return rules;
    }

    public TextModel model(LetterSource source) {
        return builder.build(source);
    }

    public LetterReport lint(LetterSource source, LintOptions options) {
        TextModel model = builder.build(source);
        LetterFacts facts = analyser.analyse(model, options.type(), options.typeSource(), options.scheme());
        RuleContext context = new RuleContext(model, facts, options.settings());
        List<Finding> raw = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            rule.check(context, raw);
        }
        int bodyStart = model.layout().bodyStart();
        for (String pattern : model.stoppedPatterns()) {
            raw.add(new Finding(PLACEHOLDER_STOPPED_ID, Category.STYLE, Severity.WARNING, bodyStart, bodyStart, "",
                    "The placeholder pattern '" + pattern + "' took too long on this letter and was stopped: placeholders it "
                            + "would have found further on are checked as prose. Make the pattern stricter, e.g. bound its repeats.",
                    List.of()));
        }
        List<Finding> findings = options.overrides().apply(tidy(model, raw, rules));
        findings = Suppressions.parse(source.text()).apply(findings, model.lines(), source.text());
        // After the config and the inline comments: a rule turned off is not merged into another's finding.
        findings = SameAdvice.merge(findings, rules);
        Readability.Measured readability = Readability.measure(model);
        return new LetterReport(source, facts, readability.scores(), readability.hardest(3), findings, model.lines());
    }

    /**
     * Keeps findings out of masks (a sentence-wide finding only out of what is not the body: a mask
     * inside a long sentence does not make it short); where two findings of one category overlap
     * keeps the longer (so "upon completion of" wins over "upon"); and where LanguageTool flags
     * words one of letterlint's own rules about words flags, keeps ours, which says more. "The same
     * words" means the two overlap over at least half of the longer: a misspelling or a grammar
     * mistake inside a defensive clause is about other words, and both are kept. Findings about a
     * sentence or its construction (a long sentence, a passive) never hide LanguageTool's matches
     * inside them: "his meals was left" is passive and wrong. Findings about the letter have empty
     * spans and are kept as they are.
     */
    static List<Finding> tidy(TextModel model, List<Finding> raw, RuleSet rules) {
        // Both overlap tests look up sorted spans (comparing each finding with every other took the
        // square of their number: hours on a letter that repeats a jargon word).
        Spans ours = new Spans(raw.stream().filter(f -> outranksLanguageTool(rules.about(f), f)).toList());
        List<Finding> candidates = new ArrayList<>();
        for (Finding f : raw) {
            RuleInfo about = rules.about(f);
            boolean sentenceWide = about.kind() == RuleInfo.Kind.SENTENCE;
            if (f.length() > 0 && (sentenceWide ? model.isOutsideBody(f.start(), f.end()) : model.isMasked(f.start(), f.end()))) {
                continue;
            }
            if (about.origin() == RuleInfo.Origin.LANGUAGETOOL && ours.aboutTheSameWords(f.start(), f.end())) {
                continue;
            }
            candidates.add(f);
        }
        candidates.sort(Comparator.comparingInt(Finding::length).reversed().thenComparingInt(Finding::start).thenComparing(Finding::rule));
        List<Finding> kept = new ArrayList<>();
        // The kept findings of one category never overlap, so the one starting last before a
        // finding's end is the only one that could cover it.
        Map<Category, TreeMap<Integer, Finding>> keptByCategory = new EnumMap<>(Category.class);
        for (Finding f : candidates) {
            if (f.length() == 0) {
                kept.add(f);
                continue;
            }
            TreeMap<Integer, Finding> same = keptByCategory.computeIfAbsent(f.category(), c -> new TreeMap<>());
            Map.Entry<Integer, Finding> before = same.lowerEntry(f.end());
            if (before == null || before.getValue().end() <= f.start()) {
                kept.add(f);
                same.put(f.start(), f);
            }
        }
        kept.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end).thenComparing(Finding::rule));
        return kept;
    }

    /** True for one of letterlint's own findings about words: where LanguageTool flags the same words, it is dropped. */
    public static boolean outranksLanguageTool(RuleInfo about, Finding f) {
        return about.origin() == RuleInfo.Origin.LETTERLINT && about.kind() == RuleInfo.Kind.WORDS && f.length() > 0;
    }

    /** Finding spans sorted by start, with a running maximum of their ends, for overlap look-ups. */
    private static final class Spans {
        private final int[] starts;
        private final int[] ends;
        private final int[] maxEnd;

        Spans(List<Finding> findings) {
            List<Finding> sorted = findings.stream().sorted(Comparator.comparingInt(Finding::start)).toList();
            starts = new int[sorted.size()];
            ends = new int[sorted.size()];
            maxEnd = new int[sorted.size()];
            int max = Integer.MIN_VALUE;
            for (int i = 0; i < sorted.size(); i++) {
                starts[i] = sorted.get(i).start();
                ends[i] = sorted.get(i).end();
                max = Math.max(max, sorted.get(i).end());
                maxEnd[i] = max;
            }
        }

        /** True when some span shares at least half of the longer of it and {@code [start, end)}. */
        boolean aboutTheSameWords(int start, int end) {
            for (int i = firstEndingAfter(start); i < starts.length && starts[i] < end; i++) {
                int shared = Math.min(end, ends[i]) - Math.max(start, starts[i]);
                if (shared > 0 && 2 * shared >= Math.max(end - start, ends[i] - starts[i])) {
                    return true;
                }
            }
            return false;
        }

        /** The index of the first span (by start) whose running maximum end is after {@code start}. */
        private int firstEndingAfter(int start) {
            int lo = 0;
            int hi = maxEnd.length;
            while (lo < hi) { // the first span that ends after start
                int mid = (lo + hi) >>> 1;
                if (maxEnd[mid] <= start) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

}
