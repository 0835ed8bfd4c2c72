package org.letterlint.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.letterlint.TestLetters;
import org.letterlint.engine.LetterReport;
import org.letterlint.engine.Linter;
import org.letterlint.engine.LintOptions;
import org.letterlint.letter.TypeSource;
import org.letterlint.rules.Severity;
import org.letterlint.source.LetterSource;
import org.letterlint.letter.ElementStatus;
import org.letterlint.letter.LetterType;
import org.letterlint.rules.Category;
import org.letterlint.rules.ExistenceRule;
import org.letterlint.rules.RuleInfo;

/**
 * letterlint against the field set of real letters (docs/field-set.md): per defensive family and per
 * element, precision and recall on the labelled sentences, separately for the tune letters and the
 * holdout letters (every fifth letter, never used to tune cues).
 *
 * <p>Each sentence is wrapped alone in a minimal letter (salutation, sign-off by a named person), as the
 * fixture tests do, and linted once: the defensive findings and the elements found are its predictions.
 * Because the wrapper is signed by a named person, "contact me on ..." counts as contact, as it would
 * in a signed letter; signatory is a letter-level element and is not scored.
 *
 * <p>Floors: every family or element with at least {@value #MIN_TUNE_POSITIVES} tune positives has a
 * precision and a recall floor just below what the tune set reaches now, so a regression fails. The
 * holdout figures are printed and held only to a loose precision floor, so nobody tunes on them.
 *
 * <p>Letter level: the set stores no letter text, only the labelled sentences. An abridged letter is
 * rebuilt from each letter's sentences in seq order, and its type is detected (for the three letterlint
 * types; "other" letters are skipped) and, for outcomes, whether it upholds anything. This is a weak
 * check: the stored sentences were chosen for their labels, not for their type cues, and long letters
 * were only seen in part. Elements per letter are not checked there: on an abridged letter they are
 * exactly the sentence-level predictions again, and the letter-level elements (signatory, contact from a
 * letterhead) need the text that was not stored.
 */
class FieldSetTest {
    private static final String DIR = "/org/letterlint/field/";
    private static final int MIN_TUNE_POSITIVES = 5;
    /** Elements scored per sentence; signatory is a letter-level element. */
    private static final List<String> ELEMENTS = List.of("thanks", "summary", "apology", "impact", "reasons", "actions",
            "review", "contact", "timescale");

    /**
     * Tune floors {precision, recall}, just below the figures reached on the tune sentences. Raise them
     * when the rules improve; never lower one to make a change pass without saying why in the commit.
     */
    private static final Map<String, double[]> TUNE_FLOORS = Map.ofEntries(
            Map.entry("defensive.non-apology", new double[] {0.92, 0.73}),
            Map.entry("defensive.blame", new double[] {0.99, 0.42}),
            Map.entry("defensive.closing-the-door", new double[] {0.99, 0.82}),
            Map.entry("defensive.excuse", new double[] {0.93, 0.57}),
            Map.entry("defensive.deflection", new double[] {0.99, 0.61}),
            Map.entry("defensive.discrediting", new double[] {0.99, 0.68}),
            Map.entry("element:thanks", new double[] {0.93, 0.99}),
            Map.entry("element:summary", new double[] {0.83, 0.88}),
            Map.entry("element:apology", new double[] {0.83, 0.93}),
            Map.entry("element:impact", new double[] {0.42, 0.74}),
            Map.entry("element:reasons", new double[] {0.74, 0.55}),
            Map.entry("element:actions", new double[] {0.67, 0.74}),
            Map.entry("element:timescale", new double[] {0.99, 0.99}));
    /*
     * element:apology's recall floor went from 0.99 to 0.93 on purpose: sympathy ("sorry to hear") and the
     * non-apologies no longer count as an apology, which took its tune precision from 0.40 to 0.84 and cost one
     * sentence whose acceptance of the failing is misspelt in the source (F023, "unaceptable").
     */
    /** Holdout: only precision, only where letterlint flagged at least three holdout sentences, and loosely. */
    private static final double HOLDOUT_PRECISION_FLOOR = 0.4;
    private static final double TUNE_TYPE_ACCURACY_FLOOR = 0.8;

