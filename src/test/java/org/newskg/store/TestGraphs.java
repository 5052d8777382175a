package org.newskg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Small hand-made document graphs in the shape the extractor produces. */
final class TestGraphs {
    static final String NKG = "https://w3id.org/newskg/ontology#";
    static final String RES = "https://w3id.org/newskg/id/";

    private TestGraphs() {}

    static Node res(String local) {
        return NodeFactory.createURI(RES + local);
    }

    static Node nkg(String local) {
        return NodeFactory.createURI(NKG + local);
    }

    static Node lit(String text) {
        return NodeFactory.createLiteralString(text);
    }

    static String sha(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A document mentioning the Pentagon (an organization with aliases), a state and a deployment
     * event, each with one mention. {@code variant} changes the event label so two versions differ.
     */
    static Graph document(String docId, String sha, String variant) {
        Graph g = GraphFactory.createDefaultGraph();
        Node doc = res("doc-" + docId);
        g.add(Triple.create(doc, RDF.type.asNode(), nkg("Document")));
        g.add(Triple.create(doc, nkg("sha256"), lit(sha)));

        Node pentagon = res("Q11208");
        g.add(Triple.create(pentagon, RDF.type.asNode(), nkg("Organization")));
        g.add(Triple.create(pentagon, RDFS.label.asNode(), lit("United States Department of Defense")));
        g.add(Triple.create(pentagon, SKOS.altLabel.asNode(), lit("Pentagon")));
        g.add(Triple.create(pentagon, SKOS.altLabel.asNode(), lit("US defense department")));

        Node state = res("state-freedonia");
        g.add(Triple.create(state, RDF.type.asNode(), nkg("State")));
        g.add(Triple.create(state, RDFS.label.asNode(), lit("Freedonia")));

        Node event = res("event-deployment-" + docId);
        g.add(Triple.create(event, RDF.type.asNode(), nkg("Deployment")));
        g.add(Triple.create(event, RDFS.label.asNode(), lit("Freedonia deploys troops " + variant)));
        g.add(Triple.create(event, nkg("agent"), state));

        Node mention = res("mention-" + docId + "-10-18-0");
        g.add(Triple.create(mention, RDF.type.asNode(), nkg("Mention")));
        g.add(Triple.create(mention, nkg("document"), doc));
        g.add(Triple.create(mention, nkg("quote"), lit("The Pentagon said troops moved " + variant + ".")));
        g.add(Triple.create(pentagon, nkg("mention"), mention));
        return g;
    }

    /** A document about one entity known only in this document (label plus one alias). */
    static Graph singleEntity(String docId, String sha, String entityLocal, String label, String alias) {
        Graph g = GraphFactory.createDefaultGraph();
        Node doc = res("doc-" + docId);
        g.add(Triple.create(doc, nkg("sha256"), lit(sha)));
        Node e = res(entityLocal);
        g.add(Triple.create(e, RDF.type.asNode(), nkg("Person")));
        g.add(Triple.create(e, RDFS.label.asNode(), lit(label)));
        g.add(Triple.create(e, SKOS.altLabel.asNode(), lit(alias)));
        return g;
    }

    /** A graph whose iteration fails after {@code goodTriples} triples, as a broken producer would. */
    static Graph failingAfter(Graph base, int goodTriples) {
        return new WrappedGraph(base) {
            @Override
            public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                Iterator<Triple> inner = base.find(s, p, o);
                return WrappedIterator.create(new Iterator<Triple>() {
                    int served;

                    @Override
                    public boolean hasNext() {
                        return inner.hasNext();
                    }

                    @Override
                    public Triple next() {
                        if (served++ >= goodTriples) {
                            throw new IllegalStateException("simulated failure while reading the graph");
                        }
                        return inner.next();
                    }
                });
            }

            @Override
            public ExtendedIterator<Triple> find() {
                return find(Node.ANY, Node.ANY, Node.ANY);
            }

            @Override
            public ExtendedIterator<Triple> find(Triple m) {
                return find(m.getSubject(), m.getPredicate(), m.getObject());
            }
        };
    }
}
