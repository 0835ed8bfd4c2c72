package org.letterlint.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.letterlint.pattern.BoundedRegex;

/**
 * Finds the parts of a letter's body that are not prose to check: template placeholders, e-mail
 * addresses, URLs, phone numbers, reference codes, postcodes, and the complainant's own quoted words.
 * The patterns are deliberately conservative: a missed mask costs a false alarm, a wrong mask hides
 * real text.
 */
public final class Masker {
    /** The placeholder styles of common template engines and mail-merge. */
    public static final List<String> DEFAULT_PLACEHOLDER_PATTERNS = List.of(
            "\\{\\{[^{}\\r\\n]{1,80}\\}\\}",          // {{name}}  Handlebars, Mustache, Jinja
            "\\{%[^%\\r\\n]{1,80}%\\}",               // {% if %}  Jinja, Liquid tags
            "\\$\\{[^{}\\r\\n]{1,80}\\}",             // ${date}   Velocity, Freemarker, JS
            "«[^«»\\r\\n]{1,80}»",                   // «Field»   Word mail merge
            "<<[^<>\\r\\n]{1,80}>>",                  // <<Field>>
            "\\[\\[[^\\[\\]\\r\\n]{1,80}\\]\\]",      // [[name]]
            "\\[[A-Z][A-Z0-9 _.'/-]{0,79}\\]",         // [NAME], [LETTER_DATE]
            "\\[[A-Za-z][A-Za-z0-9]{0,40}(?:[_.][A-Za-z0-9]{1,40}){1,8}\\]"); // [first_name], [case.ref]

