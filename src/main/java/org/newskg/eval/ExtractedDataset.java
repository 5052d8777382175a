package org.newskg.eval;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.newskg.graph.Vocab;

/**
 * The entities, events and documents of an extracted dataset (one named graph per article, as
 * {@code newskg extract} writes it), read into plain records the evaluator can score.
 */
public final class ExtractedDataset {
    static final Map<String, Resource> ENTITY_CLASSES = orderedMap(
            "Person", Vocab.Person, "State", Vocab.State, "Organization", Vocab.Organization,
            "Place", Vocab.Place, "Treaty", Vocab.Treaty);
    static final Map<String, Resource> EVENT_CLASSES = orderedMap(
            "Deployment", Vocab.Deployment, "ArmsTransfer", Vocab.ArmsTransfer, "Payment", Vocab.Payment,
            "Aid", Vocab.Aid, "TreatySigning", Vocab.TreatySigning, "Meeting", Vocab.Meeting, "Visit", Vocab.Visit,
            "Sanction", Vocab.Sanction, "Casualty", Vocab.Casualty, "Trade", Vocab.Trade,
            "LaborMigration", Vocab.LaborMigration);
    static final Map<String, Property> ROLE_PROPERTIES = orderedMap(
            "agent", Vocab.agent, "recipient", Vocab.recipient, "participant", Vocab.participant,
            "location", Vocab.location, "target", Vocab.target, "treaty", Vocab.treaty);
    private static final String WD = Vocab.WD;
    private static final String ONTOLOGY_GRAPH = Vocab.GRAPH + "ontology";

    private final List<String> docIds;
    private final Map<String, String> datePublished;
    private final Map<String, ExtractedEntity> entities;
    private final Map<String, ExtractedEvent> events;

    private ExtractedDataset(List<String> docIds, Map<String, String> datePublished,
            Map<String, ExtractedEntity> entities, Map<String, ExtractedEvent> events) {
        this.docIds = List.copyOf(docIds);
        this.datePublished = Map.copyOf(datePublished);
        this.entities = java.util.Collections.unmodifiableMap(entities);
        this.events = java.util.Collections.unmodifiableMap(events);
    }

    /** Reads a .trig or .nq file written by {@code newskg extract}. */
    public static ExtractedDataset read(Path file) {
        return of(RDFDataMgr.loadDataset(file.toString()));
    }

    /** Reads the article graphs of a dataset (the ontology graph, if present, is skipped). */
    public static ExtractedDataset of(Dataset dataset) {
        Map<String, Model> graphs = new TreeMap<>();
        dataset.listModelNames().forEachRemaining(name -> {
            String uri = name.getURI();
            if (uri != null && uri.startsWith(Vocab.GRAPH) && !uri.equals(ONTOLOGY_GRAPH)) {
                graphs.put(uri.substring(Vocab.GRAPH.length()), dataset.getNamedModel(name));
            }
        });
        Model union = dataset.getUnionModel();

        Map<String, String> dates = new LinkedHashMap<>();
        Map<String, EntityBuilder> entityBuilders = new TreeMap<>();
        Map<String, EventBuilder> eventBuilders = new TreeMap<>();
        for (Map.Entry<String, Model> g : graphs.entrySet()) {
            String docId = g.getKey();
            Model m = g.getValue();
            m.listSubjectsWithProperty(Vocab.type, Vocab.Document).forEachRemaining(doc ->
                    m.listObjectsOfProperty(doc, Vocab.Schema.datePublished).forEachRemaining(d -> {
                        if (d.isLiteral()) {
                            dates.put(docId, d.asLiteral().getLexicalForm());
                        }
                    }));
            for (Map.Entry<String, Resource> c : ENTITY_CLASSES.entrySet()) {
                m.listSubjectsWithProperty(Vocab.type, c.getValue()).forEachRemaining(s -> {
                    if (s.isURIResource()) {
                        EntityBuilder b = entityBuilders.computeIfAbsent(s.getURI(), iri -> new EntityBuilder(iri, c.getKey()));
                        b.surfacesByDoc.computeIfAbsent(docId, d -> new LinkedHashSet<>()).addAll(surfaces(m, s));
                    }
                });
            }
            for (Map.Entry<String, Resource> c : EVENT_CLASSES.entrySet()) {
                m.listSubjectsWithProperty(Vocab.type, c.getValue()).forEachRemaining(s -> {
                    if (s.isURIResource()) {
                        EventBuilder b = eventBuilders.computeIfAbsent(s.getURI(), EventBuilder::new);
                        b.classes.add(c.getKey());
                        b.readGraph(docId, m, s, union);
                    }
                });
            }
        }
        Map<String, ExtractedEntity> entities = new LinkedHashMap<>();
        for (EntityBuilder b : entityBuilders.values()) {
            entities.put(b.iri, b.build(union));
        }
        Map<String, ExtractedEvent> events = new LinkedHashMap<>();
        for (EventBuilder b : eventBuilders.values()) {
            events.put(b.iri, b.build(union));
        }
        return new ExtractedDataset(new ArrayList<>(graphs.keySet()), dates, entities, events);
    }

    /** The docIds of the article graphs, sorted. */
    public List<String> docIds() {
        return docIds;
    }

    /** docId -> schema:datePublished lexical form, for the documents that have one. */
    public Map<String, String> datePublished() {
        return datePublished;
    }

    /** IRI -> entity. */
    public Map<String, ExtractedEntity> entities() {
        return entities;
    }

    /** IRI -> event. */
    public Map<String, ExtractedEvent> events() {
        return events;
    }

