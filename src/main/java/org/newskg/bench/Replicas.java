package org.newskg.bench;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.graph.Vocab;
import org.newskg.store.DocGraph;

/**
 * A large store from a small corpus: the corpus's document graphs again and again, each copy a
 * distinct document. Copy {@code k} of document {@code D} is document {@code D-rK}: its graph,
 * its document node and its mention and quantity nodes are renamed, and so are its events
 * ({@code res:event-...-rK}): each pass over the corpus is a new run of news about the same people,
 * states and places (entities keep their IRIs) but with events of its own. Keeping the event IRIs
 * would make every event reported by thousands of articles, which real news never does, and
 * queries that compare the articles of an event would grow with the square of the store.
 * The first pass keeps the original ids. Copies are made one at a time, so memory holds the corpus
 * and one copy.
 */
final class Replicas implements Iterator<DocGraph> {
    private static final String EVENT = Vocab.RES + "event-";
    private final List<DocGraph> corpus;
    private final int count;
    private int made;

    Replicas(List<DocGraph> corpus, int count) {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("no documents to replicate");
        }
        this.corpus = List.copyOf(corpus);
        this.count = count;
    }

    @Override
    public boolean hasNext() {
        return made < count;
    }

    @Override
    public DocGraph next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        DocGraph original = corpus.get(made % corpus.size());
        int copy = made / corpus.size();
        made++;
        return copy == 0 ? original : renamed(original, "r" + (copy + 1));
    }

    /** Copy {@code suffix} ("r2", ...) of a document: id {@code DOCID-suffix}, its own nodes and events. */
    static DocGraph renamed(DocGraph doc, String suffix) {
        String newId = doc.docId() + "-" + suffix;
        String[] from = {Vocab.RES + "doc-" + doc.docId(), Vocab.RES + "mention-" + doc.docId() + "-",
                Vocab.RES + "qty-" + doc.docId() + "-"};
        String[] to = {Vocab.RES + "doc-" + newId, Vocab.RES + "mention-" + newId + "-", Vocab.RES + "qty-" + newId + "-"};
        Graph copy = GraphFactory.createDefaultGraph();
        doc.graph().find().forEachRemaining(t -> copy.add(Triple.create(
                rename(t.getSubject(), from, to, suffix), t.getPredicate(), rename(t.getObject(), from, to, suffix))));
        return new DocGraph(newId, doc.sha256(), copy);
    }

    private static Node rename(Node n, String[] from, String[] to, String suffix) {
        if (!n.isURI()) {
            return n;
        }
        String iri = n.getURI();
        if (iri.equals(from[0])) {
            return NodeFactory.createURI(to[0]);
        }
        for (int i = 1; i < from.length; i++) {
            if (iri.startsWith(from[i])) {
                return NodeFactory.createURI(to[i] + iri.substring(from[i].length()));
            }
        }
        if (iri.startsWith(EVENT)) {
            return NodeFactory.createURI(iri + "-" + suffix);
        }
        return n;
    }
}
