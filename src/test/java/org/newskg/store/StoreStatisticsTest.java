package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ArticleBatch;
import org.newskg.Pipeline;
import org.newskg.article.ArticleFiles;

/**
 * The statistics graph agrees with the same counts taken over every article graph, in a real
 * TDB2 store, after loads (batched writer and the phased first load), replacements and removals.
 */
class StoreStatisticsTest {
    /** queries/events-by-class.rq as it counts over every article graph (what the statistics replace). */
    static final String EVENTS_BY_CLASS_FULL = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            SELECT ?kind (COUNT(DISTINCT ?event) AS ?events) (COUNT(DISTINCT ?mention) AS ?mentions)
                   (COUNT(DISTINCT ?graph) AS ?articles)
            WHERE {
              VALUES ?class { nkg:Deployment nkg:ArmsTransfer nkg:Payment nkg:Aid nkg:TreatySigning nkg:Meeting
                              nkg:Visit nkg:Sanction nkg:Casualty nkg:Trade nkg:LaborMigration }
              ?event a ?class .
              BIND(STRAFTER(STR(?class), "#") AS ?kind)
              OPTIONAL { GRAPH ?graph { ?event nkg:mention ?mention . } }
            } GROUP BY ?kind""";

    /** queries/wikidata-links.rq as it counts over every article graph. */
    static final String WIKIDATA_LINKS_FULL = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            SELECT ?type ?label ?wikidataItem (COUNT(DISTINCT ?mention) AS ?mentions) (COUNT(DISTINCT ?graph) AS ?articles)
            WHERE {
              VALUES ?class { nkg:Person nkg:State nkg:Organization nkg:Place nkg:Treaty }
              ?entity a ?class ; rdfs:label ?label ; owl:sameAs ?wikidataItem .
              BIND(STRAFTER(STR(?class), "#") AS ?type)
              OPTIONAL { GRAPH ?graph { ?entity nkg:mention ?mention . } }
            } GROUP BY ?type ?label ?wikidataItem""";

    @TempDir
    static Path dir;
    static List<DocGraph> seeds;

    @BeforeAll
    static void extractSeeds() throws IOException {
        seeds = new ArrayList<>();
        PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        new ArticleBatch(new Pipeline(), 1).run(ArticleFiles.expand(List.of(Path.of("seeds"))), seeds::add, quiet);
        assertTrue(seeds.size() >= 5, "the seed articles");
    }

