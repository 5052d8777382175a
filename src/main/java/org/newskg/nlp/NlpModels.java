package org.newskg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models (UD EWT), loaded once per process from the classpath. Models are
 * thread-safe and shared; the ME tools built on them are not, so each {@link NlpAnnotator} makes its own.
 */
public final class NlpModels {
    private static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static volatile NlpModels shared;

    final SentenceModel sentenceModel;
    final TokenizerModel tokenizerModel;
    final POSModel posModel;

    private NlpModels() {
        try (InputStream s = open(SENTENCE); InputStream t = open(TOKENS); InputStream p = open(POS)) {
            sentenceModel = new SentenceModel(s);
            tokenizerModel = new TokenizerModel(t);
            posModel = new POSModel(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP models", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        return in;
    }

    /** The sentence model (thread-safe; wrap it in one SentenceDetectorME per thread). */
    public SentenceModel sentenceModel() {
        return sentenceModel;
    }

    /** The tokenizer model (thread-safe; one TokenizerME per thread). */
    public TokenizerModel tokenizerModel() {
        return tokenizerModel;
    }

    /** The POS model (thread-safe; one POSTaggerME per thread). */
    public POSModel posModel() {
        return posModel;
    }

    /** The process-wide models, loaded on first use. */
    public static NlpModels get() {
        NlpModels m = shared;
        if (m == null) {
            synchronized (NlpModels.class) {
                m = shared;
                if (m == null) {
                    m = new NlpModels();
                    shared = m;
                }
            }
        }
        return m;
    }
}
