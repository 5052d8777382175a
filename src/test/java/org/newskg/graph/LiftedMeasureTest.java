package org.newskg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;
import org.newskg.Pipeline;
import org.newskg.article.ArticleReader;

/** A measure lifted is an event of its own, marked nkg:lifted, never fused with its imposition. */
class LiftedMeasureTest {
    private static final Pipeline PIPELINE = new Pipeline(LocalDate.of(2025, 3, 12));

    private static List<QuerySolution> sanctions(String text) throws Exception {
        Dataset ds = DatasetFactory.create();
        PIPELINE.mapper().write(PIPELINE.process(new ArticleReader().read("lift.txt", text.getBytes(StandardCharsets.UTF_8))),
                StreamRDFLib.dataset(ds.asDatasetGraph()));
        String q = """
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?e ?label ?lifted WHERE { GRAPH ?g { ?e a nkg:Sanction ; rdfs:label ?label .
                  OPTIONAL { ?e nkg:lifted ?lifted } } } ORDER BY ?label""";
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            List<QuerySolution> rows = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    @Test
    void liftingAndImposingTheSameSanctionsAreTwoEvents() throws Exception {
        List<QuerySolution> rows = sanctions("Canada imposed sanctions on Belarus over the crackdown. "
                + "Canada later lifted the sanctions on Belarus, officials said.");
        assertEquals(2, rows.size(), rows.toString());
        assertEquals("Canada lifts sanctions on Belarus", rows.get(0).getLiteral("label").getString());
        assertTrue(rows.get(0).getLiteral("lifted").getBoolean());
        assertEquals("Canada sanctions Belarus", rows.get(1).getLiteral("label").getString());
        assertTrue(rows.get(1).get("lifted") == null, "the imposition is not marked lifted");
    }

    @Test
    void aReversalInAnotherClauseDoesNotMakeTheImpositionALifting() throws Exception {
        List<QuerySolution> rows = sanctions("Australia imposed sanctions on Myanmar after the EU eased its own.");
        assertTrue(rows.stream().anyMatch(r -> r.getLiteral("label").getString().equals("Australia sanctions Myanmar")
                && r.get("lifted") == null), rows.toString());
    }

    @Test
    void aPassiveLiftingAfterTheMeasureNounIsALifting() throws Exception {
        List<QuerySolution> rows = sanctions("Sanctions on the Iranian central bank were revoked by Japan on Monday.");
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).getLiteral("lifted").getBoolean(), rows.toString());
    }
}
