package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.eval.SeedsEvalTest.assertAtLeast;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.NewsKg;

/**
 * The second blind set: eight hand-written articles (src/test/resources/blind) on topics none of the other sets
 * cover, annotated (gold/blind.json) before the extractor ever ran on them. It exists because the holdout set
 * has started to guide fixes; this one must not. Disabled until the lead's first blind run sets real floors,
 * so that nobody runs the extractor on it (and looks at its failures) before that run. Never tune rules,
 * lexicon or cue entries on its sentences.
 */
@Disabled("floors set after the first blind run")
class BlindEvalTest {
    @TempDir
    static Path dir;
    static EvaluationReport report;

    @BeforeAll
    static void extractAndScore() throws Exception {
        Path graph = dir.resolve("blind.trig");
        int code = NewsKg.run("extract", "src/test/resources/blind", "-o", graph.toString());
        assertTrue(Files.exists(graph), "extract wrote nothing (exit code " + code + ")");
        report = Evaluator.evaluate(Path.of("src/test/resources/gold/blind.json"), graph);
        System.out.println("== blind evaluation (extract exit code " + code + ") ==");
        System.out.println(report.toTable(10));
    }

    @Test
    void entities() {
        // floors to be set a little below the figures of the first blind run
        assertAtLeast(0.0, report.entities().precision(), "entity precision");
        assertAtLeast(0.0, report.entities().recall(), "entity recall");
        assertAtLeast(0.0, report.entities().linking(), "linking accuracy");
    }

    @Test
    void events() {
        assertAtLeast(0.0, report.events().precision(), "event precision");
        assertAtLeast(0.0, report.events().recall(), "event recall");
        assertTrue(report.events().f1() >= 0.0, "event F1 " + report.events().f1());
    }

    @Test
    void quantitiesAndDates() {
        assertAtLeast(0.0, report.events().quantityRecall(), "quantity recall");
        assertAtLeast(0.0, report.events().dateAccuracy(), "date accuracy");
        assertAtLeast(0.0, report.publicationDates(), "publication dates");
    }
}
