package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.store.TestGraphs.nkg;
import static org.newskg.store.TestGraphs.res;
import static org.newskg.store.TestGraphs.sha;

import java.nio.file.Path;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replacing or removing a document must leave nothing of its old graph, including literals that
 * TDB2 stores by value (numbers, dates, booleans) written in a non-canonical form; and if a graph
 * is ever not empty after the delete, the write fails instead of keeping stale facts.
 */
class GraphEmptyAfterDeleteTest {

    @TempDir
    Path dir;

    /** A document whose values are written the way extractors and hand edits write them, not canonically. */
    private static Graph valuesInOddForms(String docId, String sha) {
        Graph g = GraphFactory.createDefaultGraph();
        Node doc = res("doc-" + docId);
        g.add(Triple.create(doc, nkg("sha256"), NodeFactory.createLiteralString(sha)));
        Node qty = res("qty-" + docId + "-1-5");
        g.add(Triple.create(qty, res("value"), NodeFactory.createLiteralDT("1500.50", XSDDatatype.XSDdecimal)));
        g.add(Triple.create(qty, res("min"), NodeFactory.createLiteralDT("600000.0", XSDDatatype.XSDdecimal)));
        g.add(Triple.create(qty, res("max"), NodeFactory.createLiteralDT("+0700000", XSDDatatype.XSDdecimal)));
        g.add(Triple.create(qty, res("begin"), NodeFactory.createLiteralDT("007", XSDDatatype.XSDinteger)));
        g.add(Triple.create(qty, res("confidence"), NodeFactory.createLiteralDT("0.90", XSDDatatype.XSDdecimal)));
        g.add(Triple.create(qty, res("exact"), NodeFactory.createLiteralDT("1", XSDDatatype.XSDboolean)));
        g.add(Triple.create(qty, res("when"), NodeFactory.createLiteralDT("2024-06-19Z", XSDDatatype.XSDdate)));
        g.add(Triple.create(qty, res("rate"), NodeFactory.createLiteralDT("2.5E3", XSDDatatype.XSDdouble)));
        return g;
    }

    @Test
    void replaceAndRemoveLeaveNoValueBehind() {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("tdb2"))) {
            Graph first = valuesInOddForms("doc-v", sha("one"));
            assertEquals(LoadOutcome.ADDED, store.load("doc-v", sha("one"), first));
            assertEquals(first.size(), store.tripleCount("doc-v"));

            Graph second = valuesInOddForms("doc-v", sha("two"));
            second.remove(res("qty-doc-v-1-5"), res("rate"), Node.ANY);
            assertEquals(LoadOutcome.REPLACED, store.load("doc-v", sha("two"), second));
            assertEquals(second.size(), store.tripleCount("doc-v"), "the old graph's values must all be gone");

            assertTrue(store.remove("doc-v"));
            assertEquals(0, store.tripleCount("doc-v"));
            assertFalse(store.documentIds().contains("doc-v"));
            assertEquals(0, store.quadCount());
        }
    }

    @Test
    void aGraphLeftNonEmptyFailsTheWriteLoudly() {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("tdb2"))) {
            store.load("doc-w", sha("w"), valuesInOddForms("doc-w", sha("w")));
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Node graphName = StoreIris.documentGraph("doc-w");
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> Txn.executeWrite(dsg,
                    () -> {
                        // a delete that misses: only one triple goes
                        dsg.delete(dsg.find(graphName, Node.ANY, Node.ANY, Node.ANY).next());
                        KnowledgeStore.requireEmpty(dsg, graphName, "removing document doc-w");
                    }));
            assertTrue(failure.getMessage().contains("not empty after removing document doc-w"), failure.getMessage());
            // the transaction was aborted: nothing was lost
            assertEquals(valuesInOddForms("doc-w", sha("w")).size(), store.tripleCount("doc-w"));
        }
    }
}
