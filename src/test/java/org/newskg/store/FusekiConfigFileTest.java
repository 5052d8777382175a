package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.store.TestGraphs.document;
import static org.newskg.store.TestGraphs.sha;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.assembler.JA;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FusekiConfigFileTest {

    @TempDir
    Path dir;

    @Test
    void bundledAndOnDiskConfigurationsDescribeTheReadOnlyKgService() {
        for (FusekiConfigFile config : List.of(FusekiConfigFile.fromClasspath(),
                FusekiConfigFile.read(Path.of(FusekiConfigFile.RELATIVE_PATH)))) {
            Resource service = config.service();
            Set<String> endpoints = new HashSet<>();
            for (Statement st : service.listProperties(FusekiVocab.pEndpoint).toList()) {
                Resource ep = st.getResource();
                endpoints.add(ep.getProperty(FusekiVocab.pEndpointName).getString() + "="
                        + ep.getPropertyResourceValue(FusekiVocab.pOperation).getLocalName());
            }
            assertEquals(Set.of("sparql=query", "query=query", "get=gsp-r"), endpoints, config.origin());

            Model model = config.model();
            assertTrue(model.contains(null, VocabTDB2.pUnionDefaultGraph, model.createTypedLiteral(true)));
            assertEquals("data/tdb2", model.listObjectsOfProperty(VocabTDB2.pLocation).next().asLiteral().getString());
            assertEquals("data/text", model.listObjectsOfProperty(TextVocab.pDirectory).next().asLiteral().getString());
            assertEquals(List.of("10000,60000", "10000,60000"), timeouts(model));
        }
    }

    @Test
    void layoutAndTimeoutEditsAreApplied() {
        StoreLayout layout = StoreLayout.forDatabase(dir.resolve("tdb2"));
        FusekiConfigFile edited = FusekiConfigFile.fromClasspath().withLayout(layout).withQueryTimeout("500");
        Model model = edited.model();
        assertEquals(layout.database().toString(),
                model.listObjectsOfProperty(VocabTDB2.pLocation).next().asLiteral().getString());
        assertEquals(layout.textIndex().toString(),
                model.listObjectsOfProperty(TextVocab.pDirectory).next().asLiteral().getString());
        assertEquals(List.of("500", "500"), timeouts(model));
        // The original is untouched.
        assertEquals(List.of("10000,60000", "10000,60000"), timeouts(FusekiConfigFile.fromClasspath().model()));
    }

    @Test
    void relativeDatabasePathsResolveAgainstTheWorkingDirectory() {
        Path cwd = Path.of("").toAbsolutePath();
        StoreLayout standard = StoreLayout.standard();
        assertEquals(cwd.resolve("data/tdb2"), standard.database());
        assertEquals(cwd.resolve("data/text"), standard.textIndex());
        assertEquals(cwd.resolve("data/run"), standard.adminArea());
    }

    /** The file is a standard Fuseki configuration: Fuseki's own parser serves it as is. */
    @Test
    void stockFusekiServesTheConfiguration() {
        StoreLayout layout = StoreLayout.forDatabase(dir.resolve("tdb2"));
        try (KnowledgeStore store = KnowledgeStore.open(layout)) {
            store.load("doc-a", sha("a"), document("doc-a", sha("a"), "a"));
        }
        Path configFile = dir.resolve("config.ttl");
        Model model = FusekiConfigFile.load().withLayout(layout).model();
        try (var out = java.nio.file.Files.newOutputStream(configFile)) {
            RDFDataMgr.write(out, model, Lang.TURTLE);
        }  catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // Fuseki's own configuration processing, as fuseki-server --config=FILE does it.
        FusekiServer stock = FusekiServer.create().port(0).loopback(true).parseConfigFile(configFile).build();
        stock.start();
        DataService served = stock.getDataAccessPointRegistry().get("/kg").getDataService();
        try {
            String sparql = "http://localhost:" + stock.getHttpPort() + "/kg/sparql";
            HttpResponse<String> r = Http.query(sparql, NewsKgServerTest.PREFIXES
                    + "SELECT DISTINCT ?s { ?s text:query (skos:altLabel 'pentagon') }");
            assertEquals(List.of("s", "https://w3id.org/newskg/id/Q11208"), NewsKgServerTest.lines(r.body()));
            HttpResponse<String> g = Http.query(sparql,
                    "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }");
            // the article's graph, and the statistics graph the store keeps with every load
            assertEquals(java.util.Set.of("g", "https://w3id.org/newskg/graph/doc-a", StoreStatistics.GRAPH_IRI),
                    new java.util.HashSet<>(NewsKgServerTest.lines(g.body())));
            assertEquals(404, Http.post("http://localhost:" + stock.getHttpPort() + "/kg/update",
                    "application/sparql-update", "DROP ALL").statusCode());
            HttpResponse<String> viaQuery = Http.post(sparql, "application/sparql-update", "DROP ALL");
            assertFalse(viaQuery.statusCode() < 300, "no update through the query endpoint");
        } finally {
            stock.stop();
            // Release the TDB2 database and the Lucene writer the stock server opened.
            served.shutdown();
        }
        try (KnowledgeStore reopened = KnowledgeStore.open(layout)) {
            assertEquals(List.of("doc-a"), reopened.documentIds());
        }
    }

    private static List<String> timeouts(Model model) {
        return model.listStatements(null, JA.cxtName, "arq:queryTimeout").toList().stream()
                .map(Statement::getSubject)
                .map(cxt -> cxt.getProperty(JA.cxtValue).getObject())
                .map(RDFNode::asLiteral)
                .map(l -> l.getLexicalForm())
                .toList();
    }
}
