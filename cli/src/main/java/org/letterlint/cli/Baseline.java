package org.letterlint.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.letterlint.cli.report.Json;
import org.letterlint.engine.LetterReport;
import org.letterlint.rules.Finding;

/**
 * Findings recorded earlier, so a team can adopt letterlint on old templates and fail only on new
 * problems. A finding is known when the same file has a recorded finding of the same rule on the
 * same text, however far its line has moved; counts are kept, so a second copy of a known problem
 * is new.
 */
final class Baseline {
    /** The longest string a baseline holds: twice the largest letter letterlint reads (a finding's text is part of one). */
    static final int MAX_STRING_CHARS = 4 * 1024 * 1024;
    /** The largest baseline file: far more than tens of thousands of letters' findings take. */
    static final long MAX_DOCUMENT_BYTES = 256L * 1024 * 1024;

    /** path + NUL + rule + NUL + text to how many times it was recorded. */
    private final Map<String, Integer> counts;

    private Baseline(Map<String, Integer> counts) {
        this.counts = counts;
    }

    static Baseline of(List<LetterReport> reports) {
        Map<String, Integer> counts = new TreeMap<>();
        for (LetterReport report : reports) {
            for (Finding f : report.findings()) {
                counts.merge(key(report.source().name(), f), 1, Integer::sum);
            }
        }
        return new Baseline(counts);
    }

    /**
     * Reads a baseline file letterlint wrote. Anything else fails with an IOException whose message is
     * one line: the file, the line and column where it goes wrong, and what is wrong, never a word of
     * the file's text (a file given here by mistake may be a letter).
     */
    static Baseline read(Path file) throws IOException {
        return new BaselineReader(file, MAX_DOCUMENT_BYTES).read();
    }

    /** As {@link #read(Path)}, with a smaller size limit, for tests of the limit. */
    static Baseline read(Path file, long maxDocumentBytes) throws IOException {
        return new BaselineReader(file, maxDocumentBytes).read();
    }

    /** A baseline of recorded counts by {@link #key(String, String, String)}, as a reader found them. */
    static Baseline fromCounts(Map<String, Integer> counts) {
        return new Baseline(new TreeMap<>(counts));
    }

    /** The key a recorded finding is counted under. */
    static String key(String path, String rule, String text) {
        return path + '\0' + rule + '\0' + text;
    }

    void write(Path file, org.letterlint.cli.files.SafeWriter writer) throws IOException {
        Json json = new Json(true);
        json.beginObject().value("format", "letterlint-baseline").value("version", 1);
        json.name("findings").beginArray();
        for (var e : counts.entrySet()) {
            String[] parts = e.getKey().split("\0", -1);
            json.beginObject().value("path", parts[0]).value("rule", parts[1]).value("text", parts[2]).value("count", e.getValue()).endObject();
        }
        json.endArray().endObject();
        writer.write(file, json + "\n");
    }

    /** The report without the findings the baseline knows; returns how many it removed through {@code removed}. */
    LetterReport filter(LetterReport report, int[] removed) {
        Map<String, Integer> left = new TreeMap<>(counts);
        List<Finding> kept = new ArrayList<>();
        for (Finding f : report.findings()) {
            String key = key(report.source().name(), f);
            int n = left.getOrDefault(key, 0);
            if (n > 0) {
                left.put(key, n - 1);
                removed[0]++;
            } else {
                kept.add(f);
            }
        }
        return new LetterReport(report.source(), report.facts(), report.readability(), report.hardest(), kept, report.lines());
    }

    private static String key(String path, Finding f) {
        return key(path.replace('\\', '/'), f.rule(), f.text().replaceAll("\\s+", " ").strip());
    }
}