    /** @param present the elements a reasonable complainant would find; @param missing those required and absent */
    record Letter(String id, String split, String body, String type, String upheld, Set<String> present, Set<String> missing) {
    }

    record FieldSentence(String letterId, int seq, Set<String> labels, String text) {
    }

    /** One sentence's labels and what letterlint predicted for it. */
    record Scored(FieldSentence sentence, String split, Set<String> predicted) {
    }

    private static Map<String, Letter> letters;
    private static List<FieldSentence> sentences;
    private static List<Scored> scored;

    @BeforeAll
    static void score() {
        letters = new LinkedHashMap<>();
        for (String[] c : rows("field-letters.tsv")) {
            letters.put(c[0], new Letter(c[0], c[1], c[2], c[3], c[4], Set.of(c[5].split(";")), Set.of(c[6].split(";"))));
        }
        sentences = new ArrayList<>();
        for (String[] c : rows("field-sentences.tsv")) {
            sentences.add(new FieldSentence(c[0], Integer.parseInt(c[1]), new LinkedHashSet<>(Arrays.asList(c[2].split(";"))), c[3]));
        }
        scored = new ArrayList<>();
        for (FieldSentence s : sentences) {
            scored.add(new Scored(s, letters.get(s.letterId()).split(), predict(s.text())));
        }
    }

    /** The defensive rule ids and element:ids letterlint finds in one sentence, linted as a letter of its own. */
    static Set<String> predict(String sentence) {
        LetterReport report = TestLetters.lint(TestLetters.letter(sentence));
        Set<String> predicted = new TreeSet<>();
        report.findings().stream().filter(f -> f.category() == Category.DEFENSIVE).forEach(f -> predicted.add(f.rule()));
        report.facts().elements().stream().filter(ElementStatus::present).map(ElementStatus::id)
                .filter(ELEMENTS::contains).forEach(id -> predicted.add("element:" + id));
        return predicted;
    }

    private static List<String[]> rows(String file) {
        return TestLetters.fixtureRows(DIR + file).stream().skip(1).toList(); // the first row is the column header
    }

    @Test
    void theFilesAreConsistent() {
        assertTrue(letters.size() >= 60, letters.size() + " letters");
        assertTrue(sentences.size() >= 400, sentences.size() + " sentences");
        Set<String> known = new LinkedHashSet<>(labels());
        known.add("none");
        for (FieldSentence s : sentences) {
            Letter letter = letters.get(s.letterId());
            assertTrue(letter != null, "sentence of unknown letter " + s.letterId());
            assertTrue(Set.of("tune", "holdout").contains(letter.split()), letter.id());
            assertTrue(known.containsAll(s.labels()), s.letterId() + " " + s.seq() + ": unknown label in " + s.labels());
            assertTrue(!s.labels().contains("none") || s.labels().size() == 1, s.letterId() + " " + s.seq() + ": none with another label");
            assertTrue(s.text().split("\\s+").length <= 60, s.letterId() + " " + s.seq() + ": longer than 60 words");
        }
        // The split rule of docs/field-set.md: every fifth letter id is holdout.
        for (Letter letter : letters.values()) {
            boolean fifth = Integer.parseInt(letter.id().substring(1)) % 5 == 0;
            assertEquals(fifth ? "holdout" : "tune", letter.split(), letter.id());
        }
    }

    /** Every defensive family letterlint has or the set labels, then every element. */
    private static List<String> labels() {
        Set<String> labels = new LinkedHashSet<>();
        ExistenceRule.defensive().describe().stream().map(RuleInfo::id).forEach(labels::add);
        sentences.forEach(s -> s.labels().stream().filter(l -> l.startsWith("defensive.")).forEach(labels::add));
        ELEMENTS.forEach(e -> labels.add("element:" + e));
        return List.copyOf(labels);
    }

    record Counts(int positives, int predicted, int truePositives) {
        double precision() {
            return predicted == 0 ? Double.NaN : (double) truePositives / predicted;
        }

