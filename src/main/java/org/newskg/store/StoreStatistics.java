package org.newskg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Counts that the whole-store reports need, kept in the named graph
 * {@code <https://w3id.org/newskg/graph/statistics>} and updated in the same write transaction
 * as every article load, replacement and removal, so they are never stale. Without them,
 * "how many events of each class" and "how often is each linked entity mentioned" read every
 * article of the store (seconds on 100,000 articles); with them, a few hundred triples.
 * <p>
 * What the graph holds (terms under {@value #NS}, bookkeeping of the store, not part of the
 * domain ontology):
 * <ul>
 *   <li>per event class C (the eleven of the ontology contract), while some article types an
 *       event C: {@code C stat:events N} (distinct events typed C in any article),
 *       {@code stat:mentions} (their mentions) and {@code stat:articles} (articles holding a
 *       mention of one of them);</li>
 *   <li>per entity E typed Person, State, Organization, Place or Treaty in some article:
 *       {@code E stat:class C} for each such class an article gives it, {@code stat:label} and
 *       {@code stat:sameAs} for each rdfs:label and owl:sameAs an article gives it,
 *       {@code stat:mentions} and {@code stat:articles} (articles that mention it);</li>
 *   <li>per event E that two or more articles give figures for (nkg:quantity):
 *       {@code E stat:figuresFrom N}, the number of those articles; where articles may disagree
 *       on a figure, found without reading every event;</li>
 *   <li>{@code <graph> stat:version} {@value #CURRENT_VERSION}.</li>
 * </ul>
 * An article's part is read from its own graph: the extractor writes every node an article
 * mentions with its type (event IRIs include their class), so per-article parts add up to what
 * the same count over the union of all articles gives; mention IRIs include the document id,
 * so mentions add up too. {@code StoreStatisticsTest} checks this against the full queries
 * after loads, replacements and removals in a real TDB2 store.
 * <p>
 * Writes through SPARQL Update or the Graph Store Protocol (the server's admin endpoints)
 * bypass these counts; {@link #rebuild} recomputes them from the articles.
 */
public final class StoreStatistics {
    /** Namespace of the statistics terms. */
    public static final String NS = "https://w3id.org/newskg/statistics#";
    /** The named graph of the statistics. */
    public static final String GRAPH_IRI = StoreIris.STATISTICS_GRAPH_IRI;
    static final Node GRAPH = NodeFactory.createURI(GRAPH_IRI);

    static final Node EVENTS = NodeFactory.createURI(NS + "events");
    static final Node MENTIONS = NodeFactory.createURI(NS + "mentions");
    static final Node ARTICLES = NodeFactory.createURI(NS + "articles");
    static final Node CLASS = NodeFactory.createURI(NS + "class");
    static final Node LABEL = NodeFactory.createURI(NS + "label");
    static final Node SAME_AS = NodeFactory.createURI(NS + "sameAs");
    static final Node FIGURES_FROM = NodeFactory.createURI(NS + "figuresFrom");
    static final Node VERSION = NodeFactory.createURI(NS + "version");
    /** Bumped when the graph's content changes meaning; a store with another version recomputes it on open. */
    static final long CURRENT_VERSION = 3;

    private static final Node MENTION = NodeFactory.createURI(StoreIris.NKG + "mention");
    private static final Node QUANTITY = NodeFactory.createURI(StoreIris.NKG + "quantity");
    private static final Node TYPE = RDF.type.asNode();

    /** The event classes of the ontology contract (as the reports list them). */
    static final Set<Node> EVENT_CLASSES = nkg("Deployment", "ArmsTransfer", "Payment", "Aid", "TreatySigning",
            "Meeting", "Visit", "Sanction", "Casualty", "Trade", "LaborMigration");
    /** The entity classes of the ontology contract. */
    static final Set<Node> ENTITY_CLASSES = nkg("Person", "State", "Organization", "Place", "Treaty");

    private StoreStatistics() {
    }

    private static Set<Node> nkg(String... names) {
        Set<Node> nodes = new LinkedHashSet<>();
        for (String n : names) {
            nodes.add(NodeFactory.createURI(StoreIris.NKG + n));
        }
        return Set.copyOf(nodes);
    }

    // ---- one article's part

    /** What one entity gets from one article. */
    record EntityPart(Set<Node> classes, Set<Node> labels, Set<Node> sameAs, long mentions) {
    }

    /** What one event class gets from one article: its events there and their mentions. */
    record ClassPart(Set<Node> events, long mentions) {
    }

    /** One article's part of the statistics; {@code figured}: the nodes it gives a figure (nkg:quantity). */
    record Part(Map<Node, EntityPart> entities, Map<Node, ClassPart> classes, Set<Node> figured) {
    }

    /** The part of the article whose graph is {@code graph}. */
    static Part partOf(Graph graph) {
        Map<Node, Set<Node>> entityClasses = new LinkedHashMap<>();
        Map<Node, Set<Node>> classEvents = new LinkedHashMap<>();
        Iterator<Triple> types = graph.find(Node.ANY, TYPE, Node.ANY);
        try {
            while (types.hasNext()) {
                Triple t = types.next();
                if (ENTITY_CLASSES.contains(t.getObject())) {
                    entityClasses.computeIfAbsent(t.getSubject(), s -> new LinkedHashSet<>()).add(t.getObject());
                } else if (EVENT_CLASSES.contains(t.getObject())) {
                    classEvents.computeIfAbsent(t.getObject(), c -> new LinkedHashSet<>()).add(t.getSubject());
                }
            }
        } finally {
            Iter.close(types);
        }
        Map<Node, EntityPart> entities = new LinkedHashMap<>();
        entityClasses.forEach((entity, classes) -> entities.put(entity, new EntityPart(classes,
                objects(graph, entity, RDFS.label.asNode()), objects(graph, entity, OWL.sameAs.asNode()),
                count(graph, entity, MENTION))));
        Map<Node, ClassPart> classes = new LinkedHashMap<>();
        classEvents.forEach((c, events) -> {
            long mentions = 0;
            for (Node e : events) {
                mentions += count(graph, e, MENTION);
            }
            classes.put(c, new ClassPart(events, mentions));
        });
        Set<Node> figured = new LinkedHashSet<>();
        graph.find(Node.ANY, QUANTITY, Node.ANY).forEachRemaining(t -> figured.add(t.getSubject()));
        return new Part(entities, classes, figured);
    }

    private static Set<Node> objects(Graph graph, Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        graph.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    private static long count(Graph graph, Node s, Node p) {
        return Iter.count(graph.find(s, p, Node.ANY));
    }

    // ---- incremental upkeep inside a write transaction

    /**
     * Adds an article's part; call inside the write transaction, BEFORE the article's quads are
     * written (an event is new to the store when no graph types it yet).
     */
    static void add(DatasetGraph dsg, Part part) {
        part.classes().forEach((c, p) -> {
            long newEvents = p.events().stream().filter(e -> !statedInSomeGraph(dsg, e, TYPE, c)).count();
            addCount(dsg, c, EVENTS, newEvents);
            addCount(dsg, c, MENTIONS, p.mentions());
            addCount(dsg, c, ARTICLES, p.mentions() > 0 ? 1 : 0);
        });
        // before the article's quads: the graphs that gave a figure so far, and this one
        part.figured().forEach(e -> setFiguresFrom(dsg, e, graphsWithFigure(dsg, e) + 1));
        setVersion(dsg);
        part.entities().forEach((e, p) -> {
            p.classes().forEach(c -> dsg.add(GRAPH, e, CLASS, c));
            p.labels().forEach(l -> dsg.add(GRAPH, e, LABEL, l));
            p.sameAs().forEach(w -> dsg.add(GRAPH, e, SAME_AS, w));
            addCount(dsg, e, MENTIONS, p.mentions());
            addCount(dsg, e, ARTICLES, p.mentions() > 0 ? 1 : 0);
        });
    }

    /**
     * Takes an article's part away; call inside the write transaction, AFTER the article's quads
     * were deleted (a fact leaves the statistics when no graph states it any more).
     */
    static void subtract(DatasetGraph dsg, Part part) {
        part.classes().forEach((c, p) -> {
            long goneEvents = p.events().stream().filter(e -> !statedInSomeGraph(dsg, e, TYPE, c)).count();
            addCount(dsg, c, EVENTS, -goneEvents);
            addCount(dsg, c, MENTIONS, -p.mentions());
            addCount(dsg, c, ARTICLES, p.mentions() > 0 ? -1 : 0);
            if (countOf(dsg, c, EVENTS) <= 0) {
                dsg.deleteAny(GRAPH, c, Node.ANY, Node.ANY);
            }
        });
        part.figured().forEach(e -> setFiguresFrom(dsg, e, graphsWithFigure(dsg, e)));
        part.entities().forEach((e, p) -> {
            p.classes().stream().filter(c -> !statedInSomeGraph(dsg, e, TYPE, c)).forEach(c -> dsg.delete(GRAPH, e, CLASS, c));
            p.labels().stream().filter(l -> !statedInSomeGraph(dsg, e, RDFS.label.asNode(), l))
                    .forEach(l -> dsg.delete(GRAPH, e, LABEL, l));
            p.sameAs().stream().filter(w -> !statedInSomeGraph(dsg, e, OWL.sameAs.asNode(), w))
                    .forEach(w -> dsg.delete(GRAPH, e, SAME_AS, w));
            addCount(dsg, e, MENTIONS, -p.mentions());
            addCount(dsg, e, ARTICLES, p.mentions() > 0 ? -1 : 0);
            if (!dsg.contains(GRAPH, e, CLASS, Node.ANY)) {
                dsg.deleteAny(GRAPH, e, Node.ANY, Node.ANY);
            }
        });
        // nothing counted any more: no statistics graph (as in a store that never had an article)
        boolean onlyVersion = true;
        Iterator<Quad> left = dsg.find(GRAPH, Node.ANY, Node.ANY, Node.ANY);
        try {
            while (onlyVersion && left.hasNext()) {
                onlyVersion = left.next().getPredicate().equals(VERSION);
            }
        } finally {
            Iter.close(left);
        }
        if (onlyVersion) {
            dsg.deleteAny(GRAPH, GRAPH, VERSION, Node.ANY);
        }
    }

    /** How many graphs give {@code e} a figure. */
    private static long graphsWithFigure(DatasetGraph dsg, Node e) {
        Set<Node> graphs = new java.util.HashSet<>();
        Iterator<Quad> quads = dsg.find(Node.ANY, e, QUANTITY, Node.ANY);
        try {
            quads.forEachRemaining(q -> graphs.add(q.getGraph()));
        } finally {
            Iter.close(quads);
        }
        graphs.remove(GRAPH);
        return graphs.size();
    }

    /** {@code e stat:figuresFrom n} when n >= 2, else nothing. */
    private static void setFiguresFrom(DatasetGraph dsg, Node e, long n) {
        dsg.deleteAny(GRAPH, e, FIGURES_FROM, Node.ANY);
        if (n >= 2) {
            dsg.add(GRAPH, e, FIGURES_FROM, integer(n));
        }
    }

    private static void setVersion(DatasetGraph dsg) {
        if (!dsg.contains(GRAPH, GRAPH, VERSION, integer(CURRENT_VERSION))) {
            dsg.deleteAny(GRAPH, GRAPH, VERSION, Node.ANY);
            dsg.add(GRAPH, GRAPH, VERSION, integer(CURRENT_VERSION));
        }
    }

    /** Whether the store's statistics graph is of the current version (absent: false). */
    static boolean current(DatasetGraph dsg) {
        return dsg.contains(GRAPH, GRAPH, VERSION, integer(CURRENT_VERSION));
    }

    /** Whether a graph other than the statistics graph holds the triple. */
    private static boolean statedInSomeGraph(DatasetGraph dsg, Node s, Node p, Node o) {
        Iterator<Quad> quads = dsg.find(Node.ANY, s, p, o);
        try {
            while (quads.hasNext()) {
                if (!quads.next().getGraph().equals(GRAPH)) {
                    return true;
                }
            }
            return false;
        } finally {
            Iter.close(quads);
        }
    }

    static long countOf(DatasetGraph dsg, Node subject, Node counter) {
        Iterator<Quad> quads = dsg.find(GRAPH, subject, counter, Node.ANY);
        try {
            long total = 0;
            while (quads.hasNext()) {
                Node value = quads.next().getObject();
                if (value.isLiteral() && value.getLiteralValue() instanceof Number n) {
                    total += n.longValue();
                }
            }
            return total;
        } finally {
            Iter.close(quads);
        }
    }

    private static void addCount(DatasetGraph dsg, Node subject, Node counter, long delta) {
        long now = countOf(dsg, subject, counter);
        if (delta == 0 && dsg.contains(GRAPH, subject, counter, Node.ANY)) {
            return;
        }
        dsg.deleteAny(GRAPH, subject, counter, Node.ANY);
        dsg.add(GRAPH, subject, counter, integer(Math.max(0, now + delta)));
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    // ---- totals built in memory (first load into an empty store, rebuild)

    /**
     * The statistics of many articles summed in memory, for a load that cannot look at the store
     * while it writes (the phased bulk build) and for {@link #rebuild}. Articles must be added
     * in one pass, each once.
     */
    static final class Totals {
        private final Set<List<Node>> typedEvents = new java.util.HashSet<>();
        /** Articles giving each node a figure so far. */
        private final Map<Node, Integer> figured = new HashMap<>();
        private final Map<Node, long[]> classCounts = new LinkedHashMap<>();
        private final Map<Node, EntityTotals> entities = new LinkedHashMap<>();
        private final BiPredicate<Node, Node> typedBefore;

        /** @param typedBefore whether the store already typed event {@code e} with class {@code c} */
        Totals(BiPredicate<Node, Node> typedBefore) {
            this.typedBefore = typedBefore;
        }

        private static final class EntityTotals {
            final Set<Node> classes = new LinkedHashSet<>();
            final Set<Node> labels = new LinkedHashSet<>();
            final Set<Node> sameAs = new LinkedHashSet<>();
            long mentions;
            long articles;
        }

        void add(Part part) {
            part.classes().forEach((c, p) -> {
                long[] counts = classCounts.computeIfAbsent(c, k -> new long[3]);
                for (Node e : p.events()) {
                    if (typedEvents.add(List.of(e, c)) && !typedBefore.test(e, c)) {
                        counts[0]++;
                    }
                }
                counts[1] += p.mentions();
                counts[2] += p.mentions() > 0 ? 1 : 0;
            });
            part.figured().forEach(e -> figured.merge(e, 1, Integer::sum));
            part.entities().forEach((e, p) -> {
                EntityTotals t = entities.computeIfAbsent(e, k -> new EntityTotals());
                t.classes.addAll(p.classes());
                t.labels.addAll(p.labels());
                t.sameAs.addAll(p.sameAs());
                t.mentions += p.mentions();
                t.articles += p.mentions() > 0 ? 1 : 0;
            });
        }

        /** The statistics graph's quads. */
        List<Quad> quads() {
            List<Quad> quads = new ArrayList<>();
            quads.add(Quad.create(GRAPH, GRAPH, VERSION, integer(CURRENT_VERSION)));
            figured.forEach((e, n) -> {
                if (n >= 2) {
                    quads.add(Quad.create(GRAPH, e, FIGURES_FROM, integer(n)));
                }
            });
            classCounts.forEach((c, n) -> {
                if (n[0] > 0) {
                    quads.add(Quad.create(GRAPH, c, EVENTS, integer(n[0])));
                    quads.add(Quad.create(GRAPH, c, MENTIONS, integer(n[1])));
                    quads.add(Quad.create(GRAPH, c, ARTICLES, integer(n[2])));
                }
            });
            entities.forEach((e, t) -> {
                t.classes.forEach(c -> quads.add(Quad.create(GRAPH, e, CLASS, c)));
                t.labels.forEach(l -> quads.add(Quad.create(GRAPH, e, LABEL, l)));
                t.sameAs.forEach(w -> quads.add(Quad.create(GRAPH, e, SAME_AS, w)));
                quads.add(Quad.create(GRAPH, e, MENTIONS, integer(t.mentions)));
                quads.add(Quad.create(GRAPH, e, ARTICLES, integer(t.articles)));
            });
            return quads;
        }
    }

    /** Whether the store holds a statistics graph. */
    static boolean present(DatasetGraph dsg) {
        return hasAnyQuad(dsg, GRAPH);
    }

    /** Whether {@code graphName} holds at least one quad in {@code dsg} (the iterator is closed either way). */
    static boolean hasAnyQuad(DatasetGraph dsg, Node graphName) {
        Iterator<Quad> quads = dsg.find(graphName, Node.ANY, Node.ANY, Node.ANY);
        try {
            return quads.hasNext();
        } finally {
            Iter.close(quads);
        }
    }

    /**
     * Recomputes the statistics graph from every other graph of {@code dsg}; call inside a write
     * transaction. For stores written before the statistics existed (or of another version), and
     * for datasets filled without a {@link KnowledgeStore} (tests that load TriG).
     * <p>
     * It reads the store by predicate (types, mentions, labels, links, figures: the index gives
     * each across all graphs in one scan), not graph by graph: reading 100,000 article graphs one
     * at a time took most of an hour, these scans a few minutes. Counted over all graphs at once, a
     * mention counts for every class any article gives its subject (as the full report queries
     * count); per article, only for the classes that article gives it. The two agree because every
     * article types the nodes it mentions.
     */
    public static void rebuild(DatasetGraph dsg) {
        // entities and events, with their classes
        Map<Node, Set<Node>> entityClasses = new HashMap<>();
        Map<Node, Set<Node>> eventClasses = new HashMap<>();
        Map<Node, Set<Node>> classEvents = new LinkedHashMap<>();
        for (Node c : ENTITY_CLASSES) {
            scan(dsg, null, TYPE, c, q -> entityClasses.computeIfAbsent(q.getSubject(), k -> new LinkedHashSet<>()).add(c));
        }
        for (Node c : EVENT_CLASSES) {
            scan(dsg, null, TYPE, c, q -> {
                eventClasses.computeIfAbsent(q.getSubject(), k -> new LinkedHashSet<>()).add(c);
                classEvents.computeIfAbsent(c, k -> new java.util.HashSet<>()).add(q.getSubject());
            });
        }
        // mentions: per entity and per event class, with the articles they are in
        Map<Node, long[]> entityMentions = new HashMap<>();
        Map<Node, Set<Node>> entityArticles = new HashMap<>();
        Map<Node, long[]> classMentions = new HashMap<>();
        Map<Node, Set<Node>> classArticles = new HashMap<>();
        scan(dsg, null, MENTION, null, q -> {
            Node s = q.getSubject();
            if (entityClasses.containsKey(s)) {
                entityMentions.computeIfAbsent(s, k -> new long[1])[0]++;
                entityArticles.computeIfAbsent(s, k -> new java.util.HashSet<>()).add(q.getGraph());
            }
            Set<Node> classes = eventClasses.get(s);
            if (classes != null) {
                for (Node c : classes) {
                    classMentions.computeIfAbsent(c, k -> new long[1])[0]++;
                    classArticles.computeIfAbsent(c, k -> new java.util.HashSet<>()).add(q.getGraph());
                }
            }
        });
        // figures: the articles that give each node one
        Map<Node, Set<Node>> figureArticles = new HashMap<>();
        scan(dsg, null, QUANTITY, null,
                q -> figureArticles.computeIfAbsent(q.getSubject(), k -> new java.util.HashSet<>()).add(q.getGraph()));

        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(GRAPH, GRAPH, VERSION, integer(CURRENT_VERSION)));
        classEvents.forEach((c, events) -> {
            quads.add(Quad.create(GRAPH, c, EVENTS, integer(events.size())));
            quads.add(Quad.create(GRAPH, c, MENTIONS, integer(classMentions.getOrDefault(c, new long[1])[0])));
            quads.add(Quad.create(GRAPH, c, ARTICLES, integer(classArticles.getOrDefault(c, Set.of()).size())));
        });
        entityClasses.forEach((e, classes) -> {
            classes.forEach(c -> quads.add(Quad.create(GRAPH, e, CLASS, c)));
            Set<Node> labels = new LinkedHashSet<>();
            scan(dsg, e, RDFS.label.asNode(), null, q -> labels.add(q.getObject()));
            labels.forEach(l -> quads.add(Quad.create(GRAPH, e, LABEL, l)));
            Set<Node> links = new LinkedHashSet<>();
            scan(dsg, e, OWL.sameAs.asNode(), null, q -> links.add(q.getObject()));
            links.forEach(w -> quads.add(Quad.create(GRAPH, e, SAME_AS, w)));
            quads.add(Quad.create(GRAPH, e, MENTIONS, integer(entityMentions.getOrDefault(e, new long[1])[0])));
            quads.add(Quad.create(GRAPH, e, ARTICLES, integer(entityArticles.getOrDefault(e, Set.of()).size())));
        });
        figureArticles.forEach((e, graphs) -> {
            if (graphs.size() >= 2) {
                quads.add(Quad.create(GRAPH, e, FIGURES_FROM, integer(graphs.size())));
            }
        });
        dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
        quads.forEach(dsg::add);
    }

    /** Every quad (s p o) of every graph but the statistics graph; null = any. */
    private static void scan(DatasetGraph dsg, Node s, Node p, Node o, java.util.function.Consumer<Quad> action) {
        Iterator<Quad> quads = dsg.find(Node.ANY, s == null ? Node.ANY : s, p, o == null ? Node.ANY : o);
        try {
            while (quads.hasNext()) {
                Quad q = quads.next();
                if (!q.getGraph().equals(GRAPH)) {
                    action.accept(q);
                }
            }
        } finally {
            Iter.close(quads);
        }
    }

    /** The statistics graph as sorted "s p o" lines, for tests and logs. */
    static java.util.SortedSet<String> contents(DatasetGraph dsg) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        dsg.find(GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple().toString()));
        return out;
    }
}
