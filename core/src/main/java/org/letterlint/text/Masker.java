package org.letterlint.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            "\\[[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+\\]"); // [first_name], [case.ref]

    /** An inline suppression comment (see org.letterlint.suppress.Suppressions): never linted. */
    private static final Pattern DIRECTIVE = Pattern.compile(
            "(?:\\{#|<!--|/\\*|//|#|%)?[ \\t]*letterlint-(?:disable-next-line|disable|enable)\\b[^\\r\\n]*");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern URL = Pattern.compile(
            "(?i)(?:https?://|www\\.)[^\\s<>\"“”]+|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:uk|com|org|net|gov|example)\\b(?:/[^\\s<>\"“”]*)?");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w/])(?:\\+44\\s?(?:\\(0\\)\\s?)?|0)\\d{2,4}(?:[ -]?\\d{2,4}){1,3}(?![\\w/])");
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![\\w/-])(?=[A-Za-z0-9/-]*\\d)[A-Z][A-Z0-9]{0,9}(?:[/-][A-Za-z0-9]{1,14}){1,6}(?![\\w/-])");
    private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}\\b");
    private static final Pattern QUOTATION = Pattern.compile("“[^“”\\r\\n]{1,300}”|(?<![\\w])\"[^\"\\r\\n]{1,300}\"");

    private final List<Pattern> placeholders;

    public Masker() {
        this(DEFAULT_PLACEHOLDER_PATTERNS);
    }

    /** @param placeholderPatterns regular expressions for the template placeholders in use */
    public Masker(List<String> placeholderPatterns) {
        this.placeholders = placeholderPatterns.stream().map(Pattern::compile).toList();
    }

    /** Masks within {@code [from, to)} of the text, sorted and non-overlapping. */
    public List<Mask> find(String text, int from, int to) {
        List<Mask> found = new ArrayList<>();
        add(found, DIRECTIVE, MaskKind.DIRECTIVE, text, from, to);
        for (Pattern placeholder : placeholders) {
            add(found, placeholder, MaskKind.PLACEHOLDER, text, from, to);
        }
        add(found, EMAIL, MaskKind.EMAIL, text, from, to);
        add(found, URL, MaskKind.URL, text, from, to);
        add(found, PHONE, MaskKind.PHONE, text, from, to);
        add(found, REFERENCE, MaskKind.REFERENCE, text, from, to);
        add(found, POSTCODE, MaskKind.POSTCODE, text, from, to);
        add(found, QUOTATION, MaskKind.QUOTATION, text, from, to);
        return withoutOverlaps(found);
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

    /** Keeps the earlier-found (higher-priority) mask where two overlap. */
    private static List<Mask> withoutOverlaps(List<Mask> found) {
        List<Mask> kept = new ArrayList<>();
        for (Mask mask : found) {
            boolean clash = kept.stream().anyMatch(k -> k.overlaps(mask.start(), mask.end()) && !(k.kind().isProse() || mask.kind().isProse()));
            if (!clash) {
                kept.add(mask);
            }
        }
        kept.sort(Comparator.comparingInt(Mask::start));
        return kept;
    }
}
