package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.store.TestGraphs.document;
import static org.newskg.store.TestGraphs.failingAfter;
import static org.newskg.store.TestGraphs.sha;
import static org.newskg.store.TestGraphs.singleEntity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batching writer behind `newskg load`, and compaction of a store written one transaction at a time. */
class StoreWriterTest {

    @TempDir
    Path dir;

    @Test
    void documentsArriveInFewTransactionsAndABadOneCostsOnlyItself() {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("tdb2"))) {
            long triples = 0;
            KnowledgeStore.Writer writer = store.writer(100, Duration.ofMinutes(1));
            for (int i = 0; i < 30; i++) {
                String id = "w-" + i;
                Graph g = i == 17 ? failingAfter(singleEntity(id, sha(id), "person-w" + i, "Broken Person", "Broken"), 2)
                        : singleEntity(id, sha(id), "person-w" + i, "Writer Person" + i, "Alias" + i);
                writer.add(new DocGraph(id, sha(id), g));
                if (i != 17) {
                    triples += g.size();
                }
            }
            assertThrows(IllegalArgumentException.class,
                    () -> writer.add(new DocGraph("Bad Id!", sha("x"), singleEntity("x", sha("x"), "p", "P", "Q"))));
            writer.close();
            BulkLoadReport report = writer.report();
            assertEquals(29, report.added());
            assertEquals(List.of("w-17"), report.failed());
            assertEquals(triples, store.quadCount());
            assertFalse(store.documentIds().contains("w-17"), "no partial graph of the failed document");
            // 4 triples a document, ~100 a transaction: the first 25 share the broken one's transaction, which
            // fails and is retried one document at a time (24 commits), the last 5 go in one.
            assertEquals(24 + 1, report.transactions());
            assertEquals(List.of(TestGraphs.RES + "person-w29"), store.findByLabel("Alias29", 3));
            assertThrows(IllegalStateException.class, () -> writer.add(new DocGraph("w-99", sha("w-99"),
                    singleEntity("w-99", sha("w-99"), "person-w99", "Late", "Late"))));
        }
    }

    @Test
    void aWriterCommitsWhenItsDelayHasPassedAndReplacesChangedDocuments() {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("tdb2"))) {
            try (KnowledgeStore.Writer writer = store.writer(1_000_000, Duration.ZERO)) {
                writer.add(new DocGraph("doc-a", sha("a"), document("doc-a", sha("a"), "a")));
                assertEquals(List.of("doc-a"), store.documentIds(), "committed at once with no delay allowed");
                writer.add(new DocGraph("doc-a", sha("a2"), document("doc-a", sha("a2"), "a2")));
                writer.add(new DocGraph("doc-a", sha("a2"), document("doc-a", sha("a2"), "a2")));
                writer.close();
                BulkLoadReport report = writer.report();
                assertEquals(1, report.added());
                assertEquals(1, report.replaced());
                assertEquals(1, report.unchanged());
            }
            assertEquals(sha("a2"), store.storedSha256("doc-a").orElseThrow());
        }
    }

    @Test
    void compactionReclaimsTheSpaceOfManySmallTransactionsAndKeepsEverything() {
        Path db = dir.resolve("tdb2");
        long quads;
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            for (int i = 0; i < 60; i++) {
                String id = "c-" + i;
                store.load(id, sha(id), document(id, sha(id), "v" + i));
            }
            store.remove("c-0");
            quads = store.quadCount();
        }
        long[] sizes = KnowledgeStore.compact(db);
        assertTrue(sizes[1] < sizes[0], "compaction should shrink the database: " + sizes[0] + " -> " + sizes[1]);
        try (KnowledgeStore store = KnowledgeStore.open(db)) {
            assertEquals(quads, store.quadCount());
            assertEquals(59, store.documentIds().size());
            assertFalse(store.findByLabel("Pentagon", 3).isEmpty(), "the text index still answers");
            assertEquals(LoadOutcome.ADDED, store.load("c-new", sha("new"), document("c-new", sha("new"), "new")));
        }
    }
}
