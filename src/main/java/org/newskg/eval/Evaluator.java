package org.newskg.eval;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;

/**
 * Scores an extracted dataset against a gold file (format in src/test/resources/gold/README.md).
 *
 * <p>Entities are matched per document: a gold entity of document D and an entity in D's graph correspond when
 * the entity's label, an skos:altLabel or the nkg:surface of one of its mentions in D equals the gold name or an
 * alias under {@link NameKey} (case, "the", punctuation and whitespace ignored), or when its owl:sameAs is the gold
 * Wikidata id. Each document is a one-to-one assignment, best evidence first (same Wikidata id, then label =
 * name, then label = alias or name = surface, then alias = surface; the same type breaks ties), so a second node
 * for an entity already matched is a false positive (a "duplicate"). Optional gold entities and gold entities of
 * type Other are neither required nor penalized: an extracted entity that corresponds only to one of them is
 * left out of precision.
 *
 * <p>Events follow the seed scoring rule: an extracted event matches a gold event when one of its classes is the
 * gold type or an alternative type, it is mentioned in at least one of the gold event's documents, and at least
 * two of the gold participants (all, if the gold has fewer) are among its participants in any role, participants
 * being compared through the entity assignments. Several extracted events may match one gold event (reported as
 * split events, a fusion miss, but not counted as false positives). An extracted event that matches only optional
 * gold events is left out of precision.
 */
public final class Evaluator {
    /** Quantities match when they differ by at most this share of the larger value. */
    static final BigDecimal QUANTITY_TOLERANCE = new BigDecimal("0.01");

    /** Reads both files and scores the graph file against the gold file. */
    public static EvaluationReport evaluate(Path goldFile, Path graphFile) throws IOException {
        return new Evaluator().evaluate(GoldStandard.read(goldFile), ExtractedDataset.read(graphFile));
    }

    /** Scores a dataset (one named graph per article) against a gold annotation. */
    public EvaluationReport evaluate(GoldStandard gold, Dataset dataset) {
        return evaluate(gold, ExtractedDataset.of(dataset));
    }

    /** Scores extracted data against a gold annotation. */
    public EvaluationReport evaluate(GoldStandard gold, ExtractedDataset data) {
        return new Run(gold, data).score();
    }

    /** One evaluation: the state shared by the entity and the event scoring. */
    private static final class Run {
        final GoldStandard gold;
        final ExtractedDataset data;
        /** gold document prefix -> docId (null when no graph has that prefix). */
        final Map<String, String> docOfPrefix = new LinkedHashMap<>();
        /** docId -> gold name -> assigned extracted entity IRI. */
        final Map<String, Map<String, String>> assigned = new TreeMap<>();
        /** extracted entity IRI -> gold names it was assigned to in some document. */
        final Map<String, Set<String>> goldNamesOf = new HashMap<>();

        final List<String> missedEntities = new ArrayList<>();
        final List<String> falseEntities = new ArrayList<>();
        final List<String> wrongTypes = new ArrayList<>();
        final List<String> wrongLinks = new ArrayList<>();
        final List<String> missedEvents = new ArrayList<>();
        final List<String> falseEvents = new ArrayList<>();
        final List<String> splitEvents = new ArrayList<>();
        final List<String> mergedEvents = new ArrayList<>();
        final List<String> wrongRoles = new ArrayList<>();
        final List<String> missedQuantities = new ArrayList<>();
        final List<String> wrongDates = new ArrayList<>();
        final List<String> publicationDateLines = new ArrayList<>();

        Run(GoldStandard gold, ExtractedDataset data) {
            this.gold = gold;
            this.data = data;
        }

        EvaluationReport score() {
            List<String> unscored = mapDocuments();
            Ratio publicationDates = scorePublicationDates();
            EvaluationReport.EntityScores entities = scoreEntities();
            EventResult events = scoreEvents();
            EvaluationReport.Findings findings = new EvaluationReport.Findings(missedEntities, falseEntities,
                    wrongTypes, wrongLinks, missedEvents, falseEvents, splitEvents, mergedEvents, wrongRoles, missedQuantities,
                    wrongDates, publicationDateLines);
            return new EvaluationReport(docOfPrefix, unscored, publicationDates, entities, events.scores,
                    events.classes, events.rules, findings);
        }

