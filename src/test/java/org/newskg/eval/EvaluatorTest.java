package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scoring rules on a hand-made gold (tiny-gold.json) and a hand-made extraction (tiny.trig), where every
 * figure is worked out by hand: see the comments at each assertion.
 */
class EvaluatorTest {
    static final Path GOLD = Path.of("src/test/resources/eval/tiny-gold.json");
    static final Path GRAPH = Path.of("src/test/resources/eval/tiny.trig");
    static EvaluationReport report;

    @BeforeAll
    static void evaluate() throws Exception {
        report = Evaluator.evaluate(GOLD, GRAPH);
    }

    @Test
    void documentsAreMatchedByPrefix() {
        assertEquals("d1_alpha", report.documents().get("d1"));
        assertEquals("d2_beta", report.documents().get("d2"));
        assertTrue(report.documents().containsKey("d3"));
        assertNull(report.documents().get("d3"), "no graph for d3");
        assertEquals(List.of("x9_other"), report.unscoredDocuments());
    }

    @Test
    void entityPrecisionAndRecallPerDocument() {
        // d1: Ruritania, Rassendyll ("Mr.\nRassendyll"), Elbonia matched; Strelsau (an alias of Ruritania, already
        // matched) and Black Michael are false; Zenda Castle is optional. d2: Ruritania, Elbonia, Flavia (by
        // surface) matched; the Organization "Grand Duchy War" matches a gold Other entity: ignored.
        assertEquals(new Ratio(6, 8), report.entities().precision());
        // d1 3/3, d2 3/4 (Freedonia missed), d3 0/1 (no graph: Graustark missed).
        assertEquals(new Ratio(6, 8), report.entities().recall());
        assertEquals(new Ratio(4, 6), report.entities().distinctPrecision());
        assertEquals(new Ratio(4, 6), report.entities().distinctRecall());
        assertEquals(new Ratio(6, 6), report.entities().typeAccuracy());
        assertTrue(report.findings().falseEntities().stream()
                .anyMatch(l -> l.contains("Strelsau") && l.contains("duplicate of Ruritania")));
        assertTrue(report.findings().missedEntities().contains("d2_beta: Freedonia (State)"));
    }

    @Test
    void linkingCountsGoldIdsAndUnwantedLinks() {
        // Ruritania right (Q1); Elbonia wrong (Q99 for Q2), counted once over two documents; Flavia is unlinked in
        // the gold but linked (Q77): wrong; Rassendyll unlinked in both: not counted; Zenda has no wikidata key.
        assertEquals(new Ratio(1, 3), report.entities().linking());
        assertEquals(2, report.findings().wrongLinks().size());
    }

    @Test
    void eventsFollowTheSeedRule() {
        // Matched: dep1 and dep2 (EV1), visit (EV2 through its alternative type), cas (EV5, one participant);
        // sanction matches only the optional EV3: ignored; trade has no gold; meet has EV2's participants but is
        // told only by d2 while EV2 is told by d1. EV4 is missed.
        assertEquals(new Ratio(4, 6), report.events().precision());
        assertEquals(new Ratio(3, 4), report.events().recall());
        assertEquals(12.0 / 17.0, report.events().f1(), 1e-9);
        assertEquals(1, report.events().splitGoldEvents(), "EV1 is matched by dep1 and dep2");
        assertTrue(report.findings().missedEvents().get(0).startsWith("EV4 Aid"));
        assertEquals(2, report.findings().falseEvents().size());
        assertTrue(report.findings().mergedEvents().isEmpty());
    }

    @Test
    void rolesQuantitiesAndDates() {
        // Roles: dep1 agent+recipient right, dep2 has Elbonia as participant (gold: recipient), visit right (the
        // alternative role counts), cas right.
        assertEquals(new Ratio(6, 7), report.events().roleAccuracy());
        // 500 on dep1 in d1; 1000 within 1% of minValue 1005 on dep1 in d2; 3 soldiers missed (4 extracted).
        assertEquals(new Ratio(2, 3), report.events().quantityRecall());
        // dep1 2024-03-15 vs 2024-03 right; dep2 2023-03 wrong; cas 2024 vs 2024-05-02 right; visit has no time.
        assertEquals(new Ratio(2, 3), report.events().dateAccuracy());
        // d1 right, d2 2024-06-01 vs 2024-05 wrong, d3 has no date.
        assertEquals(new Ratio(1, 2), report.publicationDates());
    }

    @Test
    void perRuleAndPerClass() {
        Map<String, EvaluationReport.RuleScore> rules = new java.util.HashMap<>();
        report.rules().forEach(r -> rules.put(r.rule(), r));
        assertEquals(new EvaluationReport.RuleScore("deploy.v", 2, 0, 0), rules.get("deploy.v"), "x9 is not counted");
        assertEquals(new EvaluationReport.RuleScore("trade.n", 0, 1, 0), rules.get("trade.n"));
        assertEquals(new EvaluationReport.RuleScore("sanction.n", 0, 0, 1), rules.get("sanction.n"));
        assertEquals(new EvaluationReport.RuleScore("meet.v", 0, 1, 0), rules.get("meet.v"));
        EvaluationReport.ClassScore deployment = report.eventClasses().stream()
                .filter(c -> c.eventClass().equals("Deployment")).findFirst().orElseThrow();
        assertEquals(new EvaluationReport.ClassScore("Deployment", 1, 1, 2, 0), deployment);
    }

    @Test
    void jsonAndTableCarryTheFigures() {
        String json = report.toJsonString();
        var parsed = org.apache.jena.atlas.json.JSON.parse(json);
        var recall = parsed.get("figures").getAsObject().get("eventRecall").getAsObject();
        assertEquals(3, recall.get("hits").getAsNumber().value().intValue());
        assertEquals(4, recall.get("total").getAsNumber().value().intValue());
        String table = report.toTable(0);
        assertTrue(table.contains("event recall"), table);
        assertTrue(table.contains("3/4"), table);
    }

    @Test
    void aPrefixMatchingTwoGraphsIsAnError() {
        Dataset dataset = RDFDataMgr.loadDataset(GRAPH.toString());
        dataset.addNamedModel("https://w3id.org/newskg/graph/d1_copy", dataset.getNamedModel(
                "https://w3id.org/newskg/graph/d1_alpha"));
        GoldStandard gold;
        try {
            gold = GoldStandard.read(GOLD);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThrows(IllegalArgumentException.class, () -> new Evaluator().evaluate(gold, dataset));
    }
}