        double recall() {
            return positives == 0 ? Double.NaN : (double) truePositives / positives;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%4d %4d %4d  %5s %5s", positives, predicted, truePositives, fmt(precision()), fmt(recall()));
        }
    }

    static Counts counts(String label, String split) {
        int positives = 0;
        int predicted = 0;
        int tp = 0;
        for (Scored s : scored) {
            if (!s.split().equals(split)) {
                continue;
            }
            boolean isPositive = s.sentence().labels().contains(label);
            boolean isPredicted = s.predicted().contains(label);
            positives += isPositive ? 1 : 0;
            predicted += isPredicted ? 1 : 0;
            tp += isPositive && isPredicted ? 1 : 0;
        }
        return new Counts(positives, predicted, tp);
    }

    private static String fmt(double d) {
        return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.2f", d);
    }

    @Test
    void precisionAndRecallPerFamilyAndElement() {
        StringBuilder table = new StringBuilder("\nField set, sentence level (pos = labelled, flag = found by letterlint, tp = both)\n");
        table.append(String.format(Locale.ROOT, "%-36s | %-28s | %-28s%n", "label", "tune: pos flag tp  prec  rec", "holdout: pos flag tp  prec  rec"));
        List<String> failures = new ArrayList<>();
        for (String label : labels()) {
            Counts tune = counts(label, "tune");
            Counts holdout = counts(label, "holdout");
            table.append(String.format(Locale.ROOT, "%-36s | %-28s | %-28s%n", label, tune, holdout));
            double[] floor = TUNE_FLOORS.get(label);
            if (tune.positives() >= MIN_TUNE_POSITIVES && floor == null) {
                failures.add(label + " has " + tune.positives() + " tune positives but no floor");
            }
            if (floor != null) {
                double p = Double.isNaN(tune.precision()) ? 0 : tune.precision();
                double r = Double.isNaN(tune.recall()) ? 0 : tune.recall();
                if (p < floor[0]) {
                    failures.add(label + ": tune precision " + fmt(p) + " below its floor " + floor[0]);
                }
                if (r < floor[1]) {
                    failures.add(label + ": tune recall " + fmt(r) + " below its floor " + floor[1]);
                }
            }
            if (floor != null && holdout.predicted() >= 3 && holdout.precision() < HOLDOUT_PRECISION_FLOOR) {
                failures.add(label + ": holdout precision " + fmt(holdout.precision()) + " below " + HOLDOUT_PRECISION_FLOOR);
            }
        }
        System.out.println(table);
        printMisses();
        assertEquals(List.of(), failures);
    }

    /** The tune sentences letterlint gets wrong, to work from; holdout misses are never printed, so nobody tunes on them. */
    private static void printMisses() {
        if (!Boolean.getBoolean("field.misses")) {
            return;
        }
        for (Scored s : scored) {
            if (!s.split().equals("tune")) {
                continue;
            }
            Set<String> labelled = new TreeSet<>(s.sentence().labels());
            labelled.remove("none");
            if (!labelled.equals(s.predicted())) {
                System.out.println("MISS " + s.sentence().letterId() + "/" + s.sentence().seq() + " labelled " + labelled
                        + " found " + s.predicted() + " :: " + s.sentence().text());
            }
        }
    }

