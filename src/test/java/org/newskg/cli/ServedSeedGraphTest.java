package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.NewsKgServer;

/**
 * The seed articles loaded through the real pipeline into a real TDB2 store, served by a real Fuseki
 * on a free loopback port: every query in queries/ (but the federated one) gives its expected answers
 * over HTTP, and the text index finds entities by alias.
 */
class ServedSeedGraphTest {
    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static NewsKgServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void loadAndServe() {
        store = KnowledgeStore.open(dir.resolve("tdb2"));
        assertEquals(0, LoadCommand.load(store, List.of(Path.of("seeds")), null));
        server = new NewsKgServer(store, NewsKgServer.Options.defaults().withPort(0)).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static ResultSet select(String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        return ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
    }

    @TestFactory
    Stream<DynamicTest> everyQueryGivesItsExpectedAnswers() throws Exception {
        List<Path> queries;
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            queries = files.filter(p -> p.toString().endsWith(".rq"))
                    .filter(p -> !p.getFileName().toString().startsWith("federated")).sorted().toList();
        }
        assertTrue(queries.size() >= 12, "at least 12 local queries");
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.getFileName().toString(), () -> check(q)));
    }

    private static void check(Path queryFile) throws Exception {
        String name = queryFile.getFileName().toString().replace(".rq", ".tsv");
        Path expected = Path.of("src/test/resources/queries-expected", name);
        assertTrue(Files.exists(expected), "no expected answers for " + queryFile + " at " + expected);
        List<String> lines = Files.readAllLines(expected).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        String[] columns = lines.get(0).split("\t");
        List<Map<String, String>> answers = new ArrayList<>();
        ResultSet rs = select(Files.readString(queryFile));
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> row = new java.util.HashMap<>();
            s.varNames().forEachRemaining(v -> row.put(v, lexical(s.get(v))));
            answers.add(row);
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            boolean found = answers.stream().anyMatch(a -> matches(a, columns, cells));
            if (!found) {
                fail(queryFile + ": no answer matches expected row " + line + "\nanswers: " + answers);
            }
        }
    }

    private static boolean matches(Map<String, String> answer, String[] columns, String[] cells) {
        for (int i = 0; i < columns.length; i++) {
            String col = columns[i].replace("~", "");
            String want = i < cells.length ? cells[i] : "";
            String got = answer.getOrDefault(col, "");
            boolean contains = want.startsWith("~") || columns[i].startsWith("~");
            want = want.replaceFirst("^~", "");
            if (want.isEmpty()) {
                continue;
            }
            boolean ok = contains ? got.toLowerCase().contains(want.toLowerCase()) : got.equals(want) || numericallyEqual(got, want);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean numericallyEqual(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String lexical(RDFNode n) {
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    @Test
    void aTextSearchForAnAliasFindsItsEntity() throws Exception {
        ResultSet rs = select("""
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?entity ?label WHERE { ?entity text:query (skos:altLabel 'Pentagon') ; rdfs:label ?label }""");
        List<String> labels = new ArrayList<>();
        rs.forEachRemaining(s -> labels.add(s.getLiteral("label").getString()));
        assertTrue(labels.contains("United States Department of Defense"), labels.toString());
    }
}
