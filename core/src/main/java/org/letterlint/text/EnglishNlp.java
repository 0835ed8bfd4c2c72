package org.letterlint.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Apache OpenNLP's pretrained English (UD English-EWT) models, from the model jars on the
 * classpath. The models are loaded once per process, in parallel, and are thread-safe; the
 * OpenNLP tools that use them are not, so each thread gets its own.
 */
public final class EnglishNlp {
    private static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static volatile EnglishNlp instance;
    /** Bounds the lemma cache: a few MiB even on a batch of thousands of letters. */
    private static final int MAX_CACHED_LEMMAS = 100_000;

    private final java.util.concurrent.ConcurrentHashMap<String, String> lemmaCache = new java.util.concurrent.ConcurrentHashMap<>();

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final LemmatizerModel lemmatizerModel;
    private final ThreadLocal<Tools> tools;

    private EnglishNlp() {
        var sentences = CompletableFuture.supplyAsync(() -> load(SENTENCES, SentenceModel::new));
        var tokens = CompletableFuture.supplyAsync(() -> load(TOKENS, TokenizerModel::new));
        var lemmas = CompletableFuture.supplyAsync(() -> load(LEMMAS, LemmatizerModel::new));
        this.posModel = load(POS, POSModel::new);
        this.sentenceModel = sentences.join();
        this.tokenizerModel = tokens.join();
        this.lemmatizerModel = lemmas.join();
        this.tools = ThreadLocal.withInitial(() -> new Tools(
                new SentenceDetectorME(sentenceModel),
                new TokenizerME(tokenizerModel),
                new POSTaggerME(posModel, POSTagFormat.UD),
                new LemmatizerME(lemmatizerModel)));
    }

    /** The shared models, loaded on first use. */
    public static EnglishNlp get() {
        EnglishNlp result = instance;
        if (result == null) {
            synchronized (EnglishNlp.class) {
                result = instance;
                if (result == null) {
                    result = new EnglishNlp();
                    instance = result;
                }
            }
        }
        return result;
    }

    /** Starts loading the models in the background, so start-up overlaps other work. */
    public static void preload() {
        Thread loader = new Thread(EnglishNlp::get, "letterlint-nlp-preload");
        loader.setDaemon(true);
        loader.start();
    }

    public Span[] sentences(String text) {
        return tools.get().sentences.sentPosDetect(text);
    }

    public Span[] tokens(String text) {
        return tools.get().tokenizer.tokenizePos(text);
    }

    /** Universal Dependencies part-of-speech tags (NOUN, VERB, AUX, ...). */
    public String[] tags(String[] tokens) {
        return tools.get().tagger.tag(tokens);
    }

    /**
     * Lemmas, cached by (word, tag) for the life of the process. The UD lemmatizer sorts the scores
     * of all its few thousand outcomes for every token it sees, which made it most of a letter's
     * analysis time; a word's lemma given its part of speech barely depends on its neighbours, so
     * each distinct word is lemmatized once, on its own. Closed-class words, numbers, names and
     * punctuation are their own lemma and never reach the model.
     */
    public String[] lemmas(String[] tokens, String[] tags) {
        String[] lemmas = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            lemmas[i] = lemma(tokens[i], tags[i]);
        }
        return lemmas;
    }

    /** Compares cached single-word lemmas with whole-sentence ones; for measuring, not for use. */
    public String[] lemmasInContext(String[] tokens, String[] tags) {
        return tools.get().lemmatizer.lemmatize(tokens, tags);
    }

    private String lemma(String token, String tag) {
        if (!needsModel(tag) || token.length() > 40) {
            return token.toLowerCase(java.util.Locale.ROOT);
        }
        String key = token + '\t' + tag;
        String cached = lemmaCache.get(key);
        if (cached == null) {
            cached = tools.get().lemmatizer.lemmatize(new String[] {token}, new String[] {tag})[0];
            if (lemmaCache.size() < MAX_CACHED_LEMMAS) {
                lemmaCache.put(key, cached);
            }
        }
        return cached;
    }

    /** Open-class words (and contractions) whose lemma differs from their form. */
    private static boolean needsModel(String tag) {
        return tag.equals("VERB") || tag.equals("AUX") || tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("ADV")
                || tag.equals("PRON") || tag.contains("+");
    }

    private record Tools(SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME tagger, LemmatizerME lemmatizer) {
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = EnglishNlp.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath; the build is incomplete");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
