package org.newskg.bench;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.jena.atlas.iterator.IteratorCloseable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.graph.Vocab;
import org.newskg.store.DocGraph;

/**
 * The document graphs of an N-Quads file as written by {@code newskg extract} (each article's quads
 * together), one at a time: the file is parsed on a background thread and never held whole.
 * The document id comes from the graph name, the hash from the document's {@code nkg:sha256}.
 */
final class NQuadsDocuments implements Iterator<DocGraph>, AutoCloseable {
    private final IteratorCloseable<Quad> quads;
    private Quad pending;

    NQuadsDocuments(Path file) {
        this.quads = AsyncParser.asyncParseQuads(file.toString());
        this.pending = quads.hasNext() ? quads.next() : null;
    }

    @Override
    public boolean hasNext() {
        return pending != null;
    }

    @Override
    public DocGraph next() {
        if (pending == null) {
            throw new NoSuchElementException();
        }
        Node graphName = pending.getGraph();
        Graph graph = GraphFactory.createDefaultGraph();
        while (pending != null && pending.getGraph().equals(graphName)) {
            graph.add(pending.asTriple());
            pending = quads.hasNext() ? quads.next() : null;
        }
        return document(graphName, graph);
    }

    /** A graph named {@code graph:DOCID} as the DocGraph of DOCID. */
    static DocGraph document(Node graphName, Graph graph) {
        String iri = graphName.getURI();
        if (!iri.startsWith(Vocab.GRAPH)) {
            throw new IllegalArgumentException("not a document graph: " + iri);
        }
        String docId = iri.substring(Vocab.GRAPH.length());
        Node doc = org.apache.jena.graph.NodeFactory.createURI(Vocab.RES + "doc-" + docId);
        var hash = graph.find(doc, Vocab.sha256.asNode(), Node.ANY);
        try {
            if (!hash.hasNext()) {
                throw new IllegalArgumentException(iri + ": the document has no nkg:sha256");
            }
            return new DocGraph(docId, hash.next().getObject().getLiteralLexicalForm(), graph);
        } finally {
            hash.close();
        }
    }

    @Override
    public void close() {
        quads.close();
    }
}