    /*
     * Every pattern here runs over a whole letter of up to 2 MiB, so none may retry from each position
     * of a long run to the end of the run (quadratic: hours on a run of a million letters). A pattern
     * whose first part is an unbounded repeat starts only where a run starts (a look-behind for the
     * run's own characters), or its repeat is bounded; a repeated group is always bounded, as Java
     * matches each repetition of a group one level deeper on the stack. LinearMaskingTest holds the
     * runs that hung.
     */
    /** An inline suppression comment (see org.letterlint.suppress.Suppressions) and its opener: never linted. */
    private static final Pattern DIRECTIVE = Pattern.compile(
            "(?:(?:\\{#|<!--|/\\*|//|#|%)[ \\t]{0,40})?letterlint-(?:disable-next-line|disable|enable)\\b[^\\r\\n]*");
    /** An address begins where its run of characters does, so a long word is scanned once, not from each letter. */
    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+'-])[\\w.+'-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,10}");
    private static final Pattern URL = Pattern.compile(
            "(?i)(?:https?://|www\\.)[^\\s<>\"“”]+"
                    + "|(?<![\\w.-])[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){0,10}\\.(?:uk|com|org|net|gov|example)\\b(?:/[^\\s<>\"“”]*)?");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w/])(?:\\+44\\s?(?:\\(0\\)\\s?)?|0)\\d{2,4}(?:[ -]?\\d{2,4}){1,3}(?![\\w/])");
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![\\w/-])(?=[A-Za-z0-9/-]*\\d)[A-Z][A-Z0-9]{0,9}(?:[/-][A-Za-z0-9]{1,14}){1,6}(?![\\w/-])");
    private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}\\b");
    private static final Pattern QUOTATION = Pattern.compile("“[^“”\\r\\n]{1,300}”|(?<![\\w])\"[^\"\\r\\n]{1,300}\"");
    /** What OpenNLP's tokenizer splits at: Java's white space, Unicode's separators, and U+001C to U+001F. */
    private static final String SPACE = "\\s\\p{Z}\\x1C-\\x1F";
    private static final int LONG_RUN_LENGTH = 100;
    private static final Pattern LONG_RUN = Pattern.compile("(?<![^" + SPACE + "])[^" + SPACE + "]{" + (LONG_RUN_LENGTH + 1) + ",}");

    /** Placeholder patterns may come from a user's configuration, so each runs with a step budget. */
    private final List<BoundedRegex> placeholders;

    public Masker() {
        this(DEFAULT_PLACEHOLDER_PATTERNS);
    }

    /** @param placeholderPatterns regular expressions for the template placeholders in use */
    public Masker(List<String> placeholderPatterns) {
        this.placeholders = placeholderPatterns.stream().map(BoundedRegex::compile).toList();
    }

    /** Masks within {@code [from, to)} of the text, sorted and non-overlapping. */
    public List<Mask> find(String text, int from, int to) {
        return find(text, from, to, new ArrayList<>());
    }

    /**
     * Masks within {@code [from, to)} of the text, sorted and non-overlapping. A placeholder pattern
     * that spends its step budget on this text is stopped (the placeholders it found before stand)
     * and its source added to {@code stopped}, so the letter is still linted and the user told.
     */
    public List<Mask> find(String text, int from, int to, List<String> stopped) {
        List<Mask> found = new ArrayList<>();
        add(found, DIRECTIVE, MaskKind.DIRECTIVE, text, from, to);
        for (BoundedRegex placeholder : placeholders) {
            try {
                placeholder.findAll(text, from, to, (start, end) -> found.add(new Mask(start, end, MaskKind.PLACEHOLDER)));
            } catch (BoundedRegex.BudgetExceededException e) {
                stopped.add(placeholder.source());
            }
        }
        add(found, EMAIL, MaskKind.EMAIL, text, from, to);
        add(found, URL, MaskKind.URL, text, from, to);
        add(found, PHONE, MaskKind.PHONE, text, from, to);
        add(found, REFERENCE, MaskKind.REFERENCE, text, from, to);
        add(found, POSTCODE, MaskKind.POSTCODE, text, from, to);
        add(found, QUOTATION, MaskKind.QUOTATION, text, from, to);
        return withLongRuns(withoutOverlaps(found), text, from, to);
    }

    /**
     * Adds a mask for each stretch of over 100 characters without a space that no other mask
     * covers: a long URL stays a URL, and a placeholder inside a run still counts, while the rest of
     * the run is kept from OpenNLP however it is broken up.
     */
    private static List<Mask> withLongRuns(List<Mask> kept, String text, int from, int to) {
        List<Mask> covering = kept.stream().filter(m -> !m.kind().isProse()).toList(); // disjoint, so sorted by end too
        List<Mask> result = new ArrayList<>(kept);
        Matcher run = LONG_RUN.matcher(text).region(from, to);
        int j = 0;
        while (run.find()) {
            while (j < covering.size() && covering.get(j).end() <= run.start()) {
                j++;
            }
            int cursor = run.start();
            for (int k = j; k < covering.size() && covering.get(k).start() < run.end(); k++) {
                addRun(result, cursor, covering.get(k).start());
                cursor = Math.max(cursor, covering.get(k).end());
            }
            addRun(result, cursor, run.end());
        }
        if (result.size() > kept.size()) {
            result.sort(Comparator.comparingInt(Mask::start));
        }
        return result;
    }

    private static void addRun(List<Mask> out, int start, int end) {
        if (end - start > LONG_RUN_LENGTH) {
            out.add(new Mask(start, end, MaskKind.LONG_RUN));
        }
    }

    /**
     * Whether a stretch of text outside the body (a letterhead, the lines under a signature) gives a
     * phone number or an e-mail address, found as the body's masks are.
     */
    public static boolean hasPhoneOrEmail(String text, int from, int to) {
        List<Mask> found = new ArrayList<>();
        add(found, PHONE, MaskKind.PHONE, text, from, to);
        add(found, EMAIL, MaskKind.EMAIL, text, from, to);
        return !found.isEmpty();
    }

    private static void add(List<Mask> found, Pattern pattern, MaskKind kind, String text, int from, int to) {
        Matcher m = pattern.matcher(text).region(from, to);
        while (m.find()) {
            int end = m.end();
            if (kind == MaskKind.URL || kind == MaskKind.EMAIL) {
                while (end > m.start() && ".,;:)!?'".indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
            }
            if (kind == MaskKind.PHONE && digits(text, m.start(), end) < 10) {
                continue;
            }
            if (end > m.start()) {
                found.add(new Mask(m.start(), end, kind));
            }
        }
    }

    private static int digits(String text, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (Character.isDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Keeps the earlier-found (higher-priority) mask where two overlap; a quotation (prose) never
     * clashes. The kept non-prose masks are disjoint, so one look-up in a sorted map finds the only
     * one that could overlap a new mask: n log n, where comparing every pair took hours on a letter
     * of e-mail addresses.
     */
    private static List<Mask> withoutOverlaps(List<Mask> found) {
        List<Mask> kept = new ArrayList<>();
        TreeMap<Integer, Mask> keptByStart = new TreeMap<>();
        for (Mask mask : found) {
            if (mask.kind().isProse()) {
                kept.add(mask);
                continue;
            }
            Map.Entry<Integer, Mask> before = keptByStart.lowerEntry(mask.end());
            if (before == null || before.getValue().end() <= mask.start()) {
                kept.add(mask);
                keptByStart.put(mask.start(), mask);
            }
        }
        kept.sort(Comparator.comparingInt(Mask::start));
        return kept;
    }
}
