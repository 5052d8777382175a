package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KnowledgeStore;

/** The command line on real files and a real TDB2 store. */
class CommandLineTest {
    @TempDir
    Path dir;

    private static final String ARTICLE = """
            Ministers Sign Grain Pact in Nairobi

            Kenya and Ethiopia signed a treaty of grain cooperation in Nairobi on Tuesday, officials said.
            Under the pact, Ethiopia will supply 200,000 tons of wheat to Kenya.

            Date: 2025-03-12
            """;

    private static String stderrOf(Runnable r) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void extractGoesPastABadFileNamesItAndFails() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), ARTICLE);
        Files.write(in.resolve("broken.txt"), new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'});
        Files.writeString(in.resolve("empty.txt"), "");
        Path out = dir.resolve("out.nq");
        int[] code = new int[1];
        String err = stderrOf(() -> code[0] = NewsKg.run("extract", in.toString(), "-o", out.toString()));
        assertEquals(1, code[0]);
        assertTrue(err.contains("broken.txt") && err.contains("UTF-8"), err);
        assertTrue(err.contains("empty.txt") && err.contains("empty"), err);
        Dataset ds = RDFDataMgr.loadDataset(out.toString());
        assertTrue(ds.containsNamedModel("https://w3id.org/newskg/graph/good"), "the good article went through");
    }

    @Test
    void everyOutputFormatIsWritten() {
        for (String ext : new String[] {"trig", "nq", "jsonld", "ttl"}) {
            Path out = dir.resolve("seeds." + ext);
            assertEquals(0, NewsKg.run("extract", "seeds/000_0eebdbf4ab6fea90.txt", "-o", out.toString()));
            assertTrue(RDFDataMgr.loadDataset(out.toString()).asDatasetGraph().find().hasNext()
                    || RDFDataMgr.loadModel(out.toString()).size() > 0, ext);
        }
    }

    @Test
    void loadReloadChangeAndRemoveKeepCountsRight() throws Exception {
        Path in = Files.createDirectories(dir.resolve("articles"));
        Path article = in.resolve("grain-pact.txt");
        Files.writeString(article, ARTICLE);
        Files.copy(Path.of("seeds/000_0eebdbf4ab6fea90.txt"), in.resolve("000_0eebdbf4ab6fea90.txt"));
        String db = dir.resolve("db").toString();

        assertEquals(0, NewsKg.run("load", in.toString(), "--db", db));
        long first = count(db, null);
        long pact = count(db, "grain-pact");
        assertTrue(pact > 0);

        assertEquals(0, NewsKg.run("load", in.toString(), "--db", db));
        assertEquals(first, count(db, null), "an unchanged article changes nothing");

        Files.writeString(article, ARTICLE.replace("200,000 tons of wheat", "300,000 tons of wheat and maize"));
        assertEquals(0, NewsKg.run("load", in.toString(), "--db", db));
        assertNotEquals(0, count(db, "grain-pact"));
        assertTrue(ask(db, "ASK { GRAPH ?g { ?q <https://schema.org/value> ?v FILTER(?v = 300000) } }"), "new figure loaded");
        assertFalse(ask(db, "ASK { GRAPH ?g { ?q <https://schema.org/value> ?v FILTER(?v = 200000) } }"), "old figure replaced");

        assertEquals(0, NewsKg.run("remove", "grain-pact", "--db", db));
        assertEquals(0, count(db, "grain-pact"));
        assertFalse(ask(db, "ASK { ?e <http://www.w3.org/2000/01/rdf-schema#label> \"Ethiopia\" }"),
                "a fact no remaining article supports is gone");
        assertTrue(ask(db, "ASK { ?e <http://www.w3.org/2000/01/rdf-schema#label> \"North Korea\" }"));
        assertEquals(1, NewsKg.run("remove", "grain-pact", "--db", db), "removing twice says it is not there");
    }

    private static long count(String db, String docId) {
        try (KnowledgeStore kg = KnowledgeStore.open(Path.of(db))) {
            return docId == null ? kg.quadCount() : kg.tripleCount(docId);
        }
    }

    private static boolean ask(String db, String ask) {
        try (KnowledgeStore kg = KnowledgeStore.open(Path.of(db))) {
            return Txn.calculateRead(kg.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create().query(ask).dataset(kg.dataset())
                        .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build()) {
                    return qe.execAsk();
                }
            });
        }
    }
}
