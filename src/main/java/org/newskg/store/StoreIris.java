package org.newskg.store;

import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The few IRIs the store itself relies on (documents, their graphs, the hash property). */
final class StoreIris {
    static final String NKG = "https://w3id.org/newskg/ontology#";
    static final String RES = "https://w3id.org/newskg/id/";
    static final String GRAPH = "https://w3id.org/newskg/graph/";

    static final Node SHA256 = NodeFactory.createURI(NKG + "sha256");
    static final String ONTOLOGY_GRAPH_IRI = GRAPH + "ontology";
    static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(ONTOLOGY_GRAPH_IRI);
    /** Where {@link StoreStatistics} keeps its counts. */
    static final String STATISTICS_GRAPH_IRI = GRAPH + "statistics";

    /** docId as produced by the article reader: lower-case, [a-z0-9_-] only. */
    private static final Pattern DOC_ID = Pattern.compile("[a-z0-9_-]+");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private StoreIris() {}

    static Node documentGraph(String docId) {
        return NodeFactory.createURI(GRAPH + docId);
    }

    static Node documentNode(String docId) {
        return NodeFactory.createURI(RES + "doc-" + docId);
    }

    /** The docId of a document graph name, or null when the node is not one. */
    static String docIdOf(Node graphName) {
        if (!graphName.isURI() || graphName.equals(ONTOLOGY_GRAPH) || graphName.getURI().equals(STATISTICS_GRAPH_IRI)) {
            return null;
        }
        String iri = graphName.getURI();
        if (!iri.startsWith(GRAPH)) {
            return null;
        }
        String id = iri.substring(GRAPH.length());
        return DOC_ID.matcher(id).matches() ? id : null;
    }

    static String checkDocId(String docId) {
        if (docId == null || !DOC_ID.matcher(docId).matches()) {
            throw new IllegalArgumentException("Not a document id (expected [a-z0-9_-]+): " + docId);
        }
        if (docId.equals("ontology")) {
            // graph:ontology holds the ontology; a document of that name would overwrite it.
            throw new IllegalArgumentException("Document id 'ontology' is reserved for the ontology graph");
        }
        if (docId.equals("statistics")) {
            throw new IllegalArgumentException("Document id 'statistics' is reserved for the statistics graph");
        }
        return docId;
    }

    static String checkSha256(String sha256) {
        if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a hex SHA-256: " + sha256);
        }
        return sha256.toLowerCase(java.util.Locale.ROOT);
    }
}