        // ---- documents --------------------------------------------------------------------------------------

        /** Maps each gold document prefix to the one graph whose docId starts with it; returns unscored graphs. */
        List<String> mapDocuments() {
            Set<String> prefixes = new TreeSet<>(gold.articles().keySet());
            gold.entities().forEach(e -> prefixes.addAll(e.docs()));
            gold.events().forEach(e -> prefixes.addAll(e.docs()));
            Set<String> used = new HashSet<>();
            for (String prefix : prefixes) {
                List<String> hits = data.docIds().stream().filter(d -> d.startsWith(prefix)).toList();
                if (hits.size() > 1) {
                    throw new IllegalArgumentException("gold document " + prefix + " matches several graphs: " + hits);
                }
                String docId = hits.isEmpty() ? null : hits.get(0);
                docOfPrefix.put(prefix, docId);
                if (docId != null) {
                    used.add(docId);
                }
            }
            List<String> unscored = new ArrayList<>();
            for (String d : data.docIds()) {
                if (!used.contains(d)) {
                    unscored.add(d);
                }
            }
            return unscored;
        }

        Ratio scorePublicationDates() {
            int hits = 0;
            int total = 0;
            for (Map.Entry<String, String> a : gold.articles().entrySet()) {
                String docId = docOfPrefix.get(a.getKey());
                if (a.getValue() == null || docId == null) {
                    continue;
                }
                String extracted = data.datePublished().get(docId);
                if (extracted == null) {
                    publicationDateLines.add(a.getKey() + ": gold " + a.getValue() + ", none extracted");
                    continue;
                }
                total++;
                if (prefixCompatible(a.getValue(), extracted)) {
                    hits++;
                } else {
                    publicationDateLines.add(a.getKey() + ": gold " + a.getValue() + ", extracted " + extracted);
                }
            }
            return new Ratio(hits, total);
        }

        // ---- entities ---------------------------------------------------------------------------------------

        EvaluationReport.EntityScores scoreEntities() {
            int pHits = 0;
            int pTotal = 0;
            int rHits = 0;
            int rTotal = 0;
            int typeHits = 0;
            int typeTotal = 0;
            Set<String> goldFound = new HashSet<>();
            Set<String> goldRequired = new LinkedHashSet<>();
            Map<String, Outcome> iriOutcome = new TreeMap<>();

            for (Map.Entry<String, String> doc : docOfPrefix.entrySet()) {
                String prefix = doc.getKey();
                String docId = doc.getValue();
                List<GoldEntity> goldHere = gold.entities().stream().filter(e -> e.docs().contains(prefix)).toList();
                goldHere.stream().filter(e -> !e.ignorable()).forEach(e -> goldRequired.add(e.name()));
                if (docId == null) {
                    for (GoldEntity g : goldHere) {
                        if (!g.ignorable()) {
                            rTotal++;
                            missedEntities.add(prefix + ": " + g.name() + " (" + g.type() + ") - document not in the graph");
                        }
                    }
                    continue;
                }
                List<ExtractedEntity> extractedHere = data.entitiesIn(docId);
                Map<String, String> assignment = assign(goldHere, extractedHere, docId);
                assigned.put(docId, assignment);
                Map<String, String> goldOfIri = new HashMap<>();
                assignment.forEach((name, iri) -> {
                    goldOfIri.put(iri, name);
                    goldNamesOf.computeIfAbsent(iri, k -> new TreeSet<>()).add(name);
                });
                for (GoldEntity g : goldHere) {
                    if (g.ignorable()) {
                        continue;
                    }
                    rTotal++;
                    if (assignment.containsKey(g.name())) {
                        rHits++;
                        goldFound.add(g.name());
                    } else {
                        missedEntities.add(docId + ": " + g.name() + " (" + g.type() + ")");
                    }
                }
                for (ExtractedEntity x : extractedHere) {
                    String name = goldOfIri.get(x.iri());
                    Outcome outcome;
                    if (name != null) {
                        GoldEntity g = gold.entity(name);
                        if (g.ignorable()) {
                            outcome = Outcome.IGNORED;
                        } else {
                            outcome = Outcome.MATCHED;
                            typeTotal++;
                            if (g.type().equals(x.type())) {
                                typeHits++;
                            } else {
                                wrongTypes.add(docId + ": " + g.name() + " is " + g.type() + ", extracted " + x.describe());
                            }
                        }
                    } else {
                        List<GoldEntity> similar = goldHere.stream().filter(g -> score(g, x, docId) > 0).toList();
                        if (similar.stream().anyMatch(GoldEntity::ignorable)) {
                            outcome = Outcome.IGNORED;
                        } else {
                            outcome = Outcome.FALSE;
                            falseEntities.add(docId + ": " + x.describe() + " surfaces " + x.surfacesByDoc().get(docId)
                                    + (similar.isEmpty() ? "" : " - duplicate of " + similar.get(0).name()));
                        }
                    }
                    if (outcome == Outcome.MATCHED) {
                        pHits++;
                        pTotal++;
                    } else if (outcome == Outcome.FALSE) {
                        pTotal++;
                    }
                    iriOutcome.merge(x.iri(), outcome, Outcome::best);
                }
            }
            int distinctHits = (int) iriOutcome.values().stream().filter(o -> o == Outcome.MATCHED).count();
            int distinctTotal = (int) iriOutcome.values().stream().filter(o -> o != Outcome.IGNORED).count();
            int goldFoundRequired = (int) goldRequired.stream().filter(goldFound::contains).count();
            return new EvaluationReport.EntityScores(new Ratio(pHits, pTotal), new Ratio(rHits, rTotal),
                    new Ratio(distinctHits, distinctTotal), new Ratio(goldFoundRequired, goldRequired.size()),
                    new Ratio(typeHits, typeTotal), scoreLinking());
        }

