package org.newskg.store;

import java.util.Objects;
import org.apache.jena.graph.Graph;

/**
 * One document's RDF as handed to the store: its id, the SHA-256 (hex) of its text and the
 * triples that belong in its named graph {@code <https://w3id.org/newskg/graph/DOCID>}.
 */
public record DocGraph(String docId, String sha256, Graph graph) {
    public DocGraph {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(graph, "graph");
    }
}
