package org.newskg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The figures of one evaluation, the per-class and per-rule break-down, and the findings behind them (what was
 * missed, what was wrong), as a table for people or as JSON for tools.
 *
 * @param documents gold document prefix -> the docId of the graph it was matched to (null when missing)
 */
public record EvaluationReport(Map<String, String> documents, List<String> unscoredDocuments, Ratio publicationDates,
        EntityScores entities, EventScores events, List<ClassScore> eventClasses, List<RuleScore> rules,
        Findings findings) {

    /**
     * Entity figures.
     *
     * @param precision per (document, entity) pair
     * @param recall per (document, entity) pair
     * @param distinctPrecision per extracted entity IRI, over all documents
     * @param distinctRecall per gold entity, over all documents
     * @param typeAccuracy matched pairs whose extracted class equals the gold type
     * @param linking matched entities with the right owl:sameAs (see the gold README)
     */
    public record EntityScores(Ratio precision, Ratio recall, Ratio distinctPrecision, Ratio distinctRecall,
            Ratio typeAccuracy, Ratio linking) {
        public double f1() {
            return Ratio.f1(precision, recall);
        }
    }

    /**
     * Event figures.
     *
     * @param splitGoldEvents required gold events matched by more than one extracted event (a fusion miss)
     */
    public record EventScores(Ratio precision, Ratio recall, Ratio roleAccuracy, Ratio quantityRecall,
            Ratio dateAccuracy, int splitGoldEvents) {
        public double f1() {
            return Ratio.f1(precision, recall);
        }
    }

    /** Per event class: required gold events and how many were found; extracted events and how many were false. */
    public record ClassScore(String eventClass, int goldRequired, int goldMatched, int extracted, int extractedFalse) {
    }

    /** Per nkg:rule of event mentions: mentions of matched, unmatched and ignored (optional-only) events. */
    public record RuleScore(String rule, int matched, int unmatched, int ignored) {
        public Ratio precision() {
            return new Ratio(matched, matched + unmatched);
        }
    }

    /**
     * Readable lines behind the figures, one per error. Split events: a gold event matched by several extracted
     * events; merged events: an extracted event matching several required gold events (both are fusion errors).
     */
    public record Findings(List<String> missedEntities, List<String> falseEntities, List<String> wrongTypes,
            List<String> wrongLinks, List<String> missedEvents, List<String> falseEvents, List<String> splitEvents,
            List<String> mergedEvents, List<String> wrongRoles, List<String> missedQuantities, List<String> wrongDates,
            List<String> publicationDates) {
        Map<String, List<String>> asMap() {
            Map<String, List<String>> m = new LinkedHashMap<>();
            m.put("missedEntities", missedEntities);
            m.put("falseEntities", falseEntities);
            m.put("wrongTypes", wrongTypes);
            m.put("wrongLinks", wrongLinks);
            m.put("missedEvents", missedEvents);
            m.put("falseEvents", falseEvents);
            m.put("splitEvents", splitEvents);
            m.put("mergedEvents", mergedEvents);
            m.put("wrongRoles", wrongRoles);
            m.put("missedQuantities", missedQuantities);
            m.put("wrongDates", wrongDates);
            m.put("publicationDates", publicationDates);
            return m;
        }
    }

    /** The headline figures by name, in the order the table shows them. */
    public Map<String, Ratio> figures() {
        Map<String, Ratio> f = new LinkedHashMap<>();
        f.put("entityPrecision", entities.precision());
        f.put("entityRecall", entities.recall());
        f.put("entityPrecisionDistinct", entities.distinctPrecision());
        f.put("entityRecallDistinct", entities.distinctRecall());
        f.put("entityTypeAccuracy", entities.typeAccuracy());
        f.put("linkingAccuracy", entities.linking());
        f.put("eventPrecision", events.precision());
        f.put("eventRecall", events.recall());
        f.put("roleAccuracy", events.roleAccuracy());
        f.put("quantityRecall", events.quantityRecall());
        f.put("dateAccuracy", events.dateAccuracy());
        f.put("publicationDates", publicationDates);
        return f;
    }

    /** The report as JSON: figures, F1s, class and rule break-down, findings. */
    public JsonObject toJson() {
        JsonObject root = new JsonObject();
        JsonObject docs = new JsonObject();
        documents.forEach((prefix, docId) -> {
            if (docId == null) {
                docs.put(prefix, org.apache.jena.atlas.json.JsonNull.instance);
            } else {
                docs.put(prefix, docId);
            }
        });
        root.put("documents", docs);
        root.put("unscoredDocuments", strings(unscoredDocuments));
        JsonObject figures = new JsonObject();
        figures().forEach((name, ratio) -> figures.put(name, ratio(ratio)));
        figures.put("entityF1", number(entities.f1()));
        figures.put("eventF1", number(events.f1()));
        figures.put("splitGoldEvents", events.splitGoldEvents());
        root.put("figures", figures);
        JsonArray classes = new JsonArray();
        for (ClassScore c : eventClasses) {
            JsonObject o = new JsonObject();
            o.put("class", c.eventClass());
            o.put("goldRequired", c.goldRequired());
            o.put("goldMatched", c.goldMatched());
            o.put("extracted", c.extracted());
            o.put("extractedFalse", c.extractedFalse());
            classes.add(o);
        }
        root.put("eventClasses", classes);
        JsonArray ruleArray = new JsonArray();
        for (RuleScore r : rules) {
            JsonObject o = new JsonObject();
            o.put("rule", r.rule());
            o.put("matched", r.matched());
            o.put("unmatched", r.unmatched());
            o.put("ignored", r.ignored());
            o.put("precision", number(r.precision().value()));
            ruleArray.add(o);
        }
        root.put("rules", ruleArray);
        JsonObject f = new JsonObject();
        findings.asMap().forEach((k, v) -> f.put(k, strings(v)));
        root.put("findings", f);
        return root;
    }

    /** The report as JSON text. */
    public String toJsonString() {
        return JSON.toString(toJson());
    }

    /** The report as a plain-text table, then the findings (each list cut to {@code maxLines}, 0 for all). */
    public String toTable(int maxLines) {
        StringBuilder out = new StringBuilder();
        long found = documents.values().stream().filter(d -> d != null).count();
        out.append(String.format(Locale.ROOT, "gold documents: %d, found in the graph: %d%n", documents.size(), found));
        if (!unscoredDocuments.isEmpty()) {
            out.append("graphs not in the gold (not scored): ").append(unscoredDocuments).append('\n');
        }
        out.append('\n');
        out.append(String.format(Locale.ROOT, "%-28s %7s  %s%n", "measure", "value", "counts"));
        row(out, "entity precision", entities.precision(), "per (document, entity)");
        row(out, "entity recall", entities.recall(), "per (document, entity)");
        rowValue(out, "entity F1", entities.f1());
        row(out, "entity precision (distinct)", entities.distinctPrecision(), "per entity IRI");
        row(out, "entity recall (distinct)", entities.distinctRecall(), "per gold entity");
        row(out, "entity type accuracy", entities.typeAccuracy(), "matched pairs");
        row(out, "linking accuracy", entities.linking(), "matched entities");
        row(out, "event precision", events.precision(), "extracted events");
        row(out, "event recall", events.recall(), "required gold events");
        rowValue(out, "event F1", events.f1());
        row(out, "role accuracy", events.roleAccuracy(), "matched participants");
        row(out, "quantity recall", events.quantityRecall(), "gold quantities");
        row(out, "date accuracy", events.dateAccuracy(), "matched events with times");
        row(out, "publication dates", publicationDates, "documents with both dates");
        out.append(String.format(Locale.ROOT, "%-28s %7d  %s%n", "split gold events", events.splitGoldEvents(),
                "gold events matched by several extracted events"));

        out.append(String.format(Locale.ROOT, "%n%-16s %5s %8s %10s %6s%n", "event class", "gold", "matched", "extracted",
                "false"));
        for (ClassScore c : eventClasses) {
            out.append(String.format(Locale.ROOT, "%-16s %5d %8d %10d %6d%n", c.eventClass(), c.goldRequired(),
                    c.goldMatched(), c.extracted(), c.extractedFalse()));
        }
        out.append(String.format(Locale.ROOT, "%n%-36s %8s %10s %8s %10s%n", "event rule (mentions)", "matched",
                "unmatched", "ignored", "precision"));
        for (RuleScore r : rules) {
            double p = r.precision().value();
            out.append(String.format(Locale.ROOT, "%-36s %8d %10d %8d %10s%n", r.rule(), r.matched(), r.unmatched(),
                    r.ignored(), Double.isNaN(p) ? "n/a" : String.format(Locale.ROOT, "%.2f", p)));
        }
        findings.asMap().forEach((name, lines) -> {
            if (lines.isEmpty()) {
                return;
            }
            out.append(String.format(Locale.ROOT, "%n%s (%d):%n", name, lines.size()));
            int n = maxLines <= 0 ? lines.size() : Math.min(maxLines, lines.size());
            for (int i = 0; i < n; i++) {
                out.append("  ").append(lines.get(i).replace("\n", "\\n")).append('\n');
            }
            if (n < lines.size()) {
                out.append("  ... ").append(lines.size() - n).append(" more\n");
            }
        });
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Ratio r, String unit) {
        double v = r.value();
        out.append(String.format(Locale.ROOT, "%-28s %7s  %d/%d %s%n", name,
                Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v), r.hits(), r.total(), unit));
    }

    private static void rowValue(StringBuilder out, String name, double v) {
        out.append(String.format(Locale.ROOT, "%-28s %7s%n", name,
                Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v)));
    }

    private static JsonObject ratio(Ratio r) {
        JsonObject o = new JsonObject();
        o.put("value", number(r.value()));
        o.put("hits", r.hits());
        o.put("total", r.total());
        return o;
    }

    private static org.apache.jena.atlas.json.JsonValue number(double v) {
        if (Double.isNaN(v)) {
            return org.apache.jena.atlas.json.JsonNull.instance;
        }
        return org.apache.jena.atlas.json.JsonNumber.value(Math.round(v * 10000) / 10000.0);
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        for (String s : new ArrayList<>(values)) {
            a.add(s);
        }
        return a;
    }
}
