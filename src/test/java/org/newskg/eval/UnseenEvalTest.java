package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.eval.SeedsEvalTest.assertAtLeast;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real extraction of the hand-written unseen articles (src/test/resources/unseen, each with its own Date:
 * line) scored against gold/unseen.json. An article the extractor rejects still counts: its gold entities and
 * events are misses. Floors sit a little below the figures measured when this test was written.
 * Targets of the issues: entity recall >= 0.8, event F1 >= 0.65 on unseen news.
 */
class UnseenEvalTest {
    @TempDir
    static Path dir;
    static EvaluationReport report;

    @BeforeAll
    static void extractAndScore() throws Exception {
        report = SeedsEvalTest.extractAndScore(dir, "unseen", 10);
    }

    @Test
    void entities() {
        // measured on main a70ee75, u03 rejected by the shapes: P 0.957 (44/46), R 0.557 (44/79);
        // measured on main (this commit): P 0.947 (72/76), R 0.911 (72/79); target R >= 0.8
        // after the entity fixes of 2026-11-23: P 1.000 (79/79), R 1.000 (79/79), linking 34/34
        assertAtLeast(0.95, report.entities().precision(), "entity precision");
        assertAtLeast(0.95, report.entities().recall(), "entity recall");
        // measured 0.971 (33/34)
        assertAtLeast(0.90, report.entities().linking(), "linking accuracy");
    }

    @Test
    void events() {
        // measured on wip-events: P 0.913 (21/23), R 0.885 (23/26), F1 0.899; target F1 >= 0.65
        assertAtLeast(0.85, report.events().precision(), "event precision");
        assertAtLeast(0.84, report.events().recall(), "event recall");
        assertTrue(report.events().f1() >= 0.86, "event F1 " + report.events().f1());
    }

    @Test
    void quantitiesAndDates() {
        // measured on wip-events: quantity recall 0.913 (21/23), date accuracy 0.895 (17/19);
        // with the entity fixes merged, date accuracy 0.850 (17/20): one more event matched, its date wrong
        assertAtLeast(0.86, report.events().quantityRecall(), "quantity recall");
        assertAtLeast(0.84, report.events().dateAccuracy(), "date accuracy");
        // the texts' own Date: lines: measured 1.000 (4/4)
        assertAtLeast(1.0, report.publicationDates(), "publication dates");
    }
}
