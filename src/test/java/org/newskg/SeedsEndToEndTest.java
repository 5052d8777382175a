package org.newskg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.graph.GraphValidator;
import org.newskg.graph.ValidationResult;

/** The seeds end to end through the command line: valid, one graph per article, repeatable, quotes exact. */
class SeedsEndToEndTest {
    @TempDir
    static Path dir;
    static Path first;
    static Dataset dataset;

    @BeforeAll
    static void extractTwice() throws Exception {
        first = dir.resolve("seeds.trig");
        assertEquals(0, org.newskg.cli.NewsKg.run("extract", "seeds", "-o", first.toString()));
        dataset = RDFDataMgr.loadDataset(first.toString());
    }

    @Test
    void oneNamedGraphPerArticle() throws Exception {
        Set<String> graphs = new HashSet<>();
        dataset.listModelNames().forEachRemaining(r -> graphs.add(r.getURI()));
        long articles;
        try (var files = Files.list(Path.of("seeds"))) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).count();
        }
        assertEquals(articles, graphs.size(), "graphs: " + graphs);
        assertTrue(graphs.stream().allMatch(g -> g.startsWith("https://w3id.org/newskg/graph/")));
    }

    @Test
    void everyGraphConformsToTheShapes() {
        GraphValidator validator = new GraphValidator();
        dataset.listModelNames().forEachRemaining(r -> {
            ValidationResult result = validator.validate(dataset.getNamedModel(r).getGraph());
            assertTrue(result.conforms(), r + ": " + result.violations());
        });
    }

    @Test
    void secondRunIsIdentical() throws Exception {
        Path second = dir.resolve("again.trig");
        assertEquals(0, org.newskg.cli.NewsKg.run("extract", "seeds", "-o", second.toString()));
        DatasetGraph a = dataset.asDatasetGraph();
        DatasetGraph b = RDFDataMgr.loadDatasetGraph(second.toString());
        Set<String> qa = new HashSet<>();
        Set<String> qb = new HashSet<>();
        a.find().forEachRemaining(q -> qa.add(q.toString()));
        b.find().forEachRemaining(q -> qb.add(q.toString()));
        assertEquals(qa, qb);
    }

    @Test
    void everyQuoteIsTheArticleTextAtItsOffsets() throws Exception {
        String q = """
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                PREFIX schema: <https://schema.org/>
                SELECT ?quote ?begin ?end ?surface ?sb ?se ?doc WHERE {
                  GRAPH ?g { ?m a nkg:Mention ; nkg:quote ?quote ; nkg:begin ?begin ; nkg:end ?end ;
                                nkg:document ?doc .
                             OPTIONAL { ?m nkg:surface ?surface ; nkg:surfaceBegin ?sb ; nkg:surfaceEnd ?se } }
                }""";
        int checked = 0;
        try (QueryExecution qe = QueryExecution.create(q, dataset)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String docIri = s.getResource("doc").getURI();
                String id = docIri.substring(docIri.lastIndexOf("doc-") + 4);
                String text = Files.readString(findSeed(id));
                assertEquals(s.getLiteral("quote").getString(),
                        text.substring(s.getLiteral("begin").getInt(), s.getLiteral("end").getInt()));
                if (s.contains("surface")) {
                    assertEquals(s.getLiteral("surface").getString(),
                            text.substring(s.getLiteral("sb").getInt(), s.getLiteral("se").getInt()));
                }
                checked++;
            }
        }
        assertTrue(checked > 100, "only " + checked + " mentions");
    }

    @Test
    void containsEveryEntityClassAndTheCoreEventClasses() {
        List<String> classes = List.of("Person", "State", "Organization", "Place", "Treaty", "Deployment",
                "ArmsTransfer", "Payment", "TreatySigning", "Meeting", "Visit", "Sanction");
        for (String c : classes) {
            String ask = "ASK { GRAPH ?g { ?x a <https://w3id.org/newskg/ontology#" + c + "> } }";
            try (QueryExecution qe = QueryExecution.create(ask, dataset)) {
                assertTrue(qe.execAsk(), "no " + c + " in the seed graph");
            }
        }
    }

    private static Path findSeed(String docId) throws Exception {
        try (var files = Files.list(Path.of("seeds"))) {
            return files.filter(p -> p.getFileName().toString().toLowerCase().startsWith(docId)).findFirst().orElseThrow();
        }
    }
}
