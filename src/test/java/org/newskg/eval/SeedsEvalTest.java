package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.NewsKg;

/**
 * The real extraction of seeds/ scored against gold/seeds.json. The floors sit a little below the figures
 * measured when this test was written, so it fails on a regression; raise them as the extractor improves.
 * Targets of the issues ("Entities that hold on unseen news", "Events"): entity precision and recall >= 0.9,
 * linking >= 0.95, event F1 >= 0.8, quantity recall >= 0.9, date accuracy >= 0.9.
 */
class SeedsEvalTest {
    @TempDir
    static Path dir;
    static EvaluationReport report;

    @BeforeAll
    static void extractAndScore() throws Exception {
        Path graph = dir.resolve("seeds.trig");
        assertEquals(0, NewsKg.run("extract", "seeds", "-o", graph.toString()));
        report = Evaluator.evaluate(Path.of("src/test/resources/gold/seeds.json"), graph);
        System.out.println("== seeds evaluation ==");
        System.out.println(report.toTable(10));
    }

    @Test
    void everySeedArticleIsScored() {
        assertTrue(report.documents().values().stream().allMatch(d -> d != null), report.documents().toString());
    }

    @Test
    void entities() {
        // measured on main (this commit): P 0.919 (68/74), R 0.971 (68/70); target >= 0.9 each
        // wip-ent3 (armed forces only by name, "The North Korean" no longer "The North"): P 0.971 (68/70)
        assertAtLeast(0.95, report.entities().precision(), "entity precision");
        assertAtLeast(0.95, report.entities().recall(), "entity recall");
        // measured 0.955 (21/22); target >= 0.95
        assertAtLeast(0.95, report.entities().linking(), "linking accuracy");
        // measured 1.000 (64/64)
        assertAtLeast(0.95, report.entities().typeAccuracy(), "entity type accuracy");
    }

    @Test
    void events() {
        // measured on wip-events: P 1.000 (14/14), R 0.905 (19/21), F1 0.950; target F1 >= 0.8
        assertAtLeast(0.92, report.events().precision(), "event precision");
        assertAtLeast(0.88, report.events().recall(), "event recall");
        assertTrue(report.events().f1() >= 0.93, "event F1 " + report.events().f1());
        // measured 0.711 (32/45)
        assertAtLeast(0.90, report.events().roleAccuracy(), "role accuracy");
    }

    @Test
    void quantitiesAndDates() {
        // measured on wip-events 1.000 (16/16); target >= 0.9
        assertAtLeast(0.93, report.events().quantityRecall(), "quantity recall");
        // measured on wip-events 1.000 (5/5); target >= 0.9 (few pairs: one wrong date gives 0.8)
        assertAtLeast(0.90, report.events().dateAccuracy(), "date accuracy");
    }

    /**
     * Extracts the texts of {@code src/test/resources/SET} with the real command line into {@code dir}, scores them
     * against {@code gold/SET.json} and prints the table (with at most {@code listLines} lines per list of misses).
     */
    static EvaluationReport extractAndScore(Path dir, String set, int listLines) throws Exception {
        Path graph = dir.resolve(set + ".trig");
        int code = NewsKg.run("extract", "src/test/resources/" + set, "-o", graph.toString());
        assertTrue(java.nio.file.Files.exists(graph), "extract wrote nothing (exit code " + code + ")");
        EvaluationReport report = Evaluator.evaluate(Path.of("src/test/resources/gold/" + set + ".json"), graph);
        System.out.println("== " + set + " evaluation (extract exit code " + code + ") ==");
        System.out.println(report.toTable(listLines));
        return report;
    }

    static void assertAtLeast(double floor, Ratio r, String what) {
        assertTrue(r.valueOr(0) >= floor, what + " " + r + " fell below " + floor);
    }
}
