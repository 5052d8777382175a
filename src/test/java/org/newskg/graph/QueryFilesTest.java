package org.newskg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.query.ARQ;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SPARQL files in queries/ are well formed, documented, use known terms and answer on sample data. */
class QueryFilesTest {
    private static final Path QUERIES = Path.of("queries");
    private static final Pattern NKG_TERM = Pattern.compile("\\bnkg:([A-Za-z][A-Za-z0-9_]*)");

    private static List<Path> files;

    @BeforeAll
    static void listFiles() throws IOException {
        try (Stream<Path> stream = Files.list(QUERIES)) {
            files = stream.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    @Test
    void thereAreAtLeastTwelveQueries() {
        assertTrue(files.size() >= 12, "only " + files.size() + " query files");
    }

    @Test
    void everyQueryParsesAsSparql11() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            try {
                Query query = QueryFactory.create(read(file), Syntax.syntaxSPARQL_11);
                assertTrue(query.isSelectType() || query.isConstructType() || query.isAskType());
            } catch (RuntimeException e) {
                failures.add(file.getFileName() + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void everyQueryStartsWithItsQuestion() throws IOException {
        for (Path file : files) {
            String firstLine = read(file).lines().findFirst().orElse("");
            assertTrue(firstLine.startsWith("# Question: ") && firstLine.contains("?"),
                    file.getFileName() + " does not start with a '# Question: ...?' line");
            if (file.getFileName().toString().startsWith("federated-")) {
                assertTrue(firstLine.toLowerCase().contains("needs network"),
                        file.getFileName() + ": the first line must say that it needs network");
                assertTrue(read(file).contains("SERVICE <https://query.wikidata.org/sparql>"));
            }
        }
    }

    @Test
    void queriesUseOnlyTermsTheOntologyDeclares() throws IOException {
        Graph ontology = OntologyGraph.load();
        Set<String> unknown = new TreeSet<>();
        for (Path file : files) {
            Matcher m = NKG_TERM.matcher(read(file));
            while (m.find()) {
                Node term = NodeFactory.createURI(Vocab.NKG + m.group(1));
                if (!ontology.contains(term, RDF.type.asNode(), Node.ANY)) {
                    unknown.add(file.getFileName() + ": nkg:" + m.group(1));
                }
            }
        }
        assertEquals(Set.of(), unknown);
    }

    @Test
    void localQueriesAnswerOnTheSampleDatasetServedLikeFuseki() throws IOException {
        // A real (in-memory) TDB2 dataset served the way Fuseki serves it: union default graph.
        Dataset dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> RDFParser.source(QueryFilesTest.class.getResourceAsStream("/graph/sample-dataset.trig"))
                .lang(Lang.TRIG).parse(dataset));
        // The served dataset also holds the ontology in its own named graph; queries must cope.
        Txn.executeWrite(dataset, () -> OntologyGraph.addTo(dataset.asDatasetGraph()));
        // ... and the statistics graph that KnowledgeStore keeps with every load (some reports read it)
        Txn.executeWrite(dataset, () -> org.newskg.store.StoreStatistics.rebuild(dataset.asDatasetGraph()));
        List<String> empty = new ArrayList<>();
        for (Path file : files) {
            if (file.getFileName().toString().startsWith("federated-")) {
                continue;
            }
            Query query = QueryFactory.create(read(file));
            int rows = Txn.calculateRead(dataset, () -> {
                try (QueryExecution exec = QueryExecution.create().query(query).dataset(dataset).build()) {
                    return ResultSetFormatter.consume(exec.execSelect());
                }
            });
            if (rows == 0) {
                empty.add(file.getFileName().toString());
            }
        }
        assertEquals(List.of(), empty, "queries with no answer on the sample dataset");
    }

    @Test
    void federatedQueriesRunTheirServiceAsABindJoin() throws IOException {
        // A SERVICE on the right of a plain join or left join is evaluated on its own, i.e. Wikidata
        // would be asked for everything; under sequence/conditional Jena substitutes the bindings.
        for (Path file : files) {
            if (!file.getFileName().toString().startsWith("federated-")) {
                continue;
            }
            Op op = Algebra.optimize(Algebra.compile(QueryFactory.create(read(file))), ARQ.getContext().copy());
            List<String> unboundServices = new ArrayList<>();
            OpWalker.walk(op, new OpVisitorBase() {
                @Override
                public void visit(OpJoin join) {
                    check(join.getRight());
                }

                @Override
                public void visit(OpLeftJoin leftJoin) {
                    check(leftJoin.getRight());
                }

                private void check(Op right) {
                    if (right.toString().contains("(service ")) {
                        unboundServices.add(right.toString());
                    }
                }
            });
            assertTrue(op.toString().contains("(service "), file.getFileName() + " has no SERVICE");
            assertEquals(List.of(), unboundServices, file.getFileName() + ": SERVICE evaluated without bindings");
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