    /**
     * How often a required element is reported missing as an error when the letter gives it, and how
     * often rightly: each abridged letter linted as its labelled type. An element counts as given only
     * where a stored sentence shows it (the abridged letter holds nothing else). "Before" is the verdict
     * without hint cues (every element not found was missing); "after" reports an element a hint cue
     * marks as "not sure", a warning.
     */
    @Test
    void errorVerdictsOfAbridgedLetters() {
        Linter linter = Linter.standard();
        StringBuilder table = new StringBuilder("\nField set, required error-level elements on abridged letters (labelled type)\n");
        for (String split : List.of("tune", "holdout")) {
            int wrongError = 0;
            int softenedWhereGiven = 0;
            int rightError = 0;
            int softenedWhereMissing = 0;
            for (Letter letter : letters.values()) {
                if (!letter.split().equals(split) || letter.type().equals("other")) {
                    continue;
                }
                List<FieldSentence> stored = sentences.stream().filter(x -> x.letterId().equals(letter.id()))
                        .sorted((a, b) -> Integer.compare(a.seq(), b.seq())).toList();
                String body = stored.stream().map(FieldSentence::text).collect(Collectors.joining("\n\n"));
                LetterReport report = linter.lint(LetterSource.of("t.txt", TestLetters.letter(body)),
                        LintOptions.DEFAULTS.withType(LetterType.fromId(letter.type()), TypeSource.OPTION));
                for (ElementStatus e : report.facts().elements()) {
                    if (!e.required() || e.present() || linter.rules().info("acknowledgement." + e.id()).severity() != Severity.ERROR) {
                        continue;
                    }
                    boolean given = stored.stream().anyMatch(x -> x.labels().contains("element:" + e.id()));
                    boolean unsure = e.verdict() == ElementStatus.Verdict.UNSURE;
                    if (given) {
                        wrongError += unsure ? 0 : 1;
                        softenedWhereGiven += unsure ? 1 : 0;
                    } else if (letter.missing().contains(e.id())) {
                        rightError += unsure ? 0 : 1;
                        softenedWhereMissing += unsure ? 1 : 0;
                    }
                }
            }
            table.append(String.format(Locale.ROOT, "%-8s missing-as-error where given: before %d, after %d; where really missing: before %d, after %d"
                    + " (%d softened to 'not sure')%n", split, wrongError + softenedWhereGiven, wrongError, rightError + softenedWhereMissing,
                    rightError, softenedWhereMissing));
            if (split.equals("tune")) {
                // A hint that softened many real gaps would only hide them: at most one in twenty.
                assertTrue(softenedWhereMissing * 20 <= rightError + softenedWhereMissing, table.toString());
            }
        }
        System.out.println(table);
    }

    @Test
    void typeAndUpheldOfAbridgedLetters() {
        StringBuilder table = new StringBuilder("\nField set, abridged letters (stored sentences in seq order)\n");
        List<String> failures = new ArrayList<>();
        for (String split : List.of("tune", "holdout")) {
            int typed = 0;
            int typeRight = 0;
            int outcomes = 0;
            int upheldRight = 0;
            List<String> wrong = new ArrayList<>();
            for (Letter letter : letters.values()) {
                if (!letter.split().equals(split) || letter.type().equals("other")) {
                    continue;
                }
                String body = sentences.stream().filter(s -> s.letterId().equals(letter.id()))
                        .sorted((a, b) -> Integer.compare(a.seq(), b.seq())).map(FieldSentence::text)
                        .collect(Collectors.joining("\n\n"));
                LetterReport report = TestLetters.lint(TestLetters.letter(body));
                typed++;
                if (report.type() == LetterType.fromId(letter.type())) {
                    typeRight++;
                } else if (split.equals("tune")) {
                    wrong.add(letter.id() + " " + letter.type() + "->" + report.type().id());
                }
                if (letter.type().equals("outcome") && !letter.upheld().equals("n/a") && report.type() == LetterType.OUTCOME) {
                    outcomes++;
                    boolean expected = !letter.upheld().equals("no");
                    upheldRight += report.facts().upheld() == expected ? 1 : 0;
                }
            }
            table.append(String.format(Locale.ROOT, "%-8s type right %d/%d (%s); upheld right %d/%d of outcomes detected as outcomes%n",
                    split, typeRight, typed, fmt((double) typeRight / typed), upheldRight, outcomes));
            if (!wrong.isEmpty()) {
                table.append("  tune type errors: ").append(wrong).append('\n');
            }
            if (split.equals("tune") && (double) typeRight / typed < TUNE_TYPE_ACCURACY_FLOOR) {
                failures.add("tune type accuracy " + fmt((double) typeRight / typed) + " below " + TUNE_TYPE_ACCURACY_FLOOR);
            }
        }
        System.out.println(table);
        assertEquals(List.of(), failures);
    }
}