        /** One-to-one assignment of gold names to extracted IRIs in one document, best evidence first. */
        Map<String, String> assign(List<GoldEntity> goldHere, List<ExtractedEntity> extractedHere, String docId) {
            record Pair(int goldIndex, String iri, double score) {
            }
            List<Pair> pairs = new ArrayList<>();
            for (int i = 0; i < goldHere.size(); i++) {
                for (ExtractedEntity x : extractedHere) {
                    double s = score(goldHere.get(i), x, docId);
                    if (s > 0) {
                        pairs.add(new Pair(i, x.iri(), s));
                    }
                }
            }
            pairs.sort(Comparator.comparingDouble(Pair::score).reversed().thenComparingInt(Pair::goldIndex)
                    .thenComparing(Pair::iri));
            Map<String, String> assignment = new LinkedHashMap<>();
            Set<String> taken = new HashSet<>();
            for (Pair p : pairs) {
                String name = goldHere.get(p.goldIndex()).name();
                if (!assignment.containsKey(name) && !taken.contains(p.iri())) {
                    assignment.put(name, p.iri());
                    taken.add(p.iri());
                }
            }
            return assignment;
        }

        /** Strength of the evidence that x in document docId is gold entity g; 0 when none. */
        static double score(GoldEntity g, ExtractedEntity x, String docId) {
            String nameKey = NameKey.of(g.name());
            Set<String> goldKeys = new HashSet<>(NameKey.of(g.aliases()));
            goldKeys.add(nameKey);
            String labelKey = NameKey.of(x.label());
            Set<String> names = new LinkedHashSet<>(x.altLabels());
            names.addAll(x.surfacesByDoc().getOrDefault(docId, Set.of()));
            Set<String> nameKeys = NameKey.of(names);
            double s;
            if (g.wikidata() != null && x.sameAs().contains(g.wikidata())) {
                s = 4;
            } else if (!nameKey.isEmpty() && labelKey.equals(nameKey)) {
                s = 3;
            } else if (goldKeys.contains(labelKey) || nameKeys.contains(nameKey)) {
                s = 2;
            } else if (!Collections.disjoint(nameKeys, goldKeys)) {
                s = 1;
            } else {
                return 0;
            }
            return g.type().equals(x.type()) ? s + 0.5 : s;
        }

