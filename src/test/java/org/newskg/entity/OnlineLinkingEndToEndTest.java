package org.newskg.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.NewsKg;
import org.newskg.store.KnowledgeStore;

/** extract and load with --link-online, pointed at a local server that answers like Wikidata. */
class OnlineLinkingEndToEndTest {
    private static final String ARTICLE = """
            Poland pledges more shells to Ukraine

            Date: 2024-05-14

            Poland's defence minister Marek Kowalczyk said on Tuesday that Warsaw would send another 100,000 \
            artillery shells to Ukraine by the end of the year.

            Kowalczyk told reporters in Warsaw that the first shipment would leave in June.
            """;
    private static final String PREFIXES = """
            PREFIX res: <https://w3id.org/newskg/id/>
            PREFIX graph: <https://w3id.org/newskg/graph/>
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    private static WikidataTestServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        server = new WikidataTestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private Path article() throws IOException {
        Path file = dir.resolve("Warsaw-Shells.txt");
        Files.writeString(file, ARTICLE, StandardCharsets.UTF_8);
        return file;
    }

    private static boolean ask(Dataset ds, String where) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + "ASK { " + where + " }").build()) {
            return qe.execAsk();
        }
    }

    @Test
    void extractWritesTheLinkedPersonWithItsWikidataIri() throws IOException {
        Path file = article();
        Path out = dir.resolve("out.trig");
        Path cache = dir.resolve("wd-cache");
        int before = server.requests();
        assertEquals(0, NewsKg.run("extract", file.toString(), "-o", out.toString(), "--link-online",
                "--wikidata-url", server.baseUrl().toString(), "--wikidata-cache", cache.toString()));
        assertTrue(server.requests() > before, "the local server was asked");

        Dataset ds = RDFDataMgr.loadDataset(out.toString());
        assertTrue(ask(ds, "GRAPH graph:warsaw-shells { res:Q110912345 owl:sameAs wd:Q110912345 ; "
                + "a nkg:Person ; rdfs:label \"Marek Kowalczyk\" ; nkg:mention ?m }"), "the linked person, IRI res:Q…");
        assertFalse(ask(ds, "GRAPH ?g { { res:person-marek-kowalczyk ?p ?o } UNION { ?s ?p res:person-marek-kowalczyk } }"),
                "no name-derived IRI is left for him, in entities or events");

        // the same run again: answers come from the cache, the graph is the same
        int asked = server.requests();
        Path again = dir.resolve("again.trig");
        assertEquals(0, NewsKg.run("extract", file.toString(), "-o", again.toString(), "--link-online",
                "--wikidata-url", server.baseUrl().toString(), "--wikidata-cache", cache.toString()));
        assertEquals(asked, server.requests(), "a repeated run makes no request");
        Node g = NodeFactory.createURI("https://w3id.org/newskg/graph/warsaw-shells");
        assertTrue(RDFDataMgr.loadDatasetGraph(again.toString()).getGraph(g).isIsomorphicWith(ds.asDatasetGraph().getGraph(g)));
    }

    @Test
    void withoutTheOptionNothingIsAskedAndTheNameKeepsItsLocalIri() throws IOException {
        Path out = dir.resolve("offline.trig");
        int before = server.requests();
        assertEquals(0, NewsKg.run("extract", article().toString(), "-o", out.toString(),
                "--wikidata-url", server.baseUrl().toString()));
        assertEquals(before, server.requests(), "the default path makes no request");
        Dataset ds = RDFDataMgr.loadDataset(out.toString());
        assertTrue(ask(ds, "GRAPH ?g { res:person-marek-kowalczyk a nkg:Person }"));
        assertFalse(ask(ds, "GRAPH ?g { res:Q110912345 ?p ?o }"));
    }

    @Test
    void loadLinksOnlineToo() throws IOException {
        Path db = dir.resolve("tdb2");
        assertEquals(0, NewsKg.run("load", article().toString(), "--db", db.toString(), "--link-online",
                "--wikidata-url", server.baseUrl().toString(), "--wikidata-cache", dir.resolve("c").toString()));
        try (KnowledgeStore kg = KnowledgeStore.open(db)) {
            assertTrue(Txn.calculateRead(kg.dataset(), () -> ask(kg.dataset(),
                    "GRAPH graph:warsaw-shells { res:Q110912345 owl:sameAs wd:Q110912345 }")));
        }
    }

    @Test
    void aBadWikidataUrlIsAUsageError() throws IOException {
        Path out = dir.resolve("never.trig");
        assertEquals(2, NewsKg.run("extract", article().toString(), "-o", out.toString(), "--link-online",
                "--wikidata-url", "ftp://www.wikidata.org"));
        assertFalse(Files.exists(out));
    }
}
