package org.newskg;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.article.Article;
import org.newskg.article.ArticleException;
import org.newskg.article.ArticleFiles;
import org.newskg.article.ArticleReader;
import org.newskg.entity.WikidataLinker;
import org.newskg.graph.GraphValidator;
import org.newskg.graph.ValidationResult;
import org.newskg.graph.Vocab;
import org.newskg.store.DocGraph;
import java.util.function.Predicate;

/**
 * Runs the pipeline over a batch of article files: read, extract, map, validate against the SHACL
 * shapes, hand on. A bad file is reported by name and the batch goes on.
 * <p>
 * With more than one thread, files are still read one after the other on the calling thread
 * (streaming, in input order); each article is extracted on one of {@code threads} workers, which
 * share the {@link Pipeline} (it keeps one set of OpenNLP tools per thread). At most
 * {@code 2 x threads} articles are in flight, so memory stays bounded whatever the batch size, and
 * results reach the sink in input order, on the calling thread: the output is the same, byte for
 * byte, as with one thread, and the sink need not be thread-safe.
 */
public final class ArticleBatch {
    private final Pipeline pipeline;
    private final int threads;
    private final ArticleReader reader = new ArticleReader();
    private final GraphValidator validator = new GraphValidator();

    /** A single-threaded batch. */
    public ArticleBatch(Pipeline pipeline) {
        this(pipeline, 1);
    }

    /** A batch that extracts on {@code threads} worker threads (1 = on the calling thread). */
    public ArticleBatch(Pipeline pipeline, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.pipeline = pipeline;
        this.threads = threads;
    }

    /** The number of threads to use when none is asked for: all available cores. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public int threads() {
        return threads;
    }

    /** Extracts every article under {@code paths} and passes each valid document graph to {@code sink}. */
    public BatchReport run(List<Path> paths, Consumer<DocGraph> sink, PrintStream log) {
        return run(paths, a -> false, sink, log);
    }