    /** The entities whose graph for this document holds them, in IRI order. */
    public List<ExtractedEntity> entitiesIn(String docId) {
        List<ExtractedEntity> out = new ArrayList<>();
        for (ExtractedEntity e : entities.values()) {
            if (e.docs().contains(docId)) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparing(ExtractedEntity::iri));
        return out;
    }

    private static Set<String> surfaces(Model m, Resource entity) {
        Set<String> out = new LinkedHashSet<>();
        m.listObjectsOfProperty(entity, Vocab.mention).forEachRemaining(mention -> {
            if (mention.isResource()) {
                m.listObjectsOfProperty(mention.asResource(), Vocab.surface).forEachRemaining(s -> {
                    if (s.isLiteral()) {
                        out.add(s.asLiteral().getLexicalForm());
                    }
                });
            }
        });
        return out;
    }

    private static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return iri.substring(cut + 1);
    }

    private static String firstLabel(Model union, Resource r) {
        List<String> labels = new ArrayList<>();
        union.listObjectsOfProperty(r, Vocab.label).forEachRemaining(l -> {
            if (l.isLiteral()) {
                labels.add(l.asLiteral().getLexicalForm());
            }
        });
        labels.sort(null);
        return labels.isEmpty() ? localName(r.getURI()) : labels.get(0);
    }

    private static BigDecimal decimal(RDFNode n) {
        if (n == null || !n.isLiteral()) {
            return null;
        }
        Literal l = n.asLiteral();
        try {
            return new BigDecimal(l.getLexicalForm().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> orderedMap(Object... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static final class EntityBuilder {
        final String iri;
        final String type;
        final Map<String, Set<String>> surfacesByDoc = new TreeMap<>();

        EntityBuilder(String iri, String type) {
            this.iri = iri;
            this.type = type;
        }

        ExtractedEntity build(Model union) {
            Resource r = union.createResource(iri);
            Set<String> alt = new LinkedHashSet<>();
            union.listObjectsOfProperty(r, Vocab.Skos.altLabel).forEachRemaining(l -> {
                if (l.isLiteral()) {
                    alt.add(l.asLiteral().getLexicalForm());
                }
            });
            union.listObjectsOfProperty(r, Vocab.label).forEachRemaining(l -> {
                if (l.isLiteral()) {
                    alt.add(l.asLiteral().getLexicalForm()); // a second label is one more name
                }
            });
            Set<String> sameAs = new LinkedHashSet<>();
            union.listObjectsOfProperty(r, Vocab.sameAs).forEachRemaining(o -> {
                if (o.isURIResource() && o.asResource().getURI().startsWith(WD)) {
                    sameAs.add(o.asResource().getURI().substring(WD.length()));
                }
            });
            return new ExtractedEntity(iri, type, firstLabel(union, r), alt, sameAs, surfacesByDoc);
        }
    }

    private static final class EventBuilder {
        final String iri;
        final Set<String> classes = new LinkedHashSet<>();
        final Map<String, Set<String>> roles = new TreeMap<>();
        final Set<String> times = new LinkedHashSet<>();
        final Map<String, List<List<BigDecimal>>> quantities = new TreeMap<>();
        final Map<String, List<String>> rules = new TreeMap<>();

        EventBuilder(String iri) {
            this.iri = iri;
        }

        void readGraph(String docId, Model m, Resource event, Model union) {
            if (rules.containsKey(docId)) {
                return; // already read this graph (the event has two classes)
            }
            for (Map.Entry<String, Property> role : ROLE_PROPERTIES.entrySet()) {
                m.listObjectsOfProperty(event, role.getValue()).forEachRemaining(o -> {
                    if (o.isURIResource()) {
                        roles.computeIfAbsent(o.asResource().getURI(), k -> new LinkedHashSet<>()).add(role.getKey());
                    }
                });
            }
            m.listObjectsOfProperty(event, Vocab.time).forEachRemaining(t -> {
                if (t.isLiteral()) {
                    times.add(t.asLiteral().getLexicalForm());
                }
            });
            List<List<BigDecimal>> docQuantities = quantities.computeIfAbsent(docId, d -> new ArrayList<>());
            m.listObjectsOfProperty(event, Vocab.quantity).forEachRemaining(q -> {
                if (q.isResource()) {
                    List<BigDecimal> numbers = new ArrayList<>();
                    for (Property p : List.of(Vocab.Schema.value, Vocab.Schema.minValue, Vocab.Schema.maxValue)) {
                        union.listObjectsOfProperty(q.asResource(), p).forEachRemaining(v -> {
                            BigDecimal d = decimal(v);
                            if (d != null) {
                                numbers.add(d);
                            }
                        });
                    }
                    docQuantities.add(numbers);
                }
            });
            List<String> docRules = rules.computeIfAbsent(docId, d -> new ArrayList<>());
            m.listObjectsOfProperty(event, Vocab.mention).forEachRemaining(mention -> {
                if (mention.isResource()) {
                    List<String> ruleIds = new ArrayList<>();
                    m.listObjectsOfProperty(mention.asResource(), Vocab.rule).forEachRemaining(r -> {
                        if (r.isLiteral()) {
                            ruleIds.add(r.asLiteral().getLexicalForm());
                        }
                    });
                    docRules.addAll(ruleIds.isEmpty() ? List.of("(no rule)") : ruleIds);
                }
            });
        }

        ExtractedEvent build(Model union) {
            return new ExtractedEvent(iri, classes, firstLabel(union, union.createResource(iri)), roles, times,
                    quantities, rules);
        }
    }
}
