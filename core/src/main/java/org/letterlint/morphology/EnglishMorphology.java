package org.letterlint.morphology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * English word forms from LanguageTool's English dictionaries (english-pos-dict: the tagger's
 * form-to-lemma dictionary and the synthesizer's lemma-to-form one, with Penn Treebank tags), read
 * with morfologik, the library LanguageTool reads them with. Going through LanguageTool's own
 * {@code EnglishSynthesizer} would start LanguageTool (half a second) for a dictionary look-up.
 * Lookups are thread-safe (one lookup object per thread: morfologik's are not).
 */
public final class EnglishMorphology {
    private static final String RESOURCES = "/org/languagetool/resource/en/";
    /** Loaded with this class: by {@link #preload()}, or when a suggestion first needs a form. */
    private static final EnglishMorphology INSTANCE = new EnglishMorphology();

    private final Dictionary tagger = read("english.dict");
    private final Dictionary synthesizer = read("english_synth.dict");
    private final ThreadLocal<DictionaryLookup> tags = ThreadLocal.withInitial(() -> new DictionaryLookup(tagger));
    private final ThreadLocal<DictionaryLookup> forms = ThreadLocal.withInitial(() -> new DictionaryLookup(synthesizer));

    private EnglishMorphology() {
    }

    public static EnglishMorphology get() {
        return INSTANCE;
    }

    /** Starts reading the dictionaries in the background (70 ms), so a letter's first rewrite does not wait for them. */
    public static void preload() {
        Thread loader = new Thread(EnglishMorphology::get, "letterlint-morphology-preload");
        loader.setDaemon(true);
        loader.start();
    }

    private static Dictionary read(String name) {
        URL url = EnglishMorphology.class.getResource(RESOURCES + name);
        if (url == null) {
            throw new IllegalStateException("LanguageTool's English dictionary " + name + " is not on the class path");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The readings of a word as written: lemma and Penn tag ("escalated" -> escalate VBD, escalate VBN). */
    public List<Reading> readings(String word) {
        List<Reading> out = new ArrayList<>();
        for (String form : List.of(word, word.toLowerCase(Locale.ROOT))) {
            for (WordData d : tags.get().lookup(form)) {
                out.add(new Reading(String.valueOf(d.getStem()), String.valueOf(d.getTag())));
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    /** True when the dictionary knows the word in some form. */
    public boolean knows(String word) {
        return !readings(word).isEmpty();
    }

    /** The forms of a lemma with a Penn tag, in the dictionary's order ("pay", "VBD" -> payed, paid); empty if it has none. */
    public List<String> forms(String lemma, String tag) {
        Set<String> out = new LinkedHashSet<>();
        for (WordData d : this.forms.get().lookup(lemma + "|" + tag)) {
            out.add(String.valueOf(d.getStem()));
        }
        return List.copyOf(out);
    }

    /** A lemma and the Penn Treebank tag of one reading of a word. */
    public record Reading(String lemma, String tag) {
    }
}
