package org.newskg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The NewsKG ontology (ontology/newskg.ttl), read from the classpath where the build bundles it
 * under /ontology/. In the served dataset it lives in its own named graph, {@link #GRAPH_IRI}.
 */
public final class OntologyGraph {
    /** Classpath location of the ontology. */
    public static final String RESOURCE = "/ontology/newskg.ttl";
    /** IRI of the ontology itself. */
    public static final String ONTOLOGY_IRI = Vocab.ONTOLOGY;
    /** The named graph that holds the ontology in the dataset. */
    public static final String GRAPH_IRI = Vocab.GRAPH + "ontology";
    /** {@link #GRAPH_IRI} as a node. */
    public static final Node GRAPH_NAME = NodeFactory.createURI(GRAPH_IRI);

    private OntologyGraph() {
    }

    /** A new in-memory graph with the ontology's triples (and its prefixes). */
    public static Graph load() {
        return ClasspathTurtle.read(RESOURCE);
    }

    /**
     * Puts the ontology into {@code dataset} as the named graph {@link #GRAPH_NAME}, replacing
     * what was there. The caller runs this inside a write transaction when the dataset is
     * transactional (TDB2).
     */
    public static void addTo(DatasetGraph dataset) {
        Graph ontology = load();
        dataset.removeGraph(GRAPH_NAME);
        ontology.find().forEachRemaining(t -> dataset.add(GRAPH_NAME, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** Reads Turtle files bundled on the classpath; shared with {@link GraphValidator}. */
    static final class ClasspathTurtle {
        private ClasspathTurtle() {
        }

        static Graph read(String resource) {
            try (InputStream in = OntologyGraph.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is not on the classpath"
                            + " (the build copies ontology/ into the jar; run mvn process-resources)");
                }
                Graph graph = GraphFactory.createDefaultGraph();
                RDFParser.source(in).lang(Lang.TURTLE).base(Vocab.ONTOLOGY).parse(graph);
                return graph;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
    }
}
