package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.store.Http.enc;
import static org.newskg.store.TestGraphs.document;
import static org.newskg.store.TestGraphs.sha;
import static org.newskg.store.TestGraphs.singleEntity;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default, read-only server over real HTTP. */
class NewsKgServerTest {

    static final String PREFIXES = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX kgtext: <https://w3id.org/newskg/text#>
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX res: <https://w3id.org/newskg/id/>
            """;

    @TempDir
    static Path dir;

    static KnowledgeStore store;
    static NewsKgServer server;
    static String sparql;

    @BeforeAll
    static void startServer() {
        store = KnowledgeStore.open(dir.resolve("tdb2"));
        store.load("doc-a", sha("a"), document("doc-a", sha("a"), "a"));
        store.load("doc-b", sha("b"), singleEntity("doc-b", sha("b"), "person-pat-ryder", "Pat Ryder", "Pentagon spokesman"));
        server = new NewsKgServer(store, NewsKgServer.Options.defaults().withPort(0)).start();
        sparql = server.datasetUrl() + "/sparql";
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void listensOnAFreeLoopbackPortAndKeepsItsAdminAreaNextToTheStore() {
        assertTrue(server.port() > 0);
        assertTrue(server.baseUrl().startsWith("http://localhost:"));
        assertTrue(dir.resolve("run").toFile().isDirectory(), "FUSEKI_BASE should be the layout's admin area");
    }

    @Test
    void unionDefaultGraphSeesAllDocuments() {
        HttpResponse<String> r = Http.query(sparql, PREFIXES + "SELECT ?s { ?s rdfs:label ?l } ORDER BY ?s");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("https://w3id.org/newskg/id/person-pat-ryder"), r.body());
        assertTrue(r.body().contains("https://w3id.org/newskg/id/Q11208"), r.body());
        // The same through /kg/query.
        assertEquals(200, Http.query(server.datasetUrl() + "/query", "ASK { ?s ?p ?o }").statusCode());
    }

    @Test
    void graphVariableTellsWhichDocument() {
        HttpResponse<String> r = Http.query(sparql,
                PREFIXES + "SELECT ?g { GRAPH ?g { res:person-pat-ryder rdfs:label ?l } }");
        assertEquals(List.of("g", "https://w3id.org/newskg/graph/doc-b"), lines(r.body()));
    }

    @Test
    void textSearchFindsEntitiesByAlias() {
        HttpResponse<String> r = Http.query(sparql,
                PREFIXES + "SELECT DISTINCT ?s { ?s text:query (skos:altLabel 'Pentagon') } ORDER BY ?s");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("s", "https://w3id.org/newskg/id/Q11208", "https://w3id.org/newskg/id/person-pat-ryder"),
                lines(r.body()));
        HttpResponse<String> any = Http.query(sparql,
                PREFIXES + "SELECT DISTINCT ?s { ?s text:query (kgtext:anyLabel 'ryder') }");
        assertEquals(List.of("s", "https://w3id.org/newskg/id/person-pat-ryder"), lines(any.body()));
    }

    @Test
    void queriesMayAlsoBePosted() {
        HttpResponse<String> form = Http.send(Http.request(sparql)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("query=" + enc("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")))
                .build());
        assertEquals(200, form.statusCode(), form.body());
        HttpResponse<String> direct = Http.post(sparql, "application/sparql-query", "ASK { ?s ?p ?o }");
        assertEquals(200, direct.statusCode(), direct.body());
        assertTrue(direct.body().contains("true"));
    }

    @Test
    void graphStoreReadReturnsADocumentGraph() {
        HttpResponse<String> r = Http.get(server.datasetUrl() + "/get?graph="
                + enc("https://w3id.org/newskg/graph/doc-b"), "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Pat Ryder"));
    }

    @Test
    void malformedQueryIsABadRequest() {
        assertEquals(400, Http.query(sparql, "SELEKT ?s WHERE { ?s ").statusCode());
    }

    @Test
    void uiPageAndItsScriptsAreServed() {
        HttpResponse<String> page = Http.get(server.baseUrl() + "/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Fuseki"), page.body());
        Matcher script = Pattern.compile("src=\"([^\"]+\\.js)\"").matcher(page.body());
        assertTrue(script.find(), "the page references a script: " + page.body());
        String src = script.group(1);
        String url = src.startsWith("http") ? src : server.baseUrl() + (src.startsWith("/") ? "" : "/") + src;
        HttpResponse<String> js = Http.get(url);
        assertEquals(200, js.statusCode(), url);
        assertTrue(js.body().length() > 1000);
    }

    @Test
    void adminReadEndpointsAnswer() {
        assertEquals(200, Http.get(server.baseUrl() + "/$/ping").statusCode());
        HttpResponse<String> datasets = Http.get(server.baseUrl() + "/$/datasets", "application/json");
        assertEquals(200, datasets.statusCode());
        assertTrue(datasets.body().contains("\"/kg\""), datasets.body());
        HttpResponse<String> status = Http.get(server.baseUrl() + "/$/server", "application/json");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("/kg"), status.body());
        assertEquals(200, Http.get(server.baseUrl() + "/$/stats").statusCode());
    }

    @Test
    void anonymousUpdatesAreRefusedAndChangeNothing() {
        long before = store.quadCount();
        String update = "INSERT DATA { GRAPH <https://w3id.org/newskg/graph/x> { <urn:a> <urn:b> <urn:c> } }";
        String drop = "DROP ALL";

        assertRefused(Http.post(server.datasetUrl() + "/update", "application/sparql-update", update));
        assertRefused(Http.postForm(server.datasetUrl() + "/update", "update=" + enc(drop)));
        assertRefused(Http.postForm(sparql, "update=" + enc(update)));
        assertRefused(Http.post(sparql, "application/sparql-update", drop));
        assertRefused(Http.postForm(sparql, "query=" + enc("ASK {}") + "&update=" + enc(drop)));
        assertRefused(Http.post(server.datasetUrl(), "application/sparql-update", drop));
        assertRefused(Http.get(sparql + "?update=" + enc(drop)));
        // Graph Store Protocol writes, on the read endpoint and on the dataset.
        String graph = "?graph=" + enc("https://w3id.org/newskg/graph/doc-b");
        assertRefused(Http.method("PUT", server.datasetUrl() + "/get" + graph, "application/n-triples", ""));
        assertRefused(Http.method("DELETE", server.datasetUrl() + "/get" + graph, "text/plain", ""));
        assertRefused(Http.post(server.datasetUrl() + graph, "application/n-triples", "<urn:a> <urn:b> <urn:c> ."));
        assertRefused(Http.post(server.datasetUrl() + "/data" + graph, "application/n-triples", "<urn:a> <urn:b> <urn:c> ."));

        assertEquals(before, store.quadCount());
        assertEquals(2, store.documentIds().size());
    }

    @Test
    void adminWritesAreRefused() {
        String base = server.baseUrl();
        assertRefused(Http.postForm(base + "/$/datasets", "dbName=evil&dbType=mem"));
        assertRefused(Http.postForm(base + "/%24/datasets", "dbName=evil&dbType=mem"));
        assertRefused(Http.postForm(base + "/$/datasets/kg", "state=offline"));
        assertRefused(Http.method("DELETE", base + "/$/datasets/kg", "text/plain", ""));
        assertRefused(Http.postForm(base + "/$/backup/kg", ""));
        assertRefused(Http.postForm(base + "/$/compact/kg", "deleteOld=true"));
        assertRefused(Http.postForm(base + "/$/sleep", "interval=1"));
        assertRefused(Http.postForm(base + "/$/tasks", ""));
        assertRefused(Http.post(base + "/$/upload", "text/turtle", "<urn:a> <urn:b> <urn:c> ."));

        HttpResponse<String> datasets = Http.get(base + "/$/datasets", "application/json");
        assertFalse(datasets.body().contains("evil"));
        assertTrue(datasets.body().contains("\"/kg\""));
        assertEquals(200, Http.query(sparql, "ASK { ?s ?p ?o }").statusCode(), "the dataset stays online");
        assertFalse(dir.resolve("run").resolve("backups").toFile().exists()
                && dir.resolve("run").resolve("backups").toFile().list().length > 0, "no backup was written");
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertEquals(403, response.statusCode(),
                response.request().method() + " " + response.request().uri() + " -> " + response.body());
    }

    static List<String> lines(String csv) {
        return csv.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