        /**
         * Of the distinct (gold, extracted) matches whose gold says something about the link: right when a gold id
         * is among the owl:sameAs ids; a link on an entity the gold marks unlinked (null) is wrong.
         */
        Ratio scoreLinking() {
            Set<String> seen = new HashSet<>();
            int hits = 0;
            int total = 0;
            for (Map<String, String> assignment : assigned.values()) {
                for (Map.Entry<String, String> a : assignment.entrySet()) {
                    GoldEntity g = gold.entity(a.getKey());
                    if (!g.linkScored() || "Other".equals(g.type()) || !seen.add(a.getKey() + "\t" + a.getValue())) {
                        continue;
                    }
                    ExtractedEntity x = data.entities().get(a.getValue());
                    if (g.wikidata() != null) {
                        total++;
                        if (x.sameAs().contains(g.wikidata())) {
                            hits++;
                        } else {
                            wrongLinks.add(g.name() + ": expected " + g.wikidata() + ", got "
                                    + (x.sameAs().isEmpty() ? "no link" : new TreeSet<>(x.sameAs())) + " on " + x.describe());
                        }
                    } else if (!x.sameAs().isEmpty()) {
                        total++;
                        wrongLinks.add(g.name() + ": expected no link, got " + new TreeSet<>(x.sameAs()) + " on "
                                + x.describe());
                    }
                }
            }
            return new Ratio(hits, total);
        }

        // ---- events -----------------------------------------------------------------------------------------

        record EventResult(EvaluationReport.EventScores scores, List<EvaluationReport.ClassScore> classes,
                List<EvaluationReport.RuleScore> rules) {
        }

