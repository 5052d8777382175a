package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.newskg.store.TestGraphs.document;
import static org.newskg.store.TestGraphs.sha;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsKgServerLifecycleTest {

    @TempDir
    Path dir;

    @Test
    void serverOverACallersStoreLeavesItOpen() {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("tdb2"))) {
            store.load("doc-a", sha("a"), document("doc-a", sha("a"), "a"));
            long quads = store.quadCount();
            NewsKgServer server = new NewsKgServer(store, NewsKgServer.Options.defaults().withPort(0)).start();
            assertThrows(IllegalStateException.class, server::start);
            assertEquals(200, Http.get(server.baseUrl() + "/$/ping").statusCode());
            server.stop();
            server.stop();
            assertFalse(server.isRunning());
            assertThrows(IllegalStateException.class, server::port);
            assertEquals(quads, store.quadCount());
            assertEquals(LoadOutcome.ADDED, store.load("doc-b", sha("b"), document("doc-b", sha("b"), "b")));
        }
    }

    @Test
    void serverThatOpenedTheStoreClosesItAndReleasesTheDirectory() {
        Path db = dir.resolve("kgdb");
        NewsKgServer server = NewsKgServer.open(db, NewsKgServer.Options.defaults().withPort(0)).start();
        server.store().load("doc-a", sha("a"), document("doc-a", sha("a"), "a"));
        assertEquals(200, Http.get(server.baseUrl() + "/$/ping").statusCode());
        server.close();
        assertThrows(IllegalStateException.class, () -> server.store().quadCount());
        // Database and Lucene locks are released: the directory opens again, data intact.
        try (KnowledgeStore again = KnowledgeStore.open(db)) {
            assertEquals(java.util.List.of("doc-a"), again.documentIds());
            assertEquals(dir.resolve("kgdb-text").toAbsolutePath(), again.layout().textIndex());
            assertEquals(java.util.List.of(TestGraphs.RES + "Q11208"), again.findByLabel("Pentagon", 3));
        }
    }
}
