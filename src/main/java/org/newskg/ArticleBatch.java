package org.newskg;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
 * Runs the pipeline over a batch of article files, one article at a time so memory does not grow
 * with the batch: read, extract, map, validate against the SHACL shapes, hand on. A bad file is
 * reported by name and the batch goes on.
 */
public final class ArticleBatch {
    private final Pipeline pipeline;
    private final ArticleReader reader = new ArticleReader();
    private final GraphValidator validator = new GraphValidator();

    public ArticleBatch(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Extracts every article under {@code paths} and passes each valid document graph to {@code sink}. */
    public BatchReport run(List<Path> paths, Consumer<DocGraph> sink, PrintStream log) {
        return run(paths, a -> false, sink, log);
    }

    /**
     * As {@link #run(List, Consumer, PrintStream)}, but articles for which {@code unchanged} holds are
     * read and counted, not extracted (loading an article the store already has costs no extraction).
     */
    public BatchReport run(List<Path> paths, Predicate<Article> unchanged, Consumer<DocGraph> sink, PrintStream log) {
        List<Path> files = ArticleFiles.expand(paths);
        BatchReport report = new BatchReport();
        Progress progress = new Progress("extract", files.size(), log);
        for (Path file : files) {
            try {
                Article article = reader.read(file);
                if (unchanged.test(article)) {
                    report.unchanged();
                } else {
                    sink.accept(extract(article));
                    report.succeeded();
                }
            } catch (ArticleException e) {
                report.failed(e.file(), e.reason());
            } catch (InvalidGraphException e) {
                report.failed(file.toString(), e.getMessage());
            } catch (RuntimeException e) {
                report.failed(file.toString(), "extraction failed: " + e);
            }
            progress.step();
        }
        return report;
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
        pipeline.mapper().write(pipeline.process(article), quadsToGraph);
        ValidationResult result = validator.validate(graph);
        if (!result.conforms()) {
            throw new InvalidGraphException("extracted graph violates the shapes: "
                    + String.join("; ", result.violations().subList(0, Math.min(5, result.violations().size()))));
        }
        return new DocGraph(article.id(), article.sha256(), graph);
    }

    /** The batch to one RDF file, written to a temporary file and moved into place when complete. */
    public static BatchReport extractToFile(List<Path> paths, Path output, LocalDate date, PrintStream log)
            throws IOException {
        return extractToFile(paths, output, date, null, log);
    }

    /** As {@link #extractToFile(List, Path, LocalDate, PrintStream)}, linking unknown names online when a linker is given. */
    public static BatchReport extractToFile(List<Path> paths, Path output, LocalDate date,
                                            WikidataLinker linkerOrNull, PrintStream log)
            throws IOException {
        ArticleBatch batch = new ArticleBatch(new Pipeline(date, linkerOrNull));
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
