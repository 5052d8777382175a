package org.newskg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shapes accept a correct graph and reject broken variants with readable messages. */
class GraphValidatorTest {
    private static final Node EVENT = Vocab.res("event-aid-0123456789abcdef");
    private static final Node EVENT_MENTION = Vocab.res("mention-sample-0-75-0");
    private static final Node RUSSIA = Vocab.res("Q159");
    private static final Node QUANTITY = Vocab.res("qty-sample-12-28");

    private static GraphValidator validator;

    @BeforeAll
    static void setUp() {
        validator = new GraphValidator();
    }

    @Test
    void acceptsTheHandWrittenValidGraph() {
        ValidationResult result = validator.validate(validGraph());
        assertTrue(result.conforms(), result.summary());
        assertEquals(List.of(), result.violations());
    }

    @Test
    void acceptsTheValidGraphTogetherWithTheOntology() {
        Graph data = validGraph();
        OntologyGraph.load().find().forEachRemaining(data::add);
        ValidationResult result = validator.validate(data);
        assertTrue(result.conforms(), result.summary());
    }

    @Test
    void acceptsTheSampleDatasetAsUnionAndPerDocument() {
        DatasetGraph dataset = sampleDataset();
        ValidationResult union = validator.validate(dataset);
        assertTrue(union.conforms(), union.summary());
        dataset.listGraphNodes().forEachRemaining(name -> {
            ValidationResult single = validator.validate(dataset.getGraph(name));
            assertTrue(single.conforms(), name + ": " + single.summary());
        });
    }

    @Test
    void rejectsAnEventWithoutMention() {
        ValidationResult result = validate(g -> g.delete(EVENT, Vocab.Nodes.mention, EVENT_MENTION));
        assertViolation(result, "res:event-aid-0123456789abcdef: An event must have at least one mention in a document. (nkg:mention)");
    }

    @Test
    void rejectsAMentionWithoutQuote() {
        ValidationResult result = validate(g -> g.remove(EVENT_MENTION, Vocab.Nodes.quote, Node.ANY));
        assertViolation(result, "res:mention-sample-0-75-0: A mention must have exactly one non-empty quote (nkg:quote, xsd:string). (nkg:quote)");
    }

    @Test
    void rejectsSameAsToANonWikidataIri() {
        ValidationResult result = validate(g -> {
            g.remove(RUSSIA, Vocab.sameAs.asNode(), Node.ANY);
            g.add(RUSSIA, Vocab.sameAs.asNode(), NodeFactory.createURI("http://dbpedia.org/resource/Russia"));
        });
        assertViolation(result, "res:Q159: owl:sameAs must point to a Wikidata item IRI (http://www.wikidata.org/entity/Q...). (owl:sameAs)");
    }

    @Test
    void rejectsAQuantityWithoutNumericValue() {
        ValidationResult result = validate(g -> g.remove(QUANTITY, Vocab.Schema.value.asNode(), Node.ANY));
        assertViolation(result, "res:qty-sample-12-28: A quantity must have a numeric value (schema:value, schema:minValue or schema:maxValue). "
                + "(schema:value|schema:minValue|schema:maxValue)");
    }

    @Test
    void rejectsAQuantityWhoseValueIsNotDecimal() {
        ValidationResult result = validate(g -> {
            g.remove(QUANTITY, Vocab.Schema.value.asNode(), Node.ANY);
            g.add(QUANTITY, Vocab.Schema.value.asNode(), Vocab.string("five thousand"));
        });
        assertMessage(result, "must be xsd:decimal literals");
    }

    @Test
    void rejectsBeginAfterEnd() {
        ValidationResult result = validate(g -> {
            g.remove(EVENT_MENTION, Vocab.Nodes.begin, Node.ANY);
            g.add(EVENT_MENTION, Vocab.Nodes.begin, Vocab.integer(80));
        });
        assertMessage(result, "begin offset must not be greater than its end offset");
    }

    @Test
    void rejectsOffsetsTypedAsJavaInt() {
        // Jena types a Java int as xsd:int; the contract wants xsd:integer (Vocab.integer does it right).
        ValidationResult result = validate(g -> {
            g.remove(EVENT_MENTION, Vocab.Nodes.end, Node.ANY);
            g.add(EVENT_MENTION, Vocab.Nodes.end, NodeFactory.createLiteralByValue(75));
        });
        assertMessage(result, "exactly one end offset");
    }

    @Test
    void rejectsConfidenceAboveOne() {
        ValidationResult result = validate(g -> {
            g.remove(EVENT_MENTION, Vocab.Nodes.confidence, Node.ANY);
            g.add(EVENT_MENTION, Vocab.Nodes.confidence, Vocab.decimal(1.5));
        });
        assertMessage(result, "confidence must be a single xsd:decimal between 0 and 1");
    }