    /**
     * As {@link #run(List, Consumer, PrintStream)}, but articles for which {@code unchanged} holds are
     * read and counted, not extracted (loading an article the store already has costs no extraction).
     * {@code unchanged} and {@code sink} are called on the calling thread, in input order.
     */
    public BatchReport run(List<Path> paths, Predicate<Article> unchanged, Consumer<DocGraph> sink, PrintStream log) {
        List<Path> files = ArticleFiles.expand(paths);
        BatchReport report = new BatchReport();
        Progress progress = new Progress("extract", files.size(), log);
        ExecutorService workers = threads > 1 ? workerPool() : null;
        // The reorder buffer: pending results in input order; the head is always delivered first.
        Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
        int window = 2 * threads;
        try {
            for (Path file : files) {
                inFlight.add(start(file, unchanged, workers));
                if (inFlight.size() >= window) {
                    deliver(await(inFlight.poll()), sink, report, progress);
                }
            }
            while (!inFlight.isEmpty()) {
                deliver(await(inFlight.poll()), sink, report, progress);
            }
        } finally {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
        return report;
    }

    /** What happened to one file, decided on a worker and acted on, in order, by the calling thread. */
    private sealed interface Outcome {
        String file();
    }

    private record Extracted(String file, DocGraph graph) implements Outcome {}

    private record Unchanged(String file) implements Outcome {}

    private record Failed(String file, String reason) implements Outcome {}

    /** Reads {@code file} here and now, and extracts it on a worker (or here when single-threaded). */
    private Future<Outcome> start(Path file, Predicate<Article> unchanged, ExecutorService workers) {
        Article article;
        try {
            article = reader.read(file);
            if (unchanged.test(article)) {
                return CompletableFuture.completedFuture(new Unchanged(file.toString()));
            }
        } catch (ArticleException e) {
            return CompletableFuture.completedFuture(new Failed(e.file(), e.reason()));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(new Failed(file.toString(), "extraction failed: " + e));
        }
        if (workers == null) {
            return CompletableFuture.completedFuture(extractOutcome(file.toString(), article));
        }
        return workers.submit(() -> extractOutcome(file.toString(), article));
    }

    private Outcome extractOutcome(String file, Article article) {
        try {
            return new Extracted(file, extract(article));
        } catch (InvalidGraphException e) {
            return new Failed(file, e.getMessage());
        } catch (RuntimeException e) {
            return new Failed(file, "extraction failed: " + e);
        }
    }

    private static void deliver(Outcome outcome, Consumer<DocGraph> sink, BatchReport report, Progress progress) {
        if (outcome instanceof Extracted e) {
            try {
                sink.accept(e.graph());
                report.succeeded();
            } catch (RuntimeException failure) {
                report.failed(e.file(), "extraction failed: " + failure);
            }
        } else if (outcome instanceof Failed f) {
            report.failed(f.file(), f.reason());
        } else {
            report.unchanged();
        }
        progress.step();
    }

    private static Outcome await(Future<Outcome> pending) {
        try {
            return pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an extraction", e);
        } catch (ExecutionException e) {
            // only Errors get here (extractOutcome catches RuntimeExceptions): pass them on as they are
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private ExecutorService workerPool() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newskg-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** One article to its validated document graph. */
    public DocGraph extract(Article article) {
        Graph graph = GraphFactory.createDefaultGraph();
        StreamRDF toGraph = StreamRDFLib.graph(graph);
        StreamRDF quadsToGraph = new org.apache.jena.riot.system.StreamRDFWrapper(toGraph) {
            @Override
            public void quad(org.apache.jena.sparql.core.Quad quad) {
                toGraph.triple(quad.asTriple());
            }
        };
        ExtractionResult extracted = pipeline.process(article);
        long t0 = System.nanoTime();
        pipeline.mapper().write(extracted, quadsToGraph);
        long t1 = System.nanoTime();
        ValidationResult result = validator.validate(graph);
        pipeline.stageTimes().add(StageTimes.Stage.mapping, t1 - t0);
        pipeline.stageTimes().add(StageTimes.Stage.validation, System.nanoTime() - t1);
        if (!result.conforms()) {
            throw new InvalidGraphException("extracted graph violates the shapes: "
                    + String.join("; ", result.violations().subList(0, Math.min(5, result.violations().size()))));
        }
        return new DocGraph(article.id(), article.sha256(), graph);
    }

    /** The batch to one RDF file, written to a temporary file and moved into place when complete. */
    public static BatchReport extractToFile(List<Path> paths, Path output, LocalDate date, PrintStream log)
            throws IOException {
        return extractToFile(paths, output, date, null, 1, log);
    }

    /** As {@link #extractToFile(List, Path, LocalDate, PrintStream)}, linking unknown names online when a linker is given. */
    public static BatchReport extractToFile(List<Path> paths, Path output, LocalDate date,
                                            WikidataLinker linkerOrNull, PrintStream log)
            throws IOException {
        return extractToFile(paths, output, date, linkerOrNull, 1, log);
    }

    /** {@link #extractToFile(List, Path, LocalDate, PrintStream)} on {@code threads} worker threads (same bytes out). */
    public static BatchReport extractToFile(List<Path> paths, Path output, LocalDate date, int threads, PrintStream log)
            throws IOException {
        return extractToFile(paths, output, date, null, threads, log);
    }

    /** The batch to one RDF file, with online linking when a linker is given, on {@code threads} workers. */
    public static BatchReport extractToFile(List<Path> paths, Path output, LocalDate date,
                                            WikidataLinker linkerOrNull, int threads, PrintStream log)
            throws IOException {
        return new ArticleBatch(new Pipeline(date, linkerOrNull), threads).extractToFile(paths, output, log);
    }

    /** The batch to one RDF file with this batch's pipeline and threads. */
    public BatchReport extractToFile(List<Path> paths, Path output, PrintStream log) throws IOException {
        ArticleBatch batch = this;
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".newskg-", ".tmp");
        BatchReport report;
        try (OutputStream out = Files.newOutputStream(tmp)) {
            if (name.endsWith(".jsonld")) {
                DatasetGraph all = DatasetGraphFactory.createTxnMem();
                report = batch.run(paths, d -> addTo(all, d), log);
                RDFDataMgr.write(out, all, RDFFormat.JSONLD);
            } else {
                RDFFormat format = name.endsWith(".nq") ? RDFFormat.NQUADS
                        : name.endsWith(".ttl") ? RDFFormat.TURTLE_BLOCKS
                        : name.endsWith(".trig") ? RDFFormat.TRIG_BLOCKS : null;
                if (format == null) {
                    throw new IllegalArgumentException(output + ": unknown output format (use .trig, .nq, .jsonld or .ttl)");
                }
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
                stream.start();
                Vocab.prefixes().getNsPrefixMap().forEach(stream::prefix);
                boolean union = format.getLang().equals(Lang.TURTLE);
                report = batch.run(paths, d -> send(stream, d, union), log);
                stream.finish();
            }
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return report;
    }

    private static void send(StreamRDF stream, DocGraph d, boolean union) {
        if (union) {
            d.graph().find().forEachRemaining(stream::triple);
        } else {
            org.apache.jena.graph.Node g = org.apache.jena.graph.NodeFactory.createURI(Vocab.GRAPH + d.docId());
            d.graph().find().forEachRemaining(t -> stream.quad(org.apache.jena.sparql.core.Quad.create(g, t)));
        }
    }

    private static void addTo(DatasetGraph all, DocGraph d) {
        org.apache.jena.graph.Node g = org.apache.jena.graph.NodeFactory.createURI(Vocab.GRAPH + d.docId());
        d.graph().find().forEachRemaining(t -> all.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** A document graph that fails SHACL validation. */
    public static final class InvalidGraphException extends RuntimeException {
        public InvalidGraphException(String message) {
            super(message);
        }
    }
}
