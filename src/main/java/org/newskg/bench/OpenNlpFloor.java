package org.newskg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.newskg.Progress;
import org.newskg.nlp.NlpModels;

/**
 * The floor extraction is measured against: what bare OpenNLP costs on the same files with the same
 * models, and nothing else. Each file is read and decoded, split into sentences, each sentence
 * tokenized and POS-tagged, with the plain {@link SentenceDetectorME}, {@link TokenizerME} and
 * {@link POSTaggerME}, one set per thread. No entity, event, RDF or validation work: an extractor
 * that does all that cannot beat this figure, so the ratio says how much the rest costs.
 */
final class OpenNlpFloor {
    /** What one pass did. */
    record Result(int articles, long sentences, long tokens, long characters, double seconds) {
    }

    private final NlpModels models = NlpModels.get();

    Result run(List<Path> files, int threads, PrintStream log) {
        Progress progress = new Progress("floor (" + threads + " thread" + (threads > 1 ? "s" : "") + ")",
                files.size(), log);
        AtomicLong sentences = new AtomicLong();
        AtomicLong tokens = new AtomicLong();
        AtomicLong characters = new AtomicLong();
        ThreadLocal<Tools> tools = ThreadLocal.withInitial(Tools::new);
        long start = System.nanoTime();
        if (threads == 1) {
            for (Path f : files) {
                tools.get().annotate(f, sentences, tokens, characters);
                progress.step();
            }
        } else {
            AtomicInteger n = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "newskg-floor-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> done = new ArrayList<>();
                for (Path f : files) {
                    done.add(pool.submit(() -> {
                        tools.get().annotate(f, sentences, tokens, characters);
                        progress.step();
                    }));
                }
                for (Future<?> d : done) {
                    d.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(files.size(), sentences.get(), tokens.get(), characters.get(), seconds);
    }

    /** One thread's OpenNLP tools. */
    private final class Tools {
        final SentenceDetectorME sentences = new SentenceDetectorME(models.sentenceModel());
        final TokenizerME tokenizer = new TokenizerME(models.tokenizerModel());
        final POSTaggerME tagger = new POSTaggerME(models.posModel());

        void annotate(Path file, AtomicLong sentenceCount, AtomicLong tokenCount, AtomicLong charCount) {
            String text;
            try {
                text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long found = 0;
            long words = 0;
            for (Span s : sentences.sentPosDetect(text)) {
                String[] tokens = tokenizer.tokenize(s.getCoveredText(text).toString());
                tagger.tag(tokens);
                found++;
                words += tokens.length;
            }
            sentenceCount.addAndGet(found);
            tokenCount.addAndGet(words);
            charCount.addAndGet(text.length());
        }
    }
}
