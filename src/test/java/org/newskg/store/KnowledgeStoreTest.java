package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.store.TestGraphs.document;
import static org.newskg.store.TestGraphs.failingAfter;
import static org.newskg.store.TestGraphs.sha;
import static org.newskg.store.TestGraphs.singleEntity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeStoreTest {

    private static final String PREFIXES = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX kgtext: <https://w3id.org/newskg/text#>
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX res: <https://w3id.org/newskg/id/>
            """;

    @TempDir
    Path dir;

    private KnowledgeStore store;

    @BeforeEach
    void open() {
        store = KnowledgeStore.open(dir.resolve("tdb2"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void layoutPutsTheTextIndexNextToTheDatabase() {
        assertEquals(dir.resolve("text").toAbsolutePath(), store.layout().textIndex());
        assertTrue(store.hasTextIndex());
        StoreLayout other = StoreLayout.forDatabase(dir.resolve("bench"));
        assertEquals(dir.resolve("bench-text").toAbsolutePath(), other.textIndex());
    }

    @Test
    void loadReloadAndRemoveKeepCountsRight() {
        String shaA = sha("a");
        Graph a = document("doc-a", shaA, "v1");
        assertEquals(LoadOutcome.ADDED, store.load("doc-a", shaA, a));
        assertEquals(a.size(), store.tripleCount("doc-a"));
        assertEquals(a.size(), store.quadCount());

        assertEquals(LoadOutcome.UNCHANGED, store.load("doc-a", shaA, document("doc-a", shaA, "ignored")));
        assertEquals(a.size(), store.quadCount());

        String shaB = sha("b");
        Graph b = document("doc-b", shaB, "v1");
        assertEquals(LoadOutcome.ADDED, store.load("doc-b", shaB, b));
        assertEquals(a.size() + b.size(), store.quadCount());
        assertEquals(List.of("doc-a", "doc-b"), store.documentIds());

        // Changed text: the graph is replaced, not merged (the old event label must go).
        String shaA2 = sha("a, edited");
        Graph a2 = document("doc-a", shaA2, "v2");
        a2.add(Triple.create(TestGraphs.res("extra"), RDFS.label.asNode(), TestGraphs.lit("Extra")));
        assertEquals(LoadOutcome.REPLACED, store.load("doc-a", shaA2, a2));
        assertEquals(a2.size(), store.tripleCount("doc-a"));
        assertEquals(a2.size() + b.size(), store.quadCount());
        assertEquals(shaA2, store.storedSha256("doc-a").orElseThrow());
        assertEquals(0, countSelect("SELECT * { GRAPH <https://w3id.org/newskg/graph/doc-a> "
                + "{ ?e rdfs:label 'Freedonia deploys troops v1' } }"), "the old version's triples are gone");
        assertEquals(1, countSelect("SELECT * { GRAPH <https://w3id.org/newskg/graph/doc-a> "
                + "{ ?e rdfs:label 'Freedonia deploys troops v2' } }"));

        assertTrue(store.remove("doc-b"));
        assertFalse(store.remove("doc-b"));
        assertEquals(a2.size(), store.quadCount());
        assertEquals(0, store.tripleCount("doc-b"));
        assertEquals(List.of("doc-a"), store.documentIds());
    }

    @Test
    void hashIsAddedWhenTheGraphLacksItAndContradictionsAreRefused() {
        String s = sha("x");
        Graph noHash = GraphFactory.createDefaultGraph();
        noHash.add(Triple.create(TestGraphs.res("person-x"), RDFS.label.asNode(), TestGraphs.lit("X")));
        assertEquals(LoadOutcome.ADDED, store.load("doc-x", s, noHash));
        assertEquals(2, store.tripleCount("doc-x"));
        assertEquals(s, store.storedSha256("doc-x").orElseThrow());
        assertEquals(LoadOutcome.UNCHANGED, store.load("doc-x", s.toUpperCase(), noHash));

        Graph contradicting = document("doc-y", sha("other"), "v1");
        assertThrows(IllegalArgumentException.class, () -> store.load("doc-y", sha("y"), contradicting));
        assertThrows(IllegalArgumentException.class, () -> store.load("Doc Y", sha("y"), contradicting));
        assertThrows(IllegalArgumentException.class, () -> store.load("doc-y", "nothex", contradicting));
        assertThrows(IllegalArgumentException.class, () -> store.load("ontology", sha("y"), noHash));
        assertEquals(2, store.quadCount());
    }

    @Test
    void unionDefaultGraphSeesAllDocumentsAndGraphTellsWhich() {
        store.load("doc-a", sha("a"), singleEntity("doc-a", sha("a"), "person-ann", "Ann Smith", "Ms. Smith"));
        store.load("doc-b", sha("b"), singleEntity("doc-b", sha("b"), "person-bob", "Bob Jones", "Mr. Jones"));

        assertEquals(2, countSelect("SELECT ?p { ?p a nkg:Person }"));
        List<String> graphs = selectStrings(
                "SELECT ?g { GRAPH ?g { res:person-bob rdfs:label ?l } }", "g");
        assertEquals(List.of("https://w3id.org/newskg/graph/doc-b"), graphs);
    }

    @Test
    void sharedLabelSurvivesUntilItsLastDocumentIsRemoved() {
        // The same entity, asserted by two documents.
        store.load("doc-a", sha("a"), document("doc-a", sha("a"), "a"));
        store.load("doc-b", sha("b"), document("doc-b", sha("b"), "b"));
        String labelQuery = "SELECT DISTINCT ?l { res:Q11208 skos:altLabel ?l }";
        String textQuery = "SELECT DISTINCT ?s { ?s text:query (skos:altLabel 'pentagon') }";
        assertEquals(2, countSelect(labelQuery));
        assertEquals(1, countSelect(textQuery));

        store.remove("doc-a");
        assertEquals(2, countSelect(labelQuery));
        assertEquals(1, countSelect(textQuery));
        assertEquals(0, countSelect("SELECT * { GRAPH <https://w3id.org/newskg/graph/doc-a> { ?s ?p ?o } }"));

        store.remove("doc-b");
        assertEquals(0, countSelect(labelQuery));
        assertEquals(0, countSelect(textQuery), "removed triples must leave the text index");
        assertEquals(0, store.quadCount());
    }

    @Test
    void textSearchFindsEntitiesByAnyAlias() {
        store.load("doc-a", sha("a"), document("doc-a", sha("a"), "a"));
        store.load("doc-c", sha("c"), singleEntity("doc-c", sha("c"), "person-pat-ryder", "Pat Ryder", "Pentagon spokesman"));
        String pentagon = TestGraphs.RES + "Q11208";
        String ryder = TestGraphs.RES + "person-pat-ryder";

        assertEquals(Set.of(pentagon, ryder),
                new TreeSet<>(selectStrings("SELECT DISTINCT ?s { ?s text:query (skos:altLabel 'Pentagon') }", "s")));
        assertEquals(List.of(ryder),
                selectStrings("SELECT DISTINCT ?s { ?s text:query (rdfs:label 'ryder') }", "s"));
        assertEquals(List.of(pentagon), selectStrings(
                "SELECT DISTINCT ?s { ?s text:query (kgtext:anyLabel '\"defense department\"') }", "s"));
        assertEquals(List.of(pentagon), store.findByLabel("department of defense", 5));
        assertEquals(List.of(ryder), store.findByLabel("Pat Ryder", 5));
        assertEquals(List.of(), store.findByLabel("nobody here", 5));
        // Restricted to a named graph, the graph field filters hits.
        assertEquals(List.of(), selectStrings("SELECT DISTINCT ?s { GRAPH <https://w3id.org/newskg/graph/doc-a> "
                + "{ ?s text:query (rdfs:label 'ryder') } }", "s"));
    }

    @Test
    void failureInsideALoadLeavesTheStoreUnchanged() {
        String s = sha("a");
        Graph good = document("doc-a", s, "v1");
        store.load("doc-a", s, good);
        long before = store.quadCount();

        Graph broken = failingAfter(document("doc-a", sha("a2"), "v2"), 5);
        assertThrows(IllegalStateException.class, () -> store.load("doc-a", sha("a2"), broken));
        assertEquals(before, store.quadCount());
        assertEquals(s, store.storedSha256("doc-a").orElseThrow());
        assertThrows(IllegalStateException.class,
                () -> store.load("doc-new", sha("n"), failingAfter(singleEntity("doc-new", sha("n"), "person-n", "Nina Novak", "Ms. Novak"), 2)));
        assertEquals(List.of("doc-a"), store.documentIds());
        assertEquals(0, countSelect("SELECT ?s { ?s text:query (skos:altLabel 'novak') }"),
                "an aborted transaction must not leave index entries");

        // The store still works after the aborts.
        assertEquals(LoadOutcome.ADDED, store.load("doc-b", sha("b"), document("doc-b", sha("b"), "b")));
        assertEquals(1, countSelect("SELECT DISTINCT ?s { ?s text:query (skos:altLabel 'pentagon') }"));
    }

    @Test
    void ontologyIsWrittenOnlyWhenAbsentOrChanged() {
        Graph ontology = GraphFactory.createDefaultGraph();
        ontology.add(Triple.create(TestGraphs.nkg("Person"), RDF.type.asNode(), OWL.Class.asNode()));
        ontology.add(Triple.create(TestGraphs.nkg("Person"), RDFS.label.asNode(), TestGraphs.lit("person")));
        assertTrue(store.ensureOntology(ontology));
        assertFalse(store.ensureOntology(ontology));
        assertEquals(2, store.quadCount());
        assertEquals(List.of(), store.documentIds());

        ontology.add(Triple.create(TestGraphs.nkg("State"), RDF.type.asNode(), OWL.Class.asNode()));
        assertTrue(store.ensureOntology(ontology));
        assertEquals(3, store.quadCount());
    }

    @Test
    void bulkLoadWritesManyDocumentsInFewTransactions() {
        List<DocGraph> docs = new ArrayList<>();
        long triples = 0;
        for (int i = 0; i < 40; i++) {
            String id = "bulk-" + i;
            Graph g = singleEntity(id, sha(id), "person-p" + i, "Person Number" + i, "Alias" + i);
            docs.add(new DocGraph(id, sha(id), g));
            triples += g.size();
        }
        BulkLoadReport report = store.bulkLoad(docs.iterator(), 60);
        assertEquals(40, report.added());
        assertEquals(List.of(), report.failed());
        assertEquals(triples, report.triplesWritten());
        assertEquals(triples, store.quadCount());
        assertTrue(report.transactions() <= 4, "transactions: " + report.transactions());
        assertEquals(List.of(TestGraphs.RES + "person-p17"), store.findByLabel("Alias17", 3));

        // Second pass: one changed, one broken, the rest unchanged.
        List<DocGraph> again = new ArrayList<>(docs);
        again.set(3, new DocGraph("bulk-3", sha("bulk-3 v2"),
                singleEntity("bulk-3", sha("bulk-3 v2"), "person-p3", "Person Number3", "Renamed")));
        again.set(5, new DocGraph("bulk-5", sha("bulk-5 v2"),
                failingAfter(singleEntity("bulk-5", sha("bulk-5 v2"), "person-p5", "X", "Y"), 1)));
        BulkLoadReport second = store.bulkLoad(again.iterator());
        assertEquals(1, second.replaced());
        assertEquals(38, second.unchanged());
        assertEquals(List.of("bulk-5"), second.failed());
        assertEquals(sha("bulk-5"), store.storedSha256("bulk-5").orElseThrow());
        assertEquals(triples, store.quadCount());
    }

    @Test
    void dataPersistsAcrossReopen() {
        store.load("doc-a", sha("a"), document("doc-a", sha("a"), "a"));
        long quads = store.quadCount();
        store.close();
        store = KnowledgeStore.open(dir.resolve("tdb2"));
        assertEquals(quads, store.quadCount());
        assertEquals(List.of(TestGraphs.RES + "Q11208"), store.findByLabel("pentagon", 5));
        assertTrue(Files.isDirectory(dir.resolve("text")));
    }

    @Test
    void closedStoreRefusesWork() {
        store.close();
        assertThrows(IllegalStateException.class, store::quadCount);
        assertThrows(IllegalStateException.class, () -> store.remove("doc-a"));
    }

    // ---- helpers

    private int countSelect(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PREFIXES + query).build()) {
                int n = 0;
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    rs.next();
                    n++;
                }
                return n;
            }
        });
    }

    private List<String> selectStrings(String query, String var) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PREFIXES + query).build()) {
                List<String> out = new ArrayList<>();
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    var node = row.get(var);
                    out.add(node.isResource() ? node.asResource().getURI() : node.asLiteral().getLexicalForm());
                }
                return out;
            }
        });
    }
}