    @Test
    void countsFollowLoadsReplacementsAndRemovals() throws IOException {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("incremental"))) {
            // one at a time, not the phased first load: the store is never empty of documents after the first
            store.load(seeds.get(0));
            agree(store, "after the first article");
            try (KnowledgeStore.Writer writer = store.writer()) {
                seeds.subList(1, seeds.size()).forEach(writer::add);
            }
            agree(store, "after every seed");

            // replace one article with a version that lost half its mentions and an event's type
            DocGraph first = seeds.get(0);
            store.load(new DocGraph(first.docId(), "f".repeat(64), thinned(first.graph())));
            agree(store, "after a replacement");

            // the same article under a second id: its events and entities are now told twice
            DocGraph second = seeds.get(1);
            store.load(new DocGraph("copy-of-second", second.sha256(), renamedDocument(second)));
            agree(store, "after a copy");

            store.remove(second.docId());
            agree(store, "after removing an article whose events another article still tells");
            store.remove(first.docId());
            agree(store, "after removing the replaced article");
            for (String id : store.documentIds()) {
                store.remove(id);
            }
            Txn.executeRead(store.dataset(), () ->
                    assertFalse(StoreStatistics.present(store.dataset().asDatasetGraph()), "no statistics left"));
            assertEquals(0, store.quadCount(), "statistics graph not counted as data");
        }
    }

    @Test
    void thePhasedFirstLoadAndARebuildGiveTheSameCounts() {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("phased"))) {
            BulkLoadReport report = store.bulkLoad(seeds.iterator());
            assertEquals(1, report.transactions(), "one phased build");
            assertEquals(seeds.size(), report.added());
            agree(store, "after the phased load");
            java.util.SortedSet<String> loaded = Txn.calculateRead(store.dataset(),
                    () -> StoreStatistics.contents(store.dataset().asDatasetGraph()));
            Txn.executeWrite(store.dataset(), () -> StoreStatistics.rebuild(store.dataset().asDatasetGraph()));
            assertEquals(loaded, Txn.calculateRead(store.dataset(),
                    () -> StoreStatistics.contents(store.dataset().asDatasetGraph())));
            // and the phased load took the labels into the text index
            assertTrue(store.findByLabel("North Korea", 5).contains(TestGraphs.RES + "Q423"));
        }
    }

    @Test
    void aStoreWithoutStatisticsGetsThemWhenOpened() {
        Path db = dir.resolve("old");
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            try (KnowledgeStore.Writer writer = store.writer()) {
                seeds.forEach(writer::add);
            }
            // as a store written before the statistics existed
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .deleteAny(StoreStatistics.GRAPH, Node.ANY, Node.ANY, Node.ANY));
        }
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            agree(store, "after reopening");
        }
    }

    /** The two report queries give the same rows from the statistics as counted over every graph. */
    private static void agree(KnowledgeStore store, String when) throws RuntimeException {
        try {
            assertEquals(rows(store, EVENTS_BY_CLASS_FULL), rows(store, Files.readString(Path.of("queries/events-by-class.rq"))),
                    "events-by-class " + when);
            assertEquals(rows(store, WIKIDATA_LINKS_FULL), rows(store, Files.readString(Path.of("queries/wikidata-links.rq"))),
                    "wikidata-links " + when);
            assertFalse(rows(store, WIKIDATA_LINKS_FULL).isEmpty(), "some linked entity " + when);
            // figures that disagree: the statistics find the events several articles tell
            assertEquals(rows(store, Files.readString(Path.of("src/test/resources/queries-full/conflicting-figures.rq"))),
                    rows(store, Files.readString(Path.of("queries/conflicting-figures.rq"))), "conflicting-figures " + when);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static TreeSet<String> rows(KnowledgeStore store, String query) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            TreeSet<String> out = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query)
                    .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build()) {
                ResultSet rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    StringBuilder row = new StringBuilder();
                    for (String v : vars) {
                        RDFNode n = s.get(v);
                        row.append(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString()).append('\t');
                    }
                    out.add(row.toString());
                }
            }
            return out;
        });
    }

    /** Every other nkg:mention triple dropped, one event dropped whole, and no nkg:sha256 (the text changed). */
    private static Graph thinned(Graph graph) {
        Node droppedEvent = graph.find().toList().stream().map(Triple::getSubject)
                .filter(s -> s.isURI() && s.getURI().contains("/event-")).findFirst().orElseThrow();
        Graph out = GraphFactory.createDefaultGraph();
        int[] n = {0};
        graph.find().forEachRemaining(t -> {
            String p = t.getPredicate().getURI();
            if (p.endsWith("#mention") && n[0]++ % 2 == 0 || p.endsWith("#sha256")
                    || t.getSubject().equals(droppedEvent) || t.getObject().equals(droppedEvent)) {
                return;
            }
            out.add(t);
        });
        return out;
    }

    /** The graph of a document under the id "copy-of-second": document and mention nodes renamed, the rest shared. */
    private static Graph renamedDocument(DocGraph doc) {
        String from = "https://w3id.org/newskg/id/doc-" + doc.docId();
        String mentions = "https://w3id.org/newskg/id/mention-" + doc.docId() + "-";
        Graph out = GraphFactory.createDefaultGraph();
        doc.graph().find().forEachRemaining(t -> out.add(Triple.create(rename(t.getSubject(), from, mentions),
                t.getPredicate(), rename(t.getObject(), from, mentions))));
        return out;
    }

    private static Node rename(Node n, String doc, String mentions) {
        if (!n.isURI()) {
            return n;
        }
        if (n.getURI().equals(doc)) {
            return org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/newskg/id/doc-copy-of-second");
        }
        if (n.getURI().startsWith(mentions)) {
            return org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/newskg/id/mention-copy-of-second-"
                    + n.getURI().substring(mentions.length()));
        }
        return n;
    }
}
