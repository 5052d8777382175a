package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.store.Http.enc;
import static org.newskg.store.NewsKgServerTest.PREFIXES;
import static org.newskg.store.NewsKgServerTest.lines;
import static org.newskg.store.TestGraphs.document;
import static org.newskg.store.TestGraphs.sha;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server started with updates allowed (admin password) and a short query timeout. */
class NewsKgServerUpdateTest {

    private static final String PASSWORD = "s3cret-for-tests";

    @TempDir
    static Path dir;

    static KnowledgeStore store;
    static NewsKgServer server;

    @BeforeAll
    static void startServer() {
        store = KnowledgeStore.open(dir.resolve("tdb2"));
        store.load("doc-a", sha("a"), document("doc-a", sha("a"), "a"));
        // Warm the query and Lucene code paths so the short timeout below only hits the long query.
        store.findByLabel("pentagon", 1);
        NewsKgServer.Options options = NewsKgServer.Options.defaults().withPort(0)
                .withUpdates(PASSWORD).withQueryTimeout("1000,3000");
        server = new NewsKgServer(store, options).start();
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
    void updatesNeedAPassword() {
        assertThrows(IllegalArgumentException.class,
                () -> NewsKgServer.Options.defaults().withUpdates(null));
        assertThrows(IllegalArgumentException.class,
                () -> NewsKgServer.Options.defaults().withUpdates(" "));
        assertTrue(NewsKgServer.Options.defaults().withUpdates("pw").toString().contains("***"));
        assertTrue(!NewsKgServer.Options.defaults().withUpdates("pw").toString().contains("pw,"));
    }

    @Test
    void authenticatedUpdateWorksAndIsIndexed() {
        String update = PREFIXES + """
                INSERT DATA { GRAPH <https://w3id.org/newskg/graph/doc-manual> {
                  res:person-jane-roe rdfs:label "Jane Roe" ; skos:altLabel "Zanzibar envoy" } }
                """;
        HttpResponse<String> ok = Http.postAs(server.datasetUrl() + "/update", "application/sparql-update",
                update, NewsKgServer.ADMIN_USER, PASSWORD);
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
        assertEquals(2, store.tripleCount("doc-manual"));

        HttpResponse<String> found = Http.query(server.datasetUrl() + "/sparql",
                PREFIXES + "SELECT DISTINCT ?s { ?s text:query (skos:altLabel 'zanzibar') }");
        assertEquals(List.of("s", "https://w3id.org/newskg/id/person-jane-roe"), lines(found.body()));

        HttpResponse<String> dropped = Http.postAs(server.datasetUrl() + "/update", "application/sparql-update",
                "DROP GRAPH <https://w3id.org/newskg/graph/doc-manual>", NewsKgServer.ADMIN_USER, PASSWORD);
        assertTrue(dropped.statusCode() == 200 || dropped.statusCode() == 204, dropped.body());
        assertEquals(0, store.tripleCount("doc-manual"));
        HttpResponse<String> gone = Http.query(server.datasetUrl() + "/sparql",
                PREFIXES + "SELECT DISTINCT ?s { ?s text:query (skos:altLabel 'zanzibar') }");
        assertEquals(List.of("s"), lines(gone.body()));
    }

    @Test
    void unauthenticatedOrWrongPasswordUpdatesAreChallenged() {
        long before = store.quadCount();
        String update = "INSERT DATA { GRAPH <https://w3id.org/newskg/graph/x> { <urn:a> <urn:b> <urn:c> } }";
        HttpResponse<String> anonymous = Http.post(server.datasetUrl() + "/update", "application/sparql-update", update);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, Http.postAs(server.datasetUrl() + "/update", "application/sparql-update", update,
                NewsKgServer.ADMIN_USER, "wrong").statusCode());
        assertEquals(401, Http.postAs(server.datasetUrl() + "/update", "application/sparql-update", update,
                "someone", PASSWORD).statusCode());
        assertEquals(401, Http.method("PUT", server.datasetUrl() + "/data?graph=" + enc("urn:g"),
                "application/n-triples", "<urn:a> <urn:b> <urn:c> .").statusCode());
        assertEquals(401, Http.postForm(server.baseUrl() + "/$/compact/kg", "").statusCode());
        assertEquals(401, Http.postForm(server.baseUrl() + "/$/datasets", "dbName=x&dbType=mem").statusCode());
        assertEquals(before, store.quadCount());
        // Reads stay anonymous.
        assertEquals(200, Http.query(server.datasetUrl() + "/sparql", "ASK { ?s ?p ?o }").statusCode());
    }

    @Test
    void authenticatedGraphStoreWriteWorks() {
        String target = server.datasetUrl() + "/data?graph=" + enc("https://w3id.org/newskg/graph/doc-gsp");
        HttpResponse<String> put = Http.methodAs("PUT", target, "application/n-triples",
                "<https://w3id.org/newskg/id/x> <http://www.w3.org/2000/01/rdf-schema#label> \"X\" .",
                NewsKgServer.ADMIN_USER, PASSWORD);
        assertTrue(put.statusCode() == 200 || put.statusCode() == 201 || put.statusCode() == 204, put.body());
        assertEquals(1, store.tripleCount("doc-gsp"));
        assertTrue(store.remove("doc-gsp"));
    }

    @Test
    void authenticatedAdminBackupWorks() throws Exception {
        HttpResponse<String> backup = Http.postAs(server.baseUrl() + "/$/backup/kg",
                "application/x-www-form-urlencoded", "", NewsKgServer.ADMIN_USER, PASSWORD);
        assertEquals(200, backup.statusCode(), backup.body());
        Path backups = store.layout().adminArea().resolve("backups");
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline) && !hasFiles(backups)) {
            Thread.sleep(100);
        }
        assertTrue(hasFiles(backups), "backup written under " + backups);
    }

    @Test
    void longQueryIsStoppedByTheTimeout() {
        // Six-way cross product of ~20 triples: 64 million rows to count, far beyond the timeout.
        String crossProduct = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?o ?p . ?q ?r ?s }";
        Instant start = Instant.now();
        HttpResponse<String> r = Http.query(server.datasetUrl() + "/sparql", crossProduct);
        Duration took = Duration.between(start, Instant.now());
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(took.toSeconds() < 10, "stopped after " + took);
        // The server is still fine afterwards.
        assertEquals(200, Http.query(server.datasetUrl() + "/sparql", "ASK { ?s ?p ?o }").statusCode());
    }

    private static boolean hasFiles(Path directory) throws java.io.IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (var files = Files.list(directory)) {
            return files.findAny().isPresent();
        }
    }
}
