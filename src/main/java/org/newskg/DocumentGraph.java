package org.newskg;

import org.apache.jena.graph.Graph;

/** One article's extracted triples, destined for its named graph graph:&lt;docId&gt;. */
public record DocumentGraph(String docId, String source, String sha256, Graph graph) {
}
