package org.letterlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores letterlint's JSON output against the labelled corpus (test resources /corpus, a copy of
 * shared/corpus), with the matching rules of the corpus's score.py: a finding hits a labelled span
 * of the same category when the ranges overlap (a label's range is its text's first occurrence);
 * findings on "allowed" text or repeating a labelled phrase are ignored; anything else is a false alarm.
 */
final class CorpusScorer {
    static final List<String> SPAN_CATEGORIES = List.of("jargon", "acronym", "defensive");
    static final Map<String, List<String>> REQUIRED = Map.of(
            "acknowledgement", List.of("thanks", "summary", "timescale", "contact"),
            "update", List.of("apology", "timescale", "contact"),
            "outcome", List.of("thanks", "summary", "reasons", "impact", "actions", "review", "contact"));

    /** Counts for one category. */
    static final class Tally {
        int truePositives;
        int falsePositives;
        int falseNegatives;
        final List<String> misses = new ArrayList<>();
        final List<String> falseAlarms = new ArrayList<>();

        double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "TP %d FP %d FN %d precision %.3f recall %.3f; misses %s; false alarms %s",
                    truePositives, falsePositives, falseNegatives, precision(), recall(), misses, falseAlarms);
        }
    }

    final Map<String, Tally> categories = new HashMap<>();
    int elementPairs;
    int elementsRight;
    final List<String> elementErrors = new ArrayList<>();
    int typesRight;
    int letters;
    final List<String> typeErrors = new ArrayList<>();

    static Path corpusDir() throws IOException {
        Path dir = Files.createTempDirectory("letterlint-corpus");
        JsonNode labels = labels();
        for (JsonNode entry : labels) {
            String file = entry.get("file").asText();
            try (InputStream in = CorpusScorer.class.getResourceAsStream("/corpus/letters/" + file)) {
                Files.copy(in, dir.resolve(file));
            }
        }
        return dir;
    }

    static JsonNode labels() throws IOException {
        try (InputStream in = CorpusScorer.class.getResourceAsStream("/corpus/labels.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** Lints every corpus letter with its labelled type (as score.py does) and scores the output. */
    static CorpusScorer score(boolean withType) throws IOException {
        Path dir = corpusDir();
        CorpusScorer scorer = new CorpusScorer();
        for (String c : SPAN_CATEGORIES) {
            scorer.categories.put(c, new Tally());
        }
        for (JsonNode entry : labels()) {
            String file = entry.get("file").asText();
            Path path = dir.resolve(file);
            String type = entry.get("type").asText();
            Cli.Result result = withType
                    ? Cli.run("check", "--format", "json", "--type", type, path.toString())
                    : Cli.run("check", "--format", "json", path.toString());
            JsonNode report = result.json().get("files").get(0);
            String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            scorer.scoreLetter(file, entry, report, text);
        }
        return scorer;
    }

    private void scoreLetter(String file, JsonNode entry, JsonNode report, String text) {
        letters++;
        if (report.get("type").asText().equals(entry.get("type").asText())) {
            typesRight++;
        } else {
            typeErrors.add(file + ": " + report.get("type").asText() + " (labelled " + entry.get("type").asText() + ")");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String category : SPAN_CATEGORIES) {
            Tally tally = categories.get(category);
            List<int[]> labelRanges = new ArrayList<>();
            List<String> labelTexts = new ArrayList<>();
            for (JsonNode span : entry.get("spans")) {
                if (span.get("category").asText().equals(category)) {
                    String labelText = span.get("text").asText();
                    int at = text.indexOf(labelText);
                    if (at < 0) {
                        at = lower.indexOf(labelText.toLowerCase(Locale.ROOT));
                    }
                    labelRanges.add(new int[] {at, at + labelText.length()});
                    labelTexts.add(labelText);
                }
            }
            Set<Integer> hit = new HashSet<>();
            for (JsonNode finding : report.get("findings")) {
                if (!finding.get("category").asText().equals(category)) {
                    continue;
                }
                int start = finding.get("offset").asInt();
                int end = start + Math.max(1, finding.get("length").asInt());
                String found = finding.get("text").asText();
                boolean matched = false;
                for (int i = 0; i < labelRanges.size(); i++) {
                    int[] range = labelRanges.get(i);
                    if (start < range[1] && range[0] < end) {
                        hit.add(i);
                        matched = true;
                    }
                }
                if (matched || onAllowedText(entry, lower, start, end) || repeatsALabel(found, labelTexts)) {
                    continue;
                }
                tally.falsePositives++;
                tally.falseAlarms.add(file + ":'" + found + "'");
            }
            tally.truePositives += hit.size();
            for (int i = 0; i < labelTexts.size(); i++) {
                if (!hit.contains(i)) {
                    tally.falseNegatives++;
                    tally.misses.add(file + ":'" + labelTexts.get(i) + "'");
                }
            }
        }
        scoreElements(file, entry, report);
    }

    private void scoreElements(String file, JsonNode entry, JsonNode report) {
        List<String> required = new ArrayList<>(REQUIRED.get(entry.get("type").asText()));
        if (entry.get("type").asText().equals("outcome") && entry.get("upheld").asBoolean(false)) {
            required.add("apology");
        }
        Set<String> flagged = new HashSet<>();
        for (JsonNode finding : report.get("findings")) {
            String rule = finding.get("rule").asText();
            if (finding.get("category").asText().equals("acknowledgement")) {
                flagged.add(rule.substring(rule.lastIndexOf('.') + 1));
            }
        }
        Set<String> missing = new HashSet<>();
        entry.get("missing").forEach(m -> missing.add(m.asText()));
        for (String element : required) {
            elementPairs++;
            if (flagged.contains(element) == missing.contains(element)) {
                elementsRight++;
            } else {
                elementErrors.add(file + ":" + element + (missing.contains(element) ? " (missing, not flagged)" : " (present, flagged)"));
            }
        }
    }

    private static boolean onAllowedText(JsonNode entry, String lower, int start, int end) {
        for (JsonNode allowed : entry.get("allowed")) {
            String needle = allowed.get("text").asText().toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
                if (start < at + needle.length() && at < end) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean repeatsALabel(String found, List<String> labelTexts) {
        String f = found.toLowerCase(Locale.ROOT).strip();
        for (String label : labelTexts) {
            String l = label.toLowerCase(Locale.ROOT).strip();
            if (f.equals(l) || l.contains(f) && !f.isEmpty() || f.contains(l)) {
                return true;
            }
        }
        return false;
    }

    double elementAccuracy() {
        return elementPairs == 0 ? 1.0 : (double) elementsRight / elementPairs;
    }

    double typeAccuracy() {
        return letters == 0 ? 1.0 : (double) typesRight / letters;
    }
}
