package org.newskg.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.ArticleBatch;
import org.newskg.BatchReport;
import org.newskg.Pipeline;
import org.newskg.entity.WikidataLinker;
import org.newskg.graph.OntologyGraph;
import org.newskg.store.BulkLoadReport;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** newskg load PATH... [--db DIR] */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Extract articles and load them into the TDB2 store, a few dozen articles per transaction "
                + "(an article whose transaction fails is retried alone, so it never harms the others). "
                + "An unchanged article is skipped; a changed one (same file name, new text) replaces its graph.")
public final class LoadCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or folders of .txt files")
    List<Path> paths;

    @Mixin
    StoreOptions store;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date for all articles (overrides metadata)")
    LocalDate date;

    @Mixin
    OnlineLinkOptions linking;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads for extraction (default: all cores); "
            + "articles are still stored one at a time, in input order")
    Integer threads;

    @Override
    public Integer call() {
        int workers = threads != null ? threads : ArticleBatch.defaultThreads();
        if (workers < 1) {
            System.err.println("--threads must be at least 1");
            return 2;
        }
        WikidataLinker linker = linking.linkerOrNull();
        try (KnowledgeStore kg = KnowledgeStore.open(store.db)) {
            return load(kg, paths, date, linker, workers);
        } finally {
            OnlineLinkOptions.report(linker, System.err);
        }
    }

    /** Loads into an open store on all cores; also used by serve on an empty store. */
    static int load(KnowledgeStore kg, List<Path> paths, LocalDate date) {
        return load(kg, paths, date, null, ArticleBatch.defaultThreads());
    }

    /** Loads into an open store, linking unknown names online when a linker is given, extracting on {@code threads} workers. */
    static int load(KnowledgeStore kg, List<Path> paths, LocalDate date, WikidataLinker linkerOrNull, int threads) {
        kg.ensureOntology(OntologyGraph.load());
        ArticleBatch batch = new ArticleBatch(new Pipeline(date, linkerOrNull), threads);
        BatchReport report;
        BulkLoadReport stored;
        // Articles are committed a few dozen per transaction (a failed one is retried alone).
        try (KnowledgeStore.Writer writer = kg.writer()) {
            report = batch.run(paths,
                    a -> kg.storedSha256(a.id()).map(a.sha256()::equals).orElse(false),
                    writer::add, System.err);
            writer.close();
            stored = writer.report();
        }
        System.err.printf("loaded into %s: %d added, %d replaced, %d unchanged; %d quads in the store%n",
                kg.layout(), stored.added(), stored.replaced(), report.unchangedCount() + stored.unchanged(),
                kg.quadCount());
        for (String f : report.failures()) {
            System.err.println("FAILED " + f);
        }
        for (String docId : stored.failed()) {
            System.err.println("FAILED to store " + docId);
        }
        if (!stored.failed().isEmpty()) {
            return 1;
        }
        return report.ok() ? 0 : 1;
    }
}
