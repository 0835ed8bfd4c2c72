package org.letterlint.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.IncorrectExample;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.letterlint.engine.Customisation;
import org.letterlint.engine.LetterReport;
import org.letterlint.engine.LintOptions;
import org.letterlint.engine.Linter;
import org.letterlint.letter.LetterType;
import org.letterlint.letter.TypeSource;
import org.letterlint.rules.Finding;
import org.letterlint.source.LetterSource;

/**
 * LanguageTool's own incorrect examples, as its rule loader reads them from the rule files in the
 * language-en jar (en/grammar.xml, en-GB/grammar.xml, style.xml and the Java rules' examples), for
 * every rule the pooled instances run (on by default and not switched off by LanguageToolPool),
 * each wrapped in a short letter and run through letterlint. Each marked error must be reported
 * at the marker's offset. Any rule id counts: where two of LanguageTool's rules flag one span,
 * LanguageTool itself keeps one of them. A miss is accepted only for a reason the test can show:
 * LanguageTool alone does not flag the bare sentence there either (its examples are checked by
 * LanguageTool with en-US, the premium or n-gram data, or other rules it has off), or one of
 * letterlint's own findings covers the same words (it wins the overlap). Every other miss must be
 * listed, with its reason, in languagetool-misses.tsv.
 */
class LanguageToolExamplesTest {
    private static final Linter LINTER = Linter.standard(Customisation.NONE, true);
    private static final String HEAD = "Riverside Housing\n2 Quay Walk, Riverside RS4 9LP\n\nDear Mr Ogunleye,\n\n";
    private static final String TAIL = "\n\nYours sincerely,\n\nGrace Mensah\nComplaints Officer\n";

    record Example(String ruleId, String sentence, int start, int end) {}

    record Outcome(Example example, String verdict) {}

    static List<Example> examples(List<Rule> rules) {
        Set<Example> out = new LinkedHashSet<>();
        for (Rule rule : rules) {
            for (IncorrectExample ex : rule.getIncorrectExamples()) {
                String raw = ex.getExample();
                int start = raw.indexOf("<marker>");
                int end = raw.indexOf("</marker>");
                if (ex.getCorrections().isEmpty() || start < 0 || end < start || raw.contains("\n")) {
                    continue;
                }
                String sentence = raw.replace("<marker>", "").replace("</marker>", "");
                int markEnd = end - "<marker>".length();
                if (markEnd > start) {
                    out.add(new Example(rule.getId(), sentence, start, markEnd));
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static String verdict(Example e, LanguageToolPool pool) {
        String text = HEAD + e.sentence() + TAIL;
        int at = HEAD.length() + e.start();
        int to = HEAD.length() + e.end();
        LetterReport report = LINTER.lint(LetterSource.of("t.txt", text), LintOptions.DEFAULTS.withType(LetterType.OUTCOME, TypeSource.OPTION));
        List<Finding> lt = report.findings().stream().filter(GrammarRule::isLanguageToolFinding).toList();
        if (lt.stream().anyMatch(f -> f.start() == at)) {
            return "caught";
        }
        if (report.findings().stream().anyMatch(f -> !GrammarRule.isLanguageToolFinding(f) && f.start() < to && f.end() > at)) {
            return "ours";
        }
        JLanguageTool tool = pool.acquire();
        try {
            List<RuleMatch> bare = tool.check(e.sentence());
            if (bare.stream().noneMatch(m -> m.getFromPos() == e.start())) {
                return "lt-alone-misses";
            }
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        } finally {
            pool.release(tool);
        }
        return "missed";
    }

    @Test
    void everyMarkedErrorOfEveryActiveRuleIsReported() throws IOException {
        LanguageToolPool pool = LanguageToolPool.shared(List.of());
        List<Example> examples = examples(pool.activeRules());
        assertTrue(examples.size() > 2000, "LanguageTool's English examples were read: " + examples.size());
        List<Outcome> outcomes = examples.parallelStream().map(e -> new Outcome(e, verdict(e, pool))).toList();
        Map<String, Long> counts = outcomes.stream().collect(Collectors.groupingBy(Outcome::verdict, TreeMap::new, Collectors.counting()));
        StringBuilder log = new StringBuilder("LanguageTool examples: " + examples.size() + " " + counts + "\n");
        outcomes.stream().filter(o -> !o.verdict().equals("caught"))
                .forEach(o -> log.append(o.verdict()).append('\t').append(o.example().ruleId()).append('\t').append(o.example().sentence()).append('\n'));
        Files.writeString(Path.of("target", "languagetool-examples.txt"), log, StandardCharsets.UTF_8);
        System.out.println(log);
        Set<String> listed = listedMisses();
        List<String> unlisted = outcomes.stream().filter(o -> o.verdict().equals("missed"))
                .map(o -> o.example().ruleId() + "\t" + o.example().sentence()).filter(k -> !listed.contains(k)).sorted().toList();
        assertEquals(List.of(), unlisted, "misses with no reason (see target/languagetool-examples.txt)");
    }

    /** "rule id TAB sentence TAB reason" lines; the reason is for the reader. */
    private static Set<String> listedMisses() throws IOException {
        try (InputStream in = Objects.requireNonNull(LanguageToolExamplesTest.class.getResourceAsStream("languagetool-misses.tsv"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", 3))
                    .map(p -> p[0] + "\t" + p[1]).collect(Collectors.toSet());
        }
    }
}
