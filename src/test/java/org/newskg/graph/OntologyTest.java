package org.newskg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.entity.EntityType;
import org.newskg.event.EventClass;
import org.newskg.event.Modality;
import org.newskg.event.Qualifier;
import org.newskg.event.Role;

/** The ontology parses, declares every contract term, documents every term and agrees with Vocab. */
class OntologyTest {
    private static final Set<Node> DECLARATION_TYPES = Set.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(), OWL.NamedIndividual.asNode());
    private static final Set<Node> PROPERTY_TYPES = Set.of(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode());

    private static Graph ontology;

    @BeforeAll
    static void load() {
        ontology = OntologyGraph.load();
    }

    @Test
    void ontologyHeaderHasIriVersionLabelAndComment() {
        Node header = NodeFactory.createURI(OntologyGraph.ONTOLOGY_IRI);
        assertTrue(ontology.contains(header, RDF.type.asNode(), OWL.Ontology.asNode()));
        assertTrue(ontology.contains(header, OWL.versionInfo.asNode(), Node.ANY));
        assertTrue(ontology.contains(header, RDFS.label.asNode(), Node.ANY));
        assertTrue(ontology.contains(header, RDFS.comment.asNode(), Node.ANY));
    }

    @Test
    void everyContractTermIsDeclared() throws IOException {
        List<String> contract = contractTerms();
        assertTrue(contract.size() >= 50, "the term list looks truncated: " + contract.size());
        List<String> missing = contract.stream().filter(term -> !isDeclared(nkg(term))).toList();
        assertEquals(List.of(), missing, "contract terms the ontology does not declare");
    }

    @Test
    void everyNkgTermHasLabelCommentAndIsDefinedByTheOntology() {
        List<String> undocumented = new ArrayList<>();
        for (Node term : declaredNkgTerms()) {
            if (!ontology.contains(term, RDFS.label.asNode(), Node.ANY)
                    || !ontology.contains(term, RDFS.comment.asNode(), Node.ANY)
                    || !ontology.contains(term, RDFS.isDefinedBy.asNode(), NodeFactory.createURI(Vocab.ONTOLOGY))) {
                undocumented.add(term.getLocalName());
            }
        }
        assertEquals(List.of(), undocumented, "terms without label, comment or isDefinedBy");
    }

    @Test
    void everyPropertyHasDomainAndRange() {
        List<String> incomplete = new ArrayList<>();
        for (Node term : declaredNkgTerms()) {
            boolean isProperty = PROPERTY_TYPES.stream().anyMatch(t -> ontology.contains(term, RDF.type.asNode(), t));
            if (isProperty && (!ontology.contains(term, RDFS.domain.asNode(), Node.ANY)
                    || !ontology.contains(term, RDFS.range.asNode(), Node.ANY))) {
                incomplete.add(term.getLocalName());
            }
        }
        assertEquals(List.of(), incomplete, "properties without domain or range");
    }

    @Test
    void literalPropertiesHaveTheContractDatatypes() {
        assertRange("begin", "http://www.w3.org/2001/XMLSchema#integer");
        assertRange("end", "http://www.w3.org/2001/XMLSchema#integer");
        assertRange("confidence", "http://www.w3.org/2001/XMLSchema#decimal");
        assertRange("quote", "http://www.w3.org/2001/XMLSchema#string");
        assertRange("per", "http://www.w3.org/2001/XMLSchema#duration");
        assertRange("time", RDFS.Literal.getURI());
    }

    @Test
    void eventClassesAndRolesFormTheirHierarchies() {
        for (EventClass eventClass : EventClass.values()) {
            assertTrue(ontology.contains(Vocab.eventClass(eventClass).asNode(), RDFS.subClassOf.asNode(), Vocab.Nodes.Event),
                    eventClass + " is not a subclass of nkg:Event");
        }
        for (EntityType type : EntityType.values()) {
            assertTrue(ontology.contains(Vocab.entityClass(type).asNode(), RDFS.subClassOf.asNode(), Vocab.Nodes.Entity),
                    type + " is not a subclass of nkg:Entity");
        }
        for (Role role : Role.values()) {
            if (role != Role.participant) {
                assertTrue(ontology.contains(Vocab.role(role).asNode(), RDFS.subPropertyOf.asNode(), Vocab.Nodes.participant),
                        role + " is not a sub-property of nkg:participant");
            }
        }
        for (Qualifier qualifier : Qualifier.values()) {
            assertTrue(ontology.contains(Vocab.qualifier(qualifier).asNode(), RDF.type.asNode(), Vocab.Nodes.Qualifier));
        }
        for (Modality modality : Modality.values()) {
            assertTrue(ontology.contains(Vocab.modality(modality).asNode(), RDF.type.asNode(), Vocab.Nodes.Modality));
        }
    }

    @Test
    void alignsWithStandardVocabularies() {
        assertSubClass(Vocab.Person, "http://xmlns.com/foaf/0.1/Person");
        assertSubClass(Vocab.Person, "https://schema.org/Person");
        assertSubClass(Vocab.State, "https://schema.org/Country");
        assertSubClass(Vocab.Organization, "https://schema.org/Organization");
        assertSubClass(Vocab.Organization, "http://xmlns.com/foaf/0.1/Organization");
        assertSubClass(Vocab.Place, "https://schema.org/Place");
        assertSubClass(Vocab.Event, "http://semanticweb.cs.vu.nl/2009/11/sem/Event");
        assertSubClass(Vocab.Document, "https://schema.org/NewsArticle");
        assertSubClass(Vocab.Document, "http://www.w3.org/ns/prov#Entity");
        assertTrue(ontology.contains(Vocab.Nodes.agent, RDFS.subPropertyOf.asNode(),
                NodeFactory.createURI(Vocab.SEM + "hasActor")));
        assertTrue(ontology.contains(Vocab.Nodes.location, RDFS.subPropertyOf.asNode(),
                NodeFactory.createURI(Vocab.SEM + "hasPlace")));
        // a text attribution must not claim to be prov:wasAttributedTo, whose range is an agent
        assertFalse(ontology.contains(Vocab.Nodes.attributedTo, RDFS.subPropertyOf.asNode(), Node.ANY));
    }

    @Test
    void vocabAndOntologyDeclareTheSameNkgTerms() throws IllegalAccessException {
        Set<String> inVocab = new TreeSet<>();
        for (Field field : Vocab.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof Resource r
                    && r.getURI().startsWith(Vocab.NKG)) {
                inVocab.add(r.getLocalName());
            }
        }
        Set<String> inOntology = declaredNkgTerms().stream().map(Node::getLocalName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inOntology, inVocab);

        Set<String> inNodes = new TreeSet<>();
        for (Field field : Vocab.Nodes.class.getFields()) {
            inNodes.add(((Node) field.get(null)).getLocalName());
        }
        assertEquals(inOntology, inNodes);
    }

    private static boolean isDeclared(Node term) {
        return DECLARATION_TYPES.stream().anyMatch(t -> ontology.contains(term, RDF.type.asNode(), t));
    }

    private static Set<Node> declaredNkgTerms() {
        return ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().stream()
                .map(t -> t.getSubject())
                .filter(Node::isURI)
                .filter(s -> s.getURI().startsWith(Vocab.NKG))
                .collect(Collectors.toSet());
    }

    private static void assertRange(String property, String range) {
        assertTrue(ontology.contains(nkg(property), RDFS.range.asNode(), NodeFactory.createURI(range)),
                "nkg:" + property + " should have range " + range);
    }

    private static void assertSubClass(Resource sub, String superClass) {
        assertTrue(ontology.contains(sub.asNode(), RDFS.subClassOf.asNode(), NodeFactory.createURI(superClass)),
                sub.getLocalName() + " should be a subclass of " + superClass);
    }

    private static Node nkg(String localName) {
        return NodeFactory.createURI(Vocab.NKG + localName);
    }

    private static List<String> contractTerms() throws IOException {
        try (InputStream in = OntologyTest.class.getResourceAsStream("/graph/contract-terms.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
