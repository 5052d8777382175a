package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.eval.SeedsEvalTest.assertAtLeast;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second development set (dev2): ten hand-written articles (src/test/resources/dev2) on topics no other set
 * covers, annotated (gold/dev2.json) on 2026-11-23 before the extractor ever ran on them, by a writer who read
 * neither the extractor's code nor its data. Unlike the blind sets it is meant to be looked at: the table lists
 * missed and false events so that their kinds (not their sentences) guide fixes. Disabled, with floors of 0.0,
 * until the lead's first run sets them just below its figures.
 */
@Disabled("floors set after the first dev2 run")
class Dev2EvalTest {
    @TempDir
    static Path dir;
    static EvaluationReport report;

    @BeforeAll
    static void extractAndScore() throws Exception {
        report = SeedsEvalTest.extractAndScore(dir, "dev2", 40);
    }

    @Test
    void entities() {
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
