package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newskg bench --quick} on the seeds alone (no State of the Union download) runs through and
 * writes every figure to its JSON file. Only the presence and shape of the figures is checked:
 * speed is never asserted by a test.
 */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void quickBenchOnTheSeedsWritesEveryFigure() throws Exception {
        Path out = dir.resolve("bench");
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            code = NewsKg.run("bench", "--quick", "--out", out.toString(), "--store-articles", "12", "--threads", "2");
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        assertEquals(0, code);
        String table = printed.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("Targets") && table.contains("OpenNLP floor"), table);

        JsonObject figures = JSON.read(out.resolve("bench.json").toString());
        for (String key : List.of("machine", "corpus", "extraction", "memory", "loading", "queryStore", "queries", "targets")) {
            assertTrue(figures.hasKey(key), "missing " + key);
        }
        JsonObject corpus = figures.getObj("corpus");
        assertEquals(5, corpus.getNumber("articles").intValue(), "the seeds only");
        assertEquals(0, corpus.getNumber("sotuArticles").intValue());

        JsonObject extraction = figures.getObj("extraction");
        for (String run : List.of("floor1Thread", "ours1Thread", "floorAllCores", "oursAllCores")) {
            hasNumbers(extraction.getObj(run), "articlesPerSecond", "tokensPerSecond", "seconds");
        }
        hasNumbers(extraction, "ratioToFloorPerCore", "scalingOurs", "scalingFloor");
        assertTrue(extraction.getBoolean("sameOutputOneAndAllThreads"), "1 and 2 threads write the same bytes");
        assertTrue(extraction.getObj("stages1Thread").hasKey("entities"));

        JsonObject memory = figures.getObj("memory");
        for (String size : List.of("x1", "x4")) {
            hasNumbers(memory.getObj(size), "articles", "vmHwmBytes", "vmRssBytes", "heapPoolPeaksBytes", "maxHeapAfterGcBytes", "liveHeapMaxBytes");
        }
        assertEquals(20, memory.getObj("x4").getNumber("articles").intValue(), "4x the five seeds");

        JsonObject loading = figures.getObj("loading");
        for (String path : List.of("incremental", "bulk", "jenaLoader")) {
            hasNumbers(loading.getObj(path), "documents", "triples", "seconds", "triplesPerSecond");
            assertEquals(loading.getNumber("quads").longValue(), loading.getObj(path).getNumber("triples").longValue(), path);
        }
        hasNumbers(loading, "bulkToJenaLoader");

        JsonObject store = figures.getObj("queryStore");
        assertEquals(12, store.getNumber("articles").intValue());
        hasNumbers(store, "triples", "loadSeconds", "triplesPerSecond");

        JsonObject queries = figures.getObj("queries");
        for (String clients : List.of("clients1", "clients16")) {
            JsonObject level = queries.getObj(clients);
            assertTrue(level.hasKey("treaty-signings") && level.hasKey("documents-overview"), clients);
            assertTrue(level.keys().stream().noneMatch(q -> q.startsWith("federated-")), "federated queries are left out");
            for (String q : level.keys()) {
                hasNumbers(level.getObj(q), "requests", "errors", "p50Ms", "p95Ms", "p99Ms");
            }
        }
        assertTrue(queries.getObj("clients16").getObj("treaty-signings").getNumber("requests").intValue() >= 16,
                "every one of the 16 clients sends at least one request");

        JsonObject targets = figures.getObj("targets");
        for (String t : List.of("extractionPerCore", "extractionScaling", "bulkLoad", "queryLatency", "memoryFlat")) {
            assertTrue(targets.getObj(t).hasKey("pass") && targets.getObj(t).hasKey("measured"), t);
        }
    }

    private static void hasNumbers(JsonObject o, String... keys) {
        for (String k : keys) {
            assertTrue(o.hasKey(k) && o.get(k).isNumber(), "missing number " + k + " in " + o);
        }
    }
}