        EventResult scoreEvents() {
            Set<String> scoredDocs = new HashSet<>(docOfPrefix.values());
            scoredDocs.remove(null);
            List<ExtractedEvent> extracted = data.events().values().stream()
                    .filter(e -> !Collections.disjoint(e.docs(), scoredDocs)).toList();

            Map<GoldEvent, List<ExtractedEvent>> candidates = new LinkedHashMap<>();
            Map<String, Outcome> outcome = new LinkedHashMap<>();
            for (ExtractedEvent e : extracted) {
                outcome.put(e.iri(), Outcome.FALSE);
            }
            for (GoldEvent g : gold.events()) {
                List<ExtractedEvent> matches = new ArrayList<>();
                for (ExtractedEvent e : extracted) {
                    if (matches(g, e)) {
                        matches.add(e);
                        outcome.merge(e.iri(), g.optional() ? Outcome.IGNORED : Outcome.MATCHED, Outcome::best);
                    }
                }
                candidates.put(g, matches);
            }

            int recallHits = 0;
            int recallTotal = 0;
            int split = 0;
            int roleHits = 0;
            int roleTotal = 0;
            int qtyHits = 0;
            int qtyTotal = 0;
            int dateHits = 0;
            int dateTotal = 0;
            for (Map.Entry<GoldEvent, List<ExtractedEvent>> c : candidates.entrySet()) {
                GoldEvent g = c.getKey();
                List<ExtractedEvent> matches = c.getValue();
                if (g.optional()) {
                    continue;
                }
                recallTotal++;
                if (matches.isEmpty()) {
                    missedEvents.add(g.id() + " " + g.type() + " " + g.docs() + " " + participantsOf(g) + ": " + g.summary()
                            + " - " + closest(g, extracted));
                } else {
                    recallHits++;
                }
                if (matches.size() > 1) {
                    split++;
                    splitEvents.add(g.id() + " " + g.type() + ": " + matches.size() + " extracted events: "
                            + matches.stream().map(ExtractedEvent::describe).toList());
                }
                Map<String, Set<String>> accepted = g.acceptedRolesByEntity();
                for (ExtractedEvent e : matches) {
                    for (String name : found(g, e)) {
                        roleTotal++;
                        Set<String> roles = extractedRoles(e, name);
                        if (!Collections.disjoint(roles, accepted.get(name))) {
                            roleHits++;
                        } else {
                            wrongRoles.add(g.id() + " " + name + ": gold " + accepted.get(name) + ", extracted " + roles
                                    + " on " + e.describe());
                        }
                    }
                    if (g.time() != null && !e.times().isEmpty()) {
                        dateTotal++;
                        if (e.times().stream().anyMatch(t -> prefixCompatible(g.time(), t))) {
                            dateHits++;
                        } else {
                            wrongDates.add(g.id() + " " + g.type() + ": gold " + g.time() + ", extracted "
                                    + new TreeSet<>(e.times()) + " on " + e.describe());
                        }
                    }
                }
                for (GoldQuantity q : g.quantities()) {
                    qtyTotal++;
                    String docId = docOfPrefix.get(q.doc());
                    boolean hit = docId != null && matches.stream().anyMatch(e -> carries(e, docId, q));
                    if (hit) {
                        qtyHits++;
                    } else {
                        missedQuantities.add(g.id() + " " + g.type() + " [" + q.doc() + "] " + q.describe()
                                + (q.text() == null ? "" : " \"" + q.text() + "\"")
                                + (matches.isEmpty() ? " - event not found" : " - not on the matched event(s)"));
                    }
                }
            }

            for (ExtractedEvent e : extracted) {
                List<String> required = new ArrayList<>();
                candidates.forEach((g, matches) -> {
                    if (!g.optional() && matches.contains(e)) {
                        required.add(g.id());
                    }
                });
                if (required.size() > 1) {
                    mergedEvents.add(e.describe() + " matches " + required.size() + " gold events " + required);
                }
            }

            int precisionHits = 0;
            int precisionTotal = 0;
            for (ExtractedEvent e : extracted) {
                Outcome o = outcome.get(e.iri());
                if (o == Outcome.MATCHED) {
                    precisionHits++;
                    precisionTotal++;
                } else if (o == Outcome.FALSE) {
                    precisionTotal++;
                    falseEvents.add(describeFalse(e, scoredDocs));
                }
            }

            List<EvaluationReport.ClassScore> classes = new ArrayList<>();
            for (String cls : ExtractedDataset.EVENT_CLASSES.keySet()) {
                int goldRequired = 0;
                int goldMatched = 0;
                for (Map.Entry<GoldEvent, List<ExtractedEvent>> c : candidates.entrySet()) {
                    if (!c.getKey().optional() && c.getKey().type().equals(cls)) {
                        goldRequired++;
                        if (!c.getValue().isEmpty()) {
                            goldMatched++;
                        }
                    }
                }
                int ex = 0;
                int exFalse = 0;
                for (ExtractedEvent e : extracted) {
                    if (e.classes().contains(cls)) {
                        ex++;
                        if (outcome.get(e.iri()) == Outcome.FALSE) {
                            exFalse++;
                        }
                    }
                }
                classes.add(new EvaluationReport.ClassScore(cls, goldRequired, goldMatched, ex, exFalse));
            }

            Map<String, int[]> ruleCounts = new TreeMap<>();
            for (ExtractedEvent e : extracted) {
                Outcome o = outcome.get(e.iri());
                for (Map.Entry<String, List<String>> r : e.rulesByDoc().entrySet()) {
                    if (!scoredDocs.contains(r.getKey())) {
                        continue;
                    }
                    for (String rule : r.getValue()) {
                        ruleCounts.computeIfAbsent(rule, k -> new int[3])[o.ordinal()]++;
                    }
                }
            }
            List<EvaluationReport.RuleScore> rules = new ArrayList<>();
            ruleCounts.forEach((rule, n) -> rules.add(new EvaluationReport.RuleScore(rule,
                    n[Outcome.MATCHED.ordinal()], n[Outcome.FALSE.ordinal()], n[Outcome.IGNORED.ordinal()])));

            EvaluationReport.EventScores scores = new EvaluationReport.EventScores(new Ratio(precisionHits, precisionTotal),
                    new Ratio(recallHits, recallTotal), new Ratio(roleHits, roleTotal), new Ratio(qtyHits, qtyTotal),
                    new Ratio(dateHits, dateTotal), split);
            return new EventResult(scores, classes, rules);
        }

        /** The seed scoring rule (class, a shared document, at least two gold participants or all of fewer). */
        boolean matches(GoldEvent g, ExtractedEvent e) {
            if (Collections.disjoint(e.classes(), g.acceptedTypes())) {
                return false;
            }
            if (Collections.disjoint(e.docs(), docsOf(g))) {
                return false;
            }
            int needed = Math.min(2, g.acceptedRolesByEntity().size());
            return found(g, e).size() >= needed;
        }

        Set<String> docsOf(GoldEvent g) {
            Set<String> docs = new HashSet<>();
            for (String prefix : g.docs()) {
                String d = docOfPrefix.get(prefix);
                if (d != null) {
                    docs.add(d);
                }
            }
            return docs;
        }

