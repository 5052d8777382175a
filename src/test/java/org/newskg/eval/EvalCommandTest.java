package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.newskg.cli.NewsKg;

/** newskg eval GOLD --graph FILE [--format table|json] through the real command line. */
class EvalCommandTest {
    static final String GOLD = "src/test/resources/eval/tiny-gold.json";
    static final String GRAPH = "src/test/resources/eval/tiny.trig";

    @Test
    void jsonFormat() {
        String out = run(0, "eval", GOLD, "--graph", GRAPH, "--format", "json");
        JsonObject json = JSON.parse(out);
        JsonObject precision = json.get("figures").getAsObject().get("entityPrecision").getAsObject();
        assertEquals(6, precision.get("hits").getAsNumber().value().intValue());
        assertEquals(8, precision.get("total").getAsNumber().value().intValue());
    }

    @Test
    void tableFormat() {
        String out = run(0, "eval", GOLD, "--graph", GRAPH);
        assertTrue(out.contains("entity precision"), out);
        assertTrue(out.contains("missedEvents (1):"), out);
    }

    @Test
    void missingFileIsReported() {
        run(2, "eval", GOLD, "--graph", "no/such/file.trig");
    }

    private static String run(int expectedCode, String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            assertEquals(expectedCode, NewsKg.run(args));
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
