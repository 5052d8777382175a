package org.newskg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entity that an event implies but the text never names (the state of the city a visitor flies to)
 * still passes the shapes: its mention is the event's sentence, marked as inferred.
 */
class ImpliedEntityTest {
    @TempDir
    Path dir;

    @Test
    void aStateImpliedByItsCityGetsTheEventSentenceAsItsMention() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("in"));
        Files.writeString(articles.resolve("trip.txt"), """
                Modi heads to Europe

                Indian Prime Minister Narendra Modi flew to Paris on Thursday for talks on defence purchases.
                """);
        Path out = dir.resolve("out.trig");
        BatchReport report = ArticleBatch.extractToFile(List.of(articles), out, null,
                new PrintStream(OutputStream.nullOutputStream()));
        assertEquals(List.of(), report.failures(), "the article passes the shapes");
        Dataset ds = RDFDataMgr.loadDataset(out.toString());
        String q = """
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                SELECT ?rule ?quote WHERE { GRAPH ?g {
                  ?visit a nkg:Visit ; nkg:recipient <https://w3id.org/newskg/id/Q142> .
                  <https://w3id.org/newskg/id/Q142> nkg:mention ?m . ?m nkg:rule ?rule ; nkg:quote ?quote } }
                """;
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            var rows = qe.execSelect();
            assertTrue(rows.hasNext(), "France is the visit's host and has a mention");
            QuerySolution row = rows.next();
            assertEquals("inferred:recipient", row.getLiteral("rule").getString());
            assertTrue(row.getLiteral("quote").getString().contains("flew to Paris"));
        }
    }
}
