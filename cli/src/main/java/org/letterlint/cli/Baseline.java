package org.letterlint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern ENTRY = Pattern.compile(
            "\\{\\s*\"path\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*,\\s*\"rule\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*,"
                    + "\\s*\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*,\\s*\"count\"\\s*:\\s*(\\d+)\\s*}");

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

    static Baseline read(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        if (!json.contains("\"letterlint-baseline\"")) {
            throw new IOException(file + ": not a letterlint baseline file");
        }
        Map<String, Integer> counts = new TreeMap<>();
        Matcher m = ENTRY.matcher(json);
        while (m.find()) {
            counts.merge(unescape(m.group(1)) + '\0' + unescape(m.group(2)) + '\0' + unescape(m.group(3)), Integer.parseInt(m.group(4)), Integer::sum);
        }
        return new Baseline(counts);
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
        return path.replace('\\', '/') + '\0' + f.rule() + '\0' + f.text().replaceAll("\\s+", " ").strip();
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(n);
            }
        }
        return out.toString();
    }
}
