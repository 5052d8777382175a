package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.store.TestGraphs.document;
import static org.newskg.store.TestGraphs.sha;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #7: queries cut off by the server's timeout must not leave their read transactions open,
 * or the store can no longer be closed ("Can't expel: Active transactions"). Seen only with
 * several queries at once: concurrent aborts of read transactions failed inside TDB2.
 */
class QueryTimeoutTransactionTest {

    /** A cross product over every quad, four times: far longer than the timeout on any store. */
    private static final String ENDLESS = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    private static final int CLIENTS = 16;

    @TempDir
    Path dir;

    @Test
    void timedOutQueriesEndTheirTransactionsSoTheStoreClosesAndAcceptsWrites() throws Exception {
        Path db = dir.resolve("tdb2");
        KnowledgeStore store = KnowledgeStore.open(db);
        for (int i = 0; i < 40; i++) {
            store.load("doc-" + i, sha("v" + i), document("doc-" + i, sha("v" + i), "v" + i));
        }
        try (NewsKgServer server = new NewsKgServer(store,
                NewsKgServer.Options.defaults().withPort(0).withQueryTimeout("200"))) {
            server.start();
            String sparql = server.datasetUrl() + "/sparql";
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < CLIENTS * 2; i++) {
                    answers.add(clients.submit(() -> Http.query(sparql, ENDLESS)));
                }
                for (Future<HttpResponse<String>> answer : answers) {
                    assertEquals(503, answer.get().statusCode(), "the query should have been stopped by the timeout");
                }
            } finally {
                clients.shutdownNow();
            }
            assertEquals(0, store.awaitNoActiveTransactions(Duration.ofSeconds(10)),
                    "read transactions of timed-out queries are still open");
            assertEquals(LoadOutcome.ADDED, store.load("doc-late", sha("late"), document("doc-late", sha("late"), "late")));
            assertEquals(200, Http.query(sparql, "ASK { ?s ?p ?o }").statusCode());
        }
        assertDoesNotThrow(store::close, "closing the store after timed-out queries");
        try (KnowledgeStore reopened = KnowledgeStore.open(db)) {
            assertTrue(reopened.documentIds().contains("doc-late"));
            assertEquals(41, reopened.documentIds().size());
        }
    }

    @Test
    void concurrentAbortsOfReadTransactionsLeaveNoneOpen() throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("tdb2"))) {
            store.load("doc-a", sha("a"), document("doc-a", sha("a"), "a"));
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            ExecutorService readers = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < CLIENTS * 4; i++) {
                    done.add(readers.submit(() -> {
                        dsg.begin(ReadWrite.READ);
                        try {
                            assertTrue(dsg.find().hasNext());
                            Thread.sleep(5);
                            dsg.abort();
                        } finally {
                            dsg.end();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                readers.shutdownNow();
            }
            assertEquals(0, store.activeTransactions());
            // a write still aborts and rolls back
            dsg.begin(ReadWrite.WRITE);
            dsg.delete(dsg.find().next());
            dsg.abort();
            dsg.end();
            assertEquals(0, store.activeTransactions());
            assertEquals(TestGraphs.document("doc-a", sha("a"), "a").size() , store.tripleCount("doc-a"));
        }
    }
}
