package org.newskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persistent knowledge graph: a TDB2 dataset with one named graph per source document
 * ({@code <https://w3id.org/newskg/graph/DOCID>}) and a Lucene text index over rdfs:label and
 * skos:altLabel, kept in step with the triples by jena-text.
 * <p>
 * The dataset is built from the same description the server uses (fuseki-config/newskg.ttl,
 * see {@link FusekiConfigFile}) with its locations pointed at a {@link StoreLayout}, so a store
 * loaded from the command line is indexed exactly as the server expects. Its default graph, in
 * SPARQL, is the union of the named graphs (the Java API {@code getDefaultGraph()} is the real,
 * empty, default graph).
 * <p>
 * Every write ({@link #load}, {@link #remove}, {@link #ensureOntology}, {@link #bulkLoad},
 * {@link #writer()}) is one or a few write transactions; an exception inside one aborts it and
 * leaves the store as it was. Writers are serialized by a lock; readers run concurrently in read
 * transactions (a read transaction is ended, never aborted: see {@link ReadAbortSafeDatasetGraph}).
 * TDB2 keeps the blocks each write transaction replaced; {@link #compact(Path)} reclaims them.
 * Open a directory through one store per JVM (the Lucene index allows a single writer).
 */
public final class KnowledgeStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeStore.class);

    /** Triples per transaction in {@link #bulkLoad(Iterator)}. */
    public static final long DEFAULT_BULK_TRIPLES_PER_TRANSACTION = 250_000;

    private final StoreLayout layout;
    private final Dataset dataset;
    /** The dataset as assembled: text index over TDB2. */
    private final DatasetGraph indexed;
    /** {@link #indexed} behind {@link ReadAbortSafeDatasetGraph}: what every read and write goes through. */
    private final DatasetGraph dsg;
    /** Predicates whose triples the text index holds: deleted through the index wrapper. */
    private final List<Node> indexedPredicates;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile boolean closed;

    private KnowledgeStore(StoreLayout layout, Dataset assembled) {
        this.layout = layout;
        this.indexed = assembled.asDatasetGraph();
        this.dsg = new ReadAbortSafeDatasetGraph(indexed);
        this.dataset = DatasetFactory.wrap(dsg);
        this.indexedPredicates = indexedPredicates(indexed);
    }

    /** Opens (creating if needed) the store at the standard location {@code ./data/tdb2}. */
    public static KnowledgeStore openDefault() {
        return open(StoreLayout.standard());
    }

    /** Opens (creating if needed) the store whose TDB2 directory is {@code databaseDir}. */
    public static KnowledgeStore open(Path databaseDir) {
        return open(StoreLayout.forDatabase(databaseDir));
    }

    /** Opens (creating if needed) the store at {@code layout}, described by the project configuration. */
    public static KnowledgeStore open(StoreLayout layout) {
        return open(layout, FusekiConfigFile.load());
    }

    /** Opens (creating if needed) the store at {@code layout}, described by {@code config}. */
    public static KnowledgeStore open(StoreLayout layout, FusekiConfigFile config) {
        try {
            Files.createDirectories(layout.database());
            Files.createDirectories(layout.textIndex());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the store directories at " + layout.database(), e);
        }
        Dataset dataset = config.withLayout(layout).assembleDataset();
        if (!(dataset.asDatasetGraph() instanceof DatasetGraphText)) {
            LOG.warn("The dataset from {} has no text index; text:query will find nothing", config.origin());
        }
        LOG.info("Knowledge store at {} (text index {})", layout.database(), layout.textIndex());
        KnowledgeStore store = new KnowledgeStore(layout, dataset);
        store.ensureStatistics();
        return store;
    }

    /** A store written before the statistics graph existed gets it now (one pass over its articles). */
    private void ensureStatistics() {
        if (!hasDocuments() || Txn.calculateRead(dsg, () -> StoreStatistics.current(dsg))) {
            return;
        }
        LOG.info("No statistics graph of version {} in {}: computing it from the stored articles",
                StoreStatistics.CURRENT_VERSION, layout.database());
        writeLock.lock();
        try {
            Txn.executeWrite(dsg, () -> StoreStatistics.rebuild(direct()));
        } finally {
            writeLock.unlock();
        }
    }

    // ---- IRIs

    /** The IRI of a document's named graph. */
    public static String graphIri(String docId) {
        return StoreIris.documentGraph(StoreIris.checkDocId(docId)).getURI();
    }

    /** The IRI of the named graph holding the ontology. */
    public static String ontologyGraphIri() {
        return StoreIris.ONTOLOGY_GRAPH_IRI;
    }

    // ---- Writes

    /**
     * Stores one document's triples in its named graph, in one write transaction.
     * <ul>
     *   <li>the graph exists and its document node has the same nkg:sha256: {@link LoadOutcome#UNCHANGED},
     *       nothing written;</li>
     *   <li>the graph exists otherwise: {@link LoadOutcome#REPLACED}, dropped and rewritten;</li>
     *   <li>else {@link LoadOutcome#ADDED}.</li>
     * </ul>
     * The document node {@code res:doc-DOCID} gets {@code nkg:sha256 sha256} if the graph does not
     * already say so.
     *
     * @throws IllegalArgumentException for a malformed id or hash, or a graph whose document node
     *     states a different hash
     */
    public LoadOutcome load(String docId, String sha256, Graph graph) {
        DocGraph doc = validated(new DocGraph(docId, sha256, graph));
        writeLock.lock();
        try {
            ensureOpen();
            return Txn.calculateWrite(dsg, () -> writeDocument(doc).outcome());
        } finally {
            writeLock.unlock();
        }
    }

    /** {@link #load(String, String, Graph)} for a {@link DocGraph}. */
    public LoadOutcome load(DocGraph doc) {
        return load(doc.docId(), doc.sha256(), doc.graph());
    }

    /**
     * Writes many documents in few large transactions (about
     * {@value #DEFAULT_BULK_TRIPLES_PER_TRANSACTION} triples each), with the same per-document
     * semantics as {@link #load}. If a transaction fails, it is rolled back and its documents are
     * retried one transaction each, so one bad document costs only itself.
     */
    public BulkLoadReport bulkLoad(Iterator<DocGraph> documents) {
        return bulkLoad(documents, DEFAULT_BULK_TRIPLES_PER_TRANSACTION);
    }

    /** {@link #bulkLoad(Iterator)} with an explicit transaction size (in triples, at least one document). */
    public BulkLoadReport bulkLoad(Iterator<DocGraph> documents, long triplesPerTransaction) {
        if (triplesPerTransaction < 1) {
            throw new IllegalArgumentException("triplesPerTransaction must be positive");
        }
        BulkTally tally = new BulkTally();
        writeLock.lock();
        try {
            ensureOpen();
            if (tdb2Base() != null && !hasDocuments()) {
                return phasedLoad(documents);
            }
            List<DocGraph> batch = new ArrayList<>();
            long batchTriples = 0;
            while (documents.hasNext()) {
                DocGraph doc = documents.next();
                try {
                    validated(doc);
                } catch (IllegalArgumentException e) {
                    LOG.warn("Skipping document {}: {}", doc.docId(), e.getMessage());
                    tally.failed.add(doc.docId());
                    continue;
                }
                batch.add(doc);
                batchTriples += doc.graph().size();
                if (batchTriples >= triplesPerTransaction) {
                    writeBatch(batch, tally);
                    batch.clear();
                    batchTriples = 0;
                }
            }
            writeBatch(batch, tally);
        } finally {
            writeLock.unlock();
        }
        return tally.report();
    }

    /**
     * The first load into a store without documents: one build with Jena's phased loader (the
     * loader {@code tdb2.tdbloader} uses) instead of many commits. Jena's loader fills the primary
     * index first and then builds the other indexes from it, all in one write transaction, so
     * no B+tree block is copied more than once: the store comes out about as small as a compacted
     * one (the batched path left 5x its data on disk until compaction) and is written faster.
     * The text index gets the labels in the same run and commits with it.
     * <p>
     * Same per-document checks as {@link #bulkLoad(Iterator, long)}: a malformed document is
     * skipped; a second document with an id already in this load is skipped as UNCHANGED when
     * its hash is the same and counted as failed otherwise (an empty store has nothing to
     * replace, and the phased build cannot take a graph back). Any other failure aborts the
     * whole load and leaves the store as it was. Caller holds the write lock.
     */
    private BulkLoadReport phasedLoad(Iterator<DocGraph> documents) {
        BulkTally tally = new BulkTally();
        DatasetGraph base = tdb2Base();
        TextIndex textIndex = indexed instanceof DatasetGraphText text ? text.getTextIndex() : null;
        EntityDefinition textFields = textIndex == null ? null : textIndex.getDocDef();
        DataLoader loader = LoaderFactory.phasedLoader(base, MonitorOutputs.nullOutput());
        Map<String, String> loaded = new HashMap<>();
        // no documents, so no statistics to keep: sum them in memory and write them with the build
        Txn.executeWrite(dsg, () -> direct().deleteAny(StoreStatistics.GRAPH, Node.ANY, Node.ANY, Node.ANY));
        StoreStatistics.Totals statistics = new StoreStatistics.Totals((e, c) -> false);
        loader.startBulk();
        try {
            StreamRDF out = loader.stream();
            out.start();
            while (documents.hasNext()) {
                DocGraph doc = documents.next();
                String sha;
                try {
                    validated(doc);
                    sha = StoreIris.checkSha256(doc.sha256());
                } catch (IllegalArgumentException e) {
                    LOG.warn("Skipping document {}: {}", doc.docId(), e.getMessage());
                    tally.failed.add(doc.docId());
                    continue;
                }
                String earlier = loaded.putIfAbsent(doc.docId(), sha);
                if (earlier != null) {
                    if (earlier.equals(sha)) {
                        tally.count(new Written(LoadOutcome.UNCHANGED, 0));
                    } else {
                        LOG.warn("Skipping document {}: loaded twice with different texts in one bulk load", doc.docId());
                        tally.failed.add(doc.docId());
                    }
                    continue;
                }
                Node graphName = StoreIris.documentGraph(doc.docId());
                Node docNode = StoreIris.documentNode(doc.docId());
                long[] count = {0};
                doc.graph().find().forEachRemaining(t -> {
                    out.quad(Quad.create(graphName, t));
                    if (textIndex != null && indexedPredicates.contains(t.getPredicate())) {
                        Entity entity = TextQueryFuncs.entityFromQuad(textFields, graphName, t.getSubject(),
                                t.getPredicate(), t.getObject());
                        if (entity != null) {
                            textIndex.addEntity(entity);
                        }
                    }
                    count[0]++;
                });
                if (!doc.graph().contains(docNode, StoreIris.SHA256, Node.ANY)) {
                    out.quad(Quad.create(graphName, docNode, StoreIris.SHA256, NodeFactory.createLiteralString(sha)));
                    count[0]++;
                }
                statistics.add(StoreStatistics.partOf(doc.graph()));
                tally.count(new Written(LoadOutcome.ADDED, count[0]));
            }
            statistics.quads().forEach(out::quad);
            out.finish();
            loader.finishBulk();
            if (textIndex != null) {
                // the text index takes part in TDB2's commit; this commits anything it left
                textIndex.prepareCommit();
                textIndex.commit();
            }
        } catch (RuntimeException e) {
            loader.finishException(e);
            if (textIndex != null) {
                textIndex.rollback();
            }
            throw e;
        }
        tally.transactions++;
        LOG.info("Phased bulk load into an empty store: {} documents, {} triples", tally.added, tally.triples);
        return tally.report();
    }

    /** Whether any document graph is stored (the ontology graph is not a document). */
    private boolean hasDocuments() {
        return Txn.calculateRead(dsg, () -> {
            Iterator<Node> graphs = dsg.listGraphNodes();
            try {
                while (graphs.hasNext()) {
                    if (StoreIris.docIdOf(graphs.next()) != null) {
                        return true;
                    }
                }
                return false;
            } finally {
                Iter.close(graphs);
            }
        });
    }

    /** Triples per transaction of a {@link #writer()}: a few dozen news articles. */
    public static final long DEFAULT_WRITER_TRIPLES_PER_TRANSACTION = 50_000;
    /** Longest a {@link #writer()} keeps a document before committing it. */
    public static final Duration DEFAULT_WRITER_MAX_DELAY = Duration.ofSeconds(2);

    /**
     * A writer that stores documents as they come (pushed one at a time, e.g. by an extraction
     * loop), grouped into transactions of about {@value #DEFAULT_WRITER_TRIPLES_PER_TRANSACTION}
     * triples, or fewer when {@link #DEFAULT_WRITER_MAX_DELAY} has passed since the first
     * uncommitted one. Same per-document semantics and the same guarantee as {@link #bulkLoad}:
     * a transaction that fails is rolled back and its documents retried one transaction each,
     * so one bad document costs only itself and never leaves a partial graph. Close it to commit
     * the rest.
     * <p>
     * Why: each TDB2 commit syncs every index file and each commit of the text index writes a
     * Lucene segment; one transaction per article made loading ~7x slower than the bulk path
     * (issue #7).
     */
    public Writer writer() {
        return new Writer(DEFAULT_WRITER_TRIPLES_PER_TRANSACTION, DEFAULT_WRITER_MAX_DELAY);
    }

    /** {@link #writer()} with explicit limits (at least one document per transaction). */
    public Writer writer(long triplesPerTransaction, Duration maxDelay) {
        return new Writer(triplesPerTransaction, maxDelay);
    }

    /** See {@link KnowledgeStore#writer()}. Not thread-safe: one producer thread. */
    public final class Writer implements AutoCloseable {
        private final long triplesPerTransaction;
        private final long maxDelayNanos;
        private final BulkTally tally = new BulkTally();
        private final List<DocGraph> pending = new ArrayList<>();
        private long pendingTriples;
        private long firstPendingAt;
        private boolean closed;

        private Writer(long triplesPerTransaction, Duration maxDelay) {
            if (triplesPerTransaction < 1) {
                throw new IllegalArgumentException("triplesPerTransaction must be positive");
            }
            this.triplesPerTransaction = triplesPerTransaction;
            this.maxDelayNanos = maxDelay.toNanos();
        }

        /**
         * Queues a document; commits the queue when it is full or old enough. A malformed
         * document is refused here (IllegalArgumentException) and never written.
         */
        public void add(DocGraph doc) {
            if (closed) {
                throw new IllegalStateException("writer closed");
            }
            ensureOpen();
            validated(doc);
            if (pending.isEmpty()) {
                firstPendingAt = System.nanoTime();
            }
            pending.add(doc);
            pendingTriples += doc.graph().size();
            if (pendingTriples >= triplesPerTransaction || System.nanoTime() - firstPendingAt >= maxDelayNanos) {
                flush();
            }
        }

        /** Commits the queued documents now. */
        public void flush() {
            if (pending.isEmpty()) {
                return;
            }
            writeLock.lock();
            try {
                ensureOpen();
                writeBatch(pending, tally);
            } finally {
                writeLock.unlock();
                pending.clear();
                pendingTriples = 0;
            }
        }

        /** What was committed so far (call after {@link #close()} for the whole run). */
        public BulkLoadReport report() {
            return tally.report();
        }

        /** Commits the rest. */
        @Override
        public void close() {
            if (!closed) {
                flush();
                closed = true;
            }
        }
    }

    /** Drops a document's named graph. Returns false if the store had no triple for it. */
    public boolean remove(String docId) {
        Node graphName = StoreIris.documentGraph(StoreIris.checkDocId(docId));
        writeLock.lock();
        try {
            ensureOpen();
            return Txn.calculateWrite(dsg, () -> {
                if (!hasAnyQuad(graphName)) {
                    return false;
                }
                StoreStatistics.Part old = StoreStatistics.partOf(storedGraph(graphName));
                dropGraph(graphName);
                requireEmpty(dsg, graphName, "removing document " + docId);
                StoreStatistics.subtract(direct(), old);
                return true;
            });
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Writes the ontology into {@code <https://w3id.org/newskg/graph/ontology>} when that graph is
     * absent or differs (not isomorphic). Returns true if it wrote.
     */
    public boolean ensureOntology(Graph ontology) {
        Objects.requireNonNull(ontology, "ontology");
        writeLock.lock();
        try {
            ensureOpen();
            return Txn.calculateWrite(dsg, () -> {
                Node graphName = StoreIris.ONTOLOGY_GRAPH;
                Graph stored = GraphFactory.createDefaultGraph();
                GraphUtil.addInto(stored, dsg.getGraph(graphName));
                if (!stored.isEmpty() && stored.isIsomorphicWith(ontology)) {
                    return false;
                }
                dsg.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
                ontology.find().forEach(t -> dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
                LOG.info("Ontology graph written ({} triples)", ontology.size());
                return true;
            });
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Compacts the TDB2 database of a closed store: writes a fresh copy of the live data and
     * deletes the old one. TDB2 never updates a B+tree block in place (copy-on-write, so readers
     * keep their snapshot); every write transaction leaves the blocks it replaced behind, and a
     * store written one article per transaction grows many times larger than its data.
     * The text index is not touched (Lucene merges its own segments).
     *
     * @return bytes on disk before and after
     */
    public static long[] compact(Path databaseDir) {
        long before = diskBytes(databaseDir);
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(databaseDir.toString());
        try {
            DatabaseMgr.compact(tdb, true);
        } finally {
            TDBInternal.expel(tdb);
        }
        long after = diskBytes(databaseDir);
        LOG.info("Compacted {}: {} MB -> {} MB", databaseDir, before / 1_000_000, after / 1_000_000);
        return new long[] {before, after};
    }

    /** Bytes the files under {@code dir} occupy. */
    static long diskBytes(Path dir) {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- Reads

    /** Number of quads in the documents' and the ontology's graphs (the statistics graph is bookkeeping, not counted). */
    public long quadCount() {
        ensureOpen();
        DatasetGraph base = tdb2Base();
        if (base == null) {
            return Txn.calculateRead(dsg, () -> Iter.count(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY))
                    - Iter.count(dsg.find(StoreStatistics.GRAPH, Node.ANY, Node.ANY, Node.ANY)));
        }
        // counted on node ids: decoding every quad's nodes made counting 80 million quads take minutes
        return Txn.calculateRead(dsg, () -> {
            NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(base).getQuadTable().getNodeTupleTable();
            return Iter.count(quads.findAsNodeIds(Node.ANY, Node.ANY, Node.ANY, Node.ANY))
                    - Iter.count(quads.findAsNodeIds(StoreStatistics.GRAPH, Node.ANY, Node.ANY, Node.ANY));
        });
    }

    /** Number of triples in one document's graph (0 if absent). */
    public long tripleCount(String docId) {
        Node graphName = StoreIris.documentGraph(StoreIris.checkDocId(docId));
        ensureOpen();
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.find(graphName, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** The stored nkg:sha256 of a document, if the document is stored. */
    public Optional<String> storedSha256(String docId) {
        StoreIris.checkDocId(docId);
        ensureOpen();
        return Txn.calculateRead(dsg, () -> storedSha(StoreIris.documentGraph(docId), StoreIris.documentNode(docId)));
    }

    /** Ids of the stored documents, sorted. The ontology graph is not a document. */
    public List<String> documentIds() {
        ensureOpen();
        return Txn.calculateRead(dsg, () -> {
            List<String> ids = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                String id = StoreIris.docIdOf(g);
                if (id != null) {
                    ids.add(id);
                }
            });
            ids.sort(null);
            return ids;
        });
    }

    /**
     * IRIs of entities whose rdfs:label or skos:altLabel matches {@code words} (Lucene search,
     * case-insensitive, all words must occur), best match first.
     */
    public List<String> findByLabel(String words, int limit) {
        Objects.requireNonNull(words, "words");
        ensureOpen();
        String luceneQuery = String.join(" AND ", java.util.Arrays.stream(words.trim().split("\\s+"))
                .filter(w -> !w.isEmpty()).map(QueryParserBase::escape).toList());
        if (luceneQuery.isEmpty()) {
            return List.of();
        }
        String sparql = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX kgtext: <https://w3id.org/newskg/text#>
                SELECT ?s (MAX(?score) AS ?best) {
                  (?s ?score) text:query (kgtext:anyLabel ?q %d)
                } GROUP BY ?s ORDER BY DESC(?best) ?s
                """.formatted(Math.max(limit, 1) * 4);
        return Txn.calculateRead(dataset, () -> {
            var pss = new org.apache.jena.query.ParameterizedSparqlString(sparql);
            pss.setLiteral("q", luceneQuery);
            List<String> iris = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(pss.asQuery()).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext() && iris.size() < limit) {
                    QuerySolution row = rs.next();
                    if (row.get("s").isURIResource()) {
                        iris.add(row.getResource("s").getURI());
                    }
                }
            }
            return iris;
        });
    }

    /** Transactions (read or write) open on the TDB2 database right now. */
    public long activeTransactions() {
        DatasetGraph base = tdb2Base();
        return base == null ? 0 : TDBInternal.getTransactionCoordinator(base).countActive();
    }

    /**
     * Waits up to {@code limit} for every open transaction to end (a server ends a request's read
     * transaction just after the client has read the response). Returns how many are still open.
     */
    public long awaitNoActiveTransactions(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        long active = activeTransactions();
        while (active > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
            active = activeTransactions();
        }
        return active;
    }

    /** The underlying dataset (text-indexed TDB2). Use transactions; write through it to keep the index in step. */
    public Dataset dataset() {
        return dataset;
    }

    /** Where the store lives. */
    public StoreLayout layout() {
        return layout;
    }

    /** Whether the dataset carries a text index. */
    public boolean hasTextIndex() {
        return indexed instanceof DatasetGraphText;
    }

    /** Closes the text index and releases the TDB2 database (so the directory may be reopened). */
    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            DatasetGraph base = tdb2Base();
            indexed.close();
            if (base != null) {
                TDBInternal.expel(base);
            }
            LOG.debug("Closed store at {}", layout.database());
        } finally {
            writeLock.unlock();
        }
    }

    // ---- Internals

    /** The TDB2 dataset under the text-index wrapper(s), or null if there is none. */
    private DatasetGraph tdb2Base() {
        DatasetGraph base = dsg;
        while (!TDBInternal.isTDB2(base) && base instanceof DatasetGraphWrapper wrapper) {
            base = wrapper.getWrapped();
        }
        return TDBInternal.isTDB2(base) ? base : null;
    }

    private record Written(LoadOutcome outcome, long triples) {}

    /** TDB2 itself, past the text-index wrapper (for what the text index does not hold), or the dataset. */
    private DatasetGraph direct() {
        DatasetGraph base = tdb2Base();
        return base != null ? base : dsg;
    }

    /** A copy of a stored graph; inside a transaction. */
    private Graph storedGraph(Node graphName) {
        Graph copy = GraphFactory.createDefaultGraph();
        Iterator<Quad> quads = dsg.find(graphName, Node.ANY, Node.ANY, Node.ANY);
        try {
            quads.forEachRemaining(q -> copy.add(q.asTriple()));
        } finally {
            Iter.close(quads);
        }
        return copy;
    }

    /** Must run inside a write transaction. */
    private Written writeDocument(DocGraph doc) {
        Node graphName = StoreIris.documentGraph(doc.docId());
        Node docNode = StoreIris.documentNode(doc.docId());
        String sha = StoreIris.checkSha256(doc.sha256());
        Optional<String> stored = storedSha(graphName, docNode);
        if (stored.isPresent() && stored.get().equalsIgnoreCase(sha)) {
            return new Written(LoadOutcome.UNCHANGED, 0);
        }
        boolean existed = stored.isPresent() || hasAnyQuad(graphName);
        DatasetGraph direct = direct();
        if (existed) {
            StoreStatistics.Part old = StoreStatistics.partOf(storedGraph(graphName));
            dropGraph(graphName);
            requireEmpty(dsg, graphName, "replacing document " + doc.docId());
            StoreStatistics.subtract(direct, old);
        }
        // before the quads: an event is new to the store when no graph types it yet
        StoreStatistics.add(direct, StoreStatistics.partOf(doc.graph()));
        long[] count = {0};
        // Only the text-indexed predicates go through the text-indexing wrapper (which first checks
        // each quad is new, then records it for the index); the rest goes straight to TDB2.
        doc.graph().find().forEachRemaining(t -> {
            DatasetGraph target = indexedPredicates.contains(t.getPredicate()) ? dsg : direct;
            target.add(graphName, t.getSubject(), t.getPredicate(), t.getObject());
            count[0]++;
        });
        if (!dsg.contains(graphName, docNode, StoreIris.SHA256, Node.ANY)) {
            dsg.add(graphName, docNode, StoreIris.SHA256, NodeFactory.createLiteralString(sha));
            count[0]++;
        }
        return new Written(existed ? LoadOutcome.REPLACED : LoadOutcome.ADDED, count[0]);
    }

    private void writeBatch(List<DocGraph> batch, BulkTally tally) {
        if (batch.isEmpty()) {
            return;
        }
        List<Written> results = new ArrayList<>(batch.size());
        try {
            Txn.executeWrite(dsg, () -> {
                results.clear();
                for (DocGraph doc : batch) {
                    results.add(writeDocument(doc));
                }
            });
            results.forEach(tally::count);
            tally.transactions++;
            LOG.debug("Bulk transaction committed: {} documents", batch.size());
        } catch (RuntimeException batchFailure) {
            LOG.warn("Bulk transaction of {} documents failed ({}); retrying them one by one",
                    batch.size(), batchFailure.toString());
            for (DocGraph doc : batch) {
                try {
                    tally.count(Txn.calculateWrite(dsg, () -> writeDocument(doc)));
                    tally.transactions++;
                } catch (RuntimeException e) {
                    LOG.warn("Document {} not loaded: {}", doc.docId(), e.toString());
                    tally.failed.add(doc.docId());
                }
            }
        }
    }

    private static final class BulkTally {
        int added;
        int replaced;
        int unchanged;
        final List<String> failed = new ArrayList<>();
        long triples;
        int transactions;

        void count(Written written) {
            switch (written.outcome()) {
                case ADDED -> added++;
                case REPLACED -> replaced++;
                case UNCHANGED -> unchanged++;
            }
            triples += written.triples();
        }

        BulkLoadReport report() {
            return new BulkLoadReport(added, replaced, unchanged, failed, triples, transactions);
        }
    }

    /** Checks ids and hash, and that the graph does not contradict the hash. */
    private static DocGraph validated(DocGraph doc) {
        StoreIris.checkDocId(doc.docId());
        String sha = StoreIris.checkSha256(doc.sha256());
        Node docNode = StoreIris.documentNode(doc.docId());
        Iterator<Triple> stated = doc.graph().find(docNode, StoreIris.SHA256, Node.ANY);
        try {
            while (stated.hasNext()) {
                Node value = stated.next().getObject();
                if (!value.isLiteral() || !value.getLiteralLexicalForm().equalsIgnoreCase(sha)) {
                    throw new IllegalArgumentException("Graph of " + doc.docId() + " states nkg:sha256 "
                            + value + " but the document hash is " + sha);
                }
            }
        } finally {
            Iter.close(stated);
        }
        return doc;
    }

    private Optional<String> storedSha(Node graphName, Node docNode) {
        Iterator<Quad> it = dsg.find(graphName, docNode, StoreIris.SHA256, Node.ANY);
        try {
            while (it.hasNext()) {
                Node value = it.next().getObject();
                if (value.isLiteral()) {
                    return Optional.of(value.getLiteralLexicalForm());
                }
            }
            return Optional.empty();
        } finally {
            Iter.close(it);
        }
    }

    /**
     * Deletes every quad of a named graph; must run inside a write transaction.
     * <p>
     * The text-indexed predicates are deleted through the text-indexing wrapper, so their index
     * entries go too. Everything else is deleted in TDB2 itself, by node id: deleting through the
     * wrapper finds each quad and deletes it again by its nodes, and a value TDB2 stores inline
     * (an xsd:decimal written "0.90", read back as "0.9") then encodes to another id and is
     * silently not deleted. Deleting by id is also much faster than one lookup per quad.
     */
    private void dropGraph(Node graphName) {
        for (Node predicate : indexedPredicates) {
            dsg.deleteAny(graphName, Node.ANY, predicate, Node.ANY);
        }
        DatasetGraph base = tdb2Base();
        if (base == null) {
            dsg.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
            return;
        }
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(base).getQuadTable().getNodeTupleTable();
        // Collect first: deleting from the B+trees while iterating them is not safe.
        List<Tuple<NodeId>> rows = Iter.toList(quads.findAsNodeIds(graphName, Node.ANY, Node.ANY, Node.ANY));
        if (!rows.isEmpty()) {
            quads.getTupleTable().deleteAll(rows);
        }
    }

    /** The predicates the text index maps (rdfs:label, skos:altLabel); empty without a text index. */
    private static List<Node> indexedPredicates(DatasetGraph indexed) {
        if (!(indexed instanceof DatasetGraphText text)) {
            return List.of();
        }
        EntityDefinition definition = text.getTextIndex().getDocDef();
        List<Node> predicates = new ArrayList<>();
        for (String field : definition.fields()) {
            for (Node p : definition.getPredicates(field)) {
                if (!predicates.contains(p)) {
                    predicates.add(p);
                }
            }
        }
        return List.copyOf(predicates);
    }

    /**
     * Fails the current write transaction if {@code graphName} still has a quad. A delete that
     * silently misses a quad would leave a stale fact that no later load or remove can reach (TDB2
     * stores numbers, dates and booleans by value: a delete by a different lexical form of the same
     * value once found nothing). Throwing aborts the transaction, so the store keeps its old state.
     */
    static void requireEmpty(DatasetGraph dsg, Node graphName, String action) {
        Iterator<Quad> left = dsg.find(graphName, Node.ANY, Node.ANY, Node.ANY);
        try {
            if (left.hasNext()) {
                Quad example = left.next();
                throw new IllegalStateException("Graph " + graphName.getURI() + " is not empty after " + action
                        + "; still holds e.g. " + example.asTriple() + "; transaction aborted, store unchanged");
            }
        } finally {
            Iter.close(left);
        }
    }

    private boolean hasAnyQuad(Node graphName) {
        return StoreStatistics.hasAnyQuad(dsg, graphName);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("Knowledge store at " + layout.database() + " is closed");
        }
    }
}