        /** The gold participant names that are among the participants of e. */
        Set<String> found(GoldEvent g, ExtractedEvent e) {
            Set<String> found = new LinkedHashSet<>();
            Set<String> wanted = g.acceptedRolesByEntity().keySet();
            for (String participant : e.rolesByParticipant().keySet()) {
                for (String name : goldNamesOf.getOrDefault(participant, Set.of())) {
                    if (wanted.contains(name)) {
                        found.add(name);
                    }
                }
            }
            return found;
        }

        Set<String> extractedRoles(ExtractedEvent e, String goldName) {
            Set<String> roles = new TreeSet<>();
            e.rolesByParticipant().forEach((participant, r) -> {
                if (goldNamesOf.getOrDefault(participant, Set.of()).contains(goldName)) {
                    roles.addAll(r);
                }
            });
            return roles;
        }

        /** Whether one quantity node of e in docId's graph has every number of q within the tolerance. */
        static boolean carries(ExtractedEvent e, String docId, GoldQuantity q) {
            for (List<BigDecimal> numbers : e.quantitiesByDoc().getOrDefault(docId, List.of())) {
                boolean all = true;
                for (BigDecimal wanted : q.numbers()) {
                    if (numbers.stream().noneMatch(n -> close(wanted, n))) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    return true;
                }
            }
            return false;
        }

        static boolean close(BigDecimal a, BigDecimal b) {
            BigDecimal larger = a.abs().max(b.abs());
            return a.subtract(b).abs().compareTo(larger.multiply(QUANTITY_TOLERANCE, MathContext.DECIMAL64)) <= 0;
        }

        String closest(GoldEvent g, List<ExtractedEvent> extracted) {
            Set<String> docs = docsOf(g);
            ExtractedEvent best = null;
            int bestFound = -1;
            boolean bestClass = false;
            for (ExtractedEvent e : extracted) {
                if (Collections.disjoint(e.docs(), docs)) {
                    continue;
                }
                int f = found(g, e).size();
                boolean classOk = !Collections.disjoint(e.classes(), g.acceptedTypes());
                boolean better = f > bestFound || (f == bestFound && classOk && !bestClass);
                if (better && (f > 0 || classOk)) {
                    best = e;
                    bestFound = f;
                    bestClass = classOk;
                }
            }
            if (best == null) {
                return "no extracted event of its class or with its participants in its documents";
            }
            return "closest: " + best.describe() + " with " + bestFound + "/" + g.acceptedRolesByEntity().size()
                    + " participants " + found(g, best) + (bestClass ? "" : " (other class)");
        }

        String describeFalse(ExtractedEvent e, Set<String> scoredDocs) {
            List<String> parts = new ArrayList<>();
            e.rolesByParticipant().forEach((iri, roles) -> {
                ExtractedEntity x = data.entities().get(iri);
                parts.add(roles + " " + (x == null ? iri : x.label()));
            });
            Set<String> rules = new TreeSet<>();
            Set<String> docs = new TreeSet<>();
            e.rulesByDoc().forEach((doc, r) -> {
                if (scoredDocs.contains(doc)) {
                    docs.add(doc.length() > 3 ? doc.substring(0, 3) : doc);
                    rules.addAll(r);
                }
            });
            return e.label() + " " + e.classes() + " docs " + docs + " rules " + rules + " participants " + parts
                    + (e.times().isEmpty() ? "" : " time " + new TreeSet<>(e.times()));
        }

        static String participantsOf(GoldEvent g) {
            List<String> parts = new ArrayList<>();
            g.acceptedRolesByEntity().forEach((name, roles) -> parts.add(name));
            return parts.toString();
        }
    }

    /** Whether one time value is a prefix of the other ("2024" and "2024-06-19"). */
    static boolean prefixCompatible(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    /** What became of an extracted item; best() keeps the most favourable over documents or gold items. */
    enum Outcome {
        MATCHED, FALSE, IGNORED;

        static Outcome best(Outcome a, Outcome b) {
            if (a == MATCHED || b == MATCHED) {
                return MATCHED;
            }
            if (a == IGNORED || b == IGNORED) {
                return IGNORED;
            }
            return FALSE;
        }
    }
}