    @Test
    void rejectsAnEventWithoutParticipantOrClass() {
        ValidationResult noParticipant = validate(g -> {
            g.remove(EVENT, Vocab.Nodes.agent, Node.ANY);
            g.remove(EVENT, Vocab.Nodes.recipient, Node.ANY);
        });
        assertMessage(noParticipant, "at least one participant");

        ValidationResult onlyGenericClass = validate(g -> {
            g.remove(EVENT, Vocab.type.asNode(), Node.ANY);
            g.add(EVENT, Vocab.type.asNode(), Vocab.Nodes.Event);
        });
        assertMessage(onlyGenericClass, "one of the eleven event classes");
    }

    @Test
    void rejectsAnEntityWithTwoLabelsOrTwoClasses() {
        ValidationResult twoLabels = validate(g -> g.add(RUSSIA, RDFS.label.asNode(), Vocab.string("Russian Federation")));
        assertViolation(twoLabels, "res:Q159: An entity must have exactly one canonical label. (rdfs:label)");

        ValidationResult twoClasses = validate(g -> g.add(RUSSIA, Vocab.type.asNode(), Vocab.Nodes.Place));
        assertMessage(twoClasses, "exactly one of the classes");
    }

    @Test
    void rejectsAnEventTimeOfTheWrongType() {
        ValidationResult result = validate(g -> {
            g.remove(EVENT, Vocab.Nodes.time, Node.ANY);
            g.add(EVENT, Vocab.Nodes.time, Vocab.string("April 2024"));
        });
        assertMessage(result, "xsd:gYear, xsd:gYearMonth or xsd:date");
    }

    @Test
    void rejectsADocumentWithoutChecksumAndAWrongQualifier() {
        ValidationResult result = validate(g -> {
            g.remove(Vocab.res("doc-sample"), Vocab.Nodes.sha256, Node.ANY);
            g.remove(QUANTITY, Vocab.Nodes.qualifier, Node.ANY);
            g.add(QUANTITY, Vocab.Nodes.qualifier, Vocab.Nodes.Reported);
        });
        assertMessage(result, "res:doc-sample: A document must have exactly one nkg:sha256");
        assertMessage(result, "A qualifier must be one of");
        assertEquals(2, result.violations().size(), result.summary());
    }

    @Test
    void literalHelpersProduceTheDatatypesTheShapesExpect() {
        assertEquals("http://www.w3.org/2001/XMLSchema#integer", Vocab.integer(5).getLiteralDatatypeURI());
        assertEquals("0.85", Vocab.decimal(0.85).getLiteralLexicalForm());
        assertEquals("5500000000", Vocab.decimal(new java.math.BigDecimal("5.5E9")).getLiteralLexicalForm());
        assertEquals("http://www.w3.org/2001/XMLSchema#gYearMonth",
                Vocab.time(new org.newskg.event.TimeValue("in June", "2024-06", "gYearMonth")).getLiteralDatatypeURI());
        assertEquals(null, Vocab.time(new org.newskg.event.TimeValue("one day", null, null)));
        assertEquals("https://w3id.org/newskg/graph/doc1", Vocab.documentGraph("doc1").getURI());
        assertEquals(Vocab.NKG, Vocab.prefixes().getNsPrefixURI("nkg"));
        assertEquals(Vocab.SCHEMA, Vocab.prefixes().getNsPrefixURI("schema"));
    }

    private static ValidationResult validate(Consumer<Graph> breakIt) {
        Graph graph = validGraph();
        breakIt.accept(graph);
        return validator.validate(graph);
    }

    private static void assertViolation(ValidationResult result, String expected) {
        assertFalse(result.conforms());
        assertTrue(result.violations().contains(expected), () -> "expected <" + expected + "> in\n" + result.summary());
    }

    private static void assertMessage(ValidationResult result, String fragment) {
        assertFalse(result.conforms());
        assertTrue(result.violations().stream().anyMatch(v -> v.contains(fragment)),
                () -> "expected a violation containing <" + fragment + "> in\n" + result.summary());
    }

    static Graph validGraph() {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(GraphValidatorTest.class.getResourceAsStream("/graph/valid-graph.ttl"))
                .lang(org.apache.jena.riot.Lang.TURTLE).parse(graph);
        return graph;
    }

    static DatasetGraph sampleDataset() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        org.apache.jena.system.Txn.executeWrite(dataset, () ->
                RDFParser.source(GraphValidatorTest.class.getResourceAsStream("/graph/sample-dataset.trig"))
                        .lang(org.apache.jena.riot.Lang.TRIG).parse(dataset));
        return dataset;
    }
}
