package org.newskg.graph;

import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * The NewsKG vocabulary as Jena constants: every {@code nkg:} term of ontology/newskg.ttl, the
 * namespaces of the contract, the schema.org, SKOS and PROV terms the graph uses, and literal
 * helpers that produce exactly the datatypes the SHACL shapes expect.
 *
 * <p>Field names equal the terms' local names (classes and individuals upper-case, properties
 * lower-case, as in Jena's own vocabulary classes). Use {@link Nodes} for the same terms as
 * graph-level {@link Node}s.
 *
 * <p>Do not use Jena's {@code SchemaDO} instead of {@link Schema}: it is built on
 * {@code http://schema.org/}, while the contract uses {@code https://schema.org/}.
 */
public final class Vocab {
    private Vocab() {
    }

    // ---- namespaces -------------------------------------------------------------------------

    public static final String NKG = "https://w3id.org/newskg/ontology#";
    public static final String RES = "https://w3id.org/newskg/id/";
    public static final String GRAPH = "https://w3id.org/newskg/graph/";
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";

    /** IRI of the ontology itself (no trailing '#'). */
    public static final String ONTOLOGY = "https://w3id.org/newskg/ontology";

    // ---- entity classes ---------------------------------------------------------------------

    public static final Resource Entity = resource("Entity");
    public static final Resource Person = resource("Person");
    public static final Resource State = resource("State");
    public static final Resource Organization = resource("Organization");
    public static final Resource Place = resource("Place");
    public static final Resource Treaty = resource("Treaty");

    // ---- event classes ----------------------------------------------------------------------

    public static final Resource Event = resource("Event");
    public static final Resource Deployment = resource("Deployment");
    public static final Resource ArmsTransfer = resource("ArmsTransfer");
    public static final Resource Payment = resource("Payment");
    public static final Resource Aid = resource("Aid");
    public static final Resource TreatySigning = resource("TreatySigning");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Visit = resource("Visit");
    public static final Resource Sanction = resource("Sanction");
    public static final Resource Casualty = resource("Casualty");
    public static final Resource Trade = resource("Trade");
    public static final Resource LaborMigration = resource("LaborMigration");

    // ---- provenance and value classes -------------------------------------------------------

    public static final Resource Document = resource("Document");
    public static final Resource Mention = resource("Mention");
    public static final Resource Quantity = resource("Quantity");
    public static final Resource Qualifier = resource("Qualifier");
    public static final Resource Modality = resource("Modality");

    // ---- qualifier individuals (nkg:Estimated is also a modality) ---------------------------

    public static final Resource Exact = resource("Exact");
    public static final Resource Approximately = resource("Approximately");
    public static final Resource Estimated = resource("Estimated");
    public static final Resource UpTo = resource("UpTo");
    public static final Resource AtLeast = resource("AtLeast");

    // ---- modality individuals ---------------------------------------------------------------

    public static final Resource Asserted = resource("Asserted");
    public static final Resource Reported = resource("Reported");
    public static final Resource Hypothetical = resource("Hypothetical");
    public static final Resource Negated = resource("Negated");

    // ---- roles --------------------------------------------------------------------------------

    public static final Property participant = property("participant");
    public static final Property agent = property("agent");
    public static final Property recipient = property("recipient");
    public static final Property location = property("location");
    public static final Property target = property("target");
    public static final Property treaty = property("treaty");

    // ---- other facts of an event ------------------------------------------------------------

    public static final Property item = property("item");
    public static final Property time = property("time");
    public static final Property timeText = property("timeText");
    public static final Property quantity = property("quantity");

    // ---- quantity ---------------------------------------------------------------------------

    public static final Property per = property("per");
    public static final Property qualifier = property("qualifier");
    public static final Property quantityText = property("quantityText");

    // ---- provenance -------------------------------------------------------------------------

    public static final Property mention = property("mention");
    public static final Property document = property("document");
    public static final Property quote = property("quote");
    public static final Property begin = property("begin");
    public static final Property end = property("end");
    public static final Property surface = property("surface");
    public static final Property trigger = property("trigger");
    public static final Property surfaceBegin = property("surfaceBegin");
    public static final Property surfaceEnd = property("surfaceEnd");
    public static final Property attributedTo = property("attributedTo");
    public static final Property hedge = property("hedge");
    public static final Property modality = property("modality");
    public static final Property lifted = property("lifted");
    public static final Property rule = property("rule");
    public static final Property confidence = property("confidence");
    public static final Property sha256 = property("sha256");

    /** Standard terms the graph uses, re-exported so that one import suffices. */
    public static final Property label = RDFS.label;
    public static final Property type = RDF.type;
    public static final Property sameAs = OWL.sameAs;

    /** schema.org terms (https namespace) used for quantities and documents. */
    public static final class Schema {
        private Schema() {
        }

        public static final Resource NewsArticle = ResourceFactory.createResource(SCHEMA + "NewsArticle");
        public static final Property value = ResourceFactory.createProperty(SCHEMA, "value");
        public static final Property minValue = ResourceFactory.createProperty(SCHEMA, "minValue");
        public static final Property maxValue = ResourceFactory.createProperty(SCHEMA, "maxValue");
        public static final Property unitText = ResourceFactory.createProperty(SCHEMA, "unitText");
        public static final Property currency = ResourceFactory.createProperty(SCHEMA, "currency");
        public static final Property url = ResourceFactory.createProperty(SCHEMA, "url");
        public static final Property headline = ResourceFactory.createProperty(SCHEMA, "headline");
        public static final Property publisher = ResourceFactory.createProperty(SCHEMA, "publisher");
        public static final Property author = ResourceFactory.createProperty(SCHEMA, "author");
        public static final Property datePublished = ResourceFactory.createProperty(SCHEMA, "datePublished");
    }

    /** SKOS terms used for entities. */
    public static final class Skos {
        private Skos() {
        }

        public static final Property altLabel = ResourceFactory.createProperty(SKOS, "altLabel");
    }

    /** The nkg: terms again, as graph-level nodes. */
    public static final class Nodes {
        private Nodes() {
        }

        public static final Node Entity = Vocab.Entity.asNode();
        public static final Node Person = Vocab.Person.asNode();
        public static final Node State = Vocab.State.asNode();
        public static final Node Organization = Vocab.Organization.asNode();
        public static final Node Place = Vocab.Place.asNode();
        public static final Node Treaty = Vocab.Treaty.asNode();
        public static final Node Event = Vocab.Event.asNode();
        public static final Node Deployment = Vocab.Deployment.asNode();
        public static final Node ArmsTransfer = Vocab.ArmsTransfer.asNode();
        public static final Node Payment = Vocab.Payment.asNode();
        public static final Node Aid = Vocab.Aid.asNode();
        public static final Node TreatySigning = Vocab.TreatySigning.asNode();
        public static final Node Meeting = Vocab.Meeting.asNode();
        public static final Node Visit = Vocab.Visit.asNode();
        public static final Node Sanction = Vocab.Sanction.asNode();
        public static final Node Casualty = Vocab.Casualty.asNode();
        public static final Node Trade = Vocab.Trade.asNode();
        public static final Node LaborMigration = Vocab.LaborMigration.asNode();
        public static final Node Document = Vocab.Document.asNode();
        public static final Node Mention = Vocab.Mention.asNode();
        public static final Node Quantity = Vocab.Quantity.asNode();
        public static final Node Qualifier = Vocab.Qualifier.asNode();
        public static final Node Modality = Vocab.Modality.asNode();
        public static final Node Exact = Vocab.Exact.asNode();
        public static final Node Approximately = Vocab.Approximately.asNode();
        public static final Node Estimated = Vocab.Estimated.asNode();
        public static final Node UpTo = Vocab.UpTo.asNode();
        public static final Node AtLeast = Vocab.AtLeast.asNode();
        public static final Node Asserted = Vocab.Asserted.asNode();
        public static final Node Reported = Vocab.Reported.asNode();
        public static final Node Hypothetical = Vocab.Hypothetical.asNode();
        public static final Node Negated = Vocab.Negated.asNode();
        public static final Node participant = Vocab.participant.asNode();
        public static final Node agent = Vocab.agent.asNode();
        public static final Node recipient = Vocab.recipient.asNode();
        public static final Node location = Vocab.location.asNode();
        public static final Node target = Vocab.target.asNode();
        public static final Node treaty = Vocab.treaty.asNode();
        public static final Node item = Vocab.item.asNode();
        public static final Node time = Vocab.time.asNode();
        public static final Node timeText = Vocab.timeText.asNode();
        public static final Node quantity = Vocab.quantity.asNode();
        public static final Node per = Vocab.per.asNode();
        public static final Node qualifier = Vocab.qualifier.asNode();
        public static final Node quantityText = Vocab.quantityText.asNode();
        public static final Node mention = Vocab.mention.asNode();
        public static final Node document = Vocab.document.asNode();
        public static final Node quote = Vocab.quote.asNode();
        public static final Node begin = Vocab.begin.asNode();
        public static final Node end = Vocab.end.asNode();
        public static final Node surface = Vocab.surface.asNode();
        public static final Node trigger = Vocab.trigger.asNode();
        public static final Node surfaceBegin = Vocab.surfaceBegin.asNode();
        public static final Node surfaceEnd = Vocab.surfaceEnd.asNode();
        public static final Node attributedTo = Vocab.attributedTo.asNode();
        public static final Node hedge = Vocab.hedge.asNode();
        public static final Node modality = Vocab.modality.asNode();
        public static final Node lifted = Vocab.lifted.asNode();
        public static final Node rule = Vocab.rule.asNode();
        public static final Node confidence = Vocab.confidence.asNode();
        public static final Node sha256 = Vocab.sha256.asNode();
    }

    // ---- prefixes ---------------------------------------------------------------------------

    /** A fresh, modifiable prefix mapping with the contract's prefixes and the usual standard ones. */
    public static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create()
                .setNsPrefix("nkg", NKG)
                .setNsPrefix("res", RES)
                .setNsPrefix("graph", GRAPH)
                .setNsPrefix("wd", WD)
                .setNsPrefix("schema", SCHEMA)
                .setNsPrefix("prov", PROV)
                .setNsPrefix("skos", SKOS)
                .setNsPrefix("sem", SEM)
                .setNsPrefix("foaf", FOAF)
                .setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("owl", OWL.getURI())
                .setNsPrefix("xsd", XSD.getURI());
    }

    // ---- mapping the pipeline's enums to terms ----------------------------------------------

    /** The nkg: class of an event class, e.g. nkg:ArmsTransfer. */
    public static Resource eventClass(org.newskg.event.EventClass eventClass) {
        return resource(eventClass.name());
    }

    /** The nkg: class of an entity type, e.g. nkg:State. */
    public static Resource entityClass(org.newskg.entity.EntityType entityType) {
        return resource(entityType.name());
    }

    /** The nkg: role property, e.g. nkg:recipient. */
    public static Property role(org.newskg.event.Role role) {
        return property(role.name());
    }

    /** The nkg:Qualifier individual, e.g. nkg:UpTo. */
    public static Resource qualifier(org.newskg.event.Qualifier qualifier) {
        return resource(qualifier.name());
    }

    /** The nkg:Modality individual, e.g. nkg:Reported (nkg:Estimated doubles as a qualifier). */
    public static Resource modality(org.newskg.event.Modality modality) {
        return resource(modality.name());
    }

    // ---- IRIs of instances ------------------------------------------------------------------

    /** An instance IRI under res:, e.g. {@code res("Q423")}. */
    public static Node res(String localName) {
        return NodeFactory.createURI(RES + localName);
    }

    /** The named graph of a document, graph:&lt;docId&gt;. */
    public static Node documentGraph(String docId) {
        return NodeFactory.createURI(GRAPH + docId);
    }

    /** The Wikidata item IRI of a QID, wd:Q…. */
    public static Node wikidata(String qid) {
        return NodeFactory.createURI(WD + qid);
    }

    // ---- literals with the datatypes the shapes require -------------------------------------

    /** An xsd:integer literal (offsets); Jena's default for a Java int would be xsd:int. */
    public static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    /** An xsd:decimal literal (quantities, confidence), written without exponent. */
    public static Node decimal(BigDecimal value) {
        return NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal);
    }

    /** An xsd:decimal literal from a double, e.g. a confidence of 0.85. */
    public static Node decimal(double value) {
        return decimal(BigDecimal.valueOf(value));
    }

    /** An xsd:duration literal for nkg:per, e.g. "P1M". */
    public static Node duration(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDduration);
    }

    /** A plain xsd:string literal. */
    public static Node string(String text) {
        return NodeFactory.createLiteralString(text);
    }

    /**
     * The nkg:time literal of a resolved time: xsd:gYear, xsd:gYearMonth or xsd:date by its
     * datatype name; null when the time is not resolved.
     */
    public static Node time(org.newskg.event.TimeValue timeValue) {
        if (timeValue == null || !timeValue.isResolved()) {
            return null;
        }
        XSDDatatype datatype = switch (timeValue.datatype()) {
            case "gYear" -> XSDDatatype.XSDgYear;
            case "gYearMonth" -> XSDDatatype.XSDgYearMonth;
            case "date" -> XSDDatatype.XSDdate;
            default -> throw new IllegalArgumentException("unsupported time datatype: " + timeValue.datatype());
        };
        return NodeFactory.createLiteralDT(timeValue.value(), datatype);
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NKG + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NKG, localName);
    }
}
