package org.newskg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.DocGraph;

/**
 * Extraction on several threads gives exactly what one thread gives: the same graphs, in the same
 * order, the same failures, and the same bytes in an N-Quads or TriG file.
 */
class ParallelBatchTest {
    @TempDir
    static Path dir;
    static Path articles;
    static final Pipeline PIPELINE = new Pipeline();

    private static final String WRITTEN = """
            Ministers Sign Grain Pact in Nairobi

            Kenya and Ethiopia signed a treaty of grain cooperation in Nairobi on Tuesday, officials said.
            Under the pact, Ethiopia will supply 200,000 tons of wheat to Kenya.

            Date: 2025-03-12
            """;

    /** The seeds, two renamed copies of each (distinct document ids), one article written here and a broken file. */
    @BeforeAll
    static void articles() throws Exception {
        articles = Files.createDirectories(dir.resolve("articles"));
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path seed : seeds) {
            String name = seed.getFileName().toString().replace(".txt", "");
            Files.copy(seed, articles.resolve(name + ".txt"));
            for (int copy = 1; copy <= 2; copy++) {
                Files.copy(seed, articles.resolve("copy" + copy + "-" + name + ".txt"));
            }
        }
        Files.writeString(articles.resolve("grain-pact.txt"), WRITTEN);
        Files.write(articles.resolve("broken.txt"), new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'});
    }

    @Test
    void nQuadsAndTrigFilesAreIdenticalForOneAndFourThreads() throws Exception {
        for (String ext : List.of("nq", "trig")) {
            Path one = dir.resolve("one." + ext);
            Path four = dir.resolve("four." + ext);
            BatchReport single = ArticleBatch.extractToFile(List.of(articles), one, null, 1, quiet());
            BatchReport parallel = ArticleBatch.extractToFile(List.of(articles), four, null, 4, quiet());
            assertEquals(single.succeededCount(), parallel.succeededCount());
            assertEquals(single.failures(), parallel.failures());
            assertEquals(16, single.succeededCount(), "15 seed files and copies plus the written article");
            assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(four), ext + " files differ");
        }
    }

    /**
     * A fresh JVM whose identity hash codes all differ from this one's (the child hashes every object to
     * the same value) writes the same bytes: no output order may hang on a HashMap of enums or objects.
     */
    @Test
    void aFreshJvmWritesTheSameBytes() throws Exception {
        List<Path> inputs = List.of(Path.of("seeds"), Path.of("src/test/resources/unseen"));
        Path here = dir.resolve("here.nq");
        Path child = dir.resolve("child.nq");
        ArticleBatch.extractToFile(inputs, here, null, 2, quiet());
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2",
                "-cp", System.getProperty("java.class.path"), "org.newskg.cli.NewsKg", "extract"));
        inputs.forEach(p -> command.add(p.toString()));
        command.addAll(List.of("-o", child.toString(), "--threads", "1"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        assertEquals(0, process.waitFor(), () -> "child JVM failed: " + readQuietly(dir.resolve("child.log")));
        assertTrue(Files.size(here) > 10_000, "a real graph was written");
        assertArrayEquals(Files.readAllBytes(here), Files.readAllBytes(child), "N-Quads differ between JVMs");
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    @Test
    void theSinkSeesTheSameGraphsInInputOrderOnTheCallingThread() {
        List<DocGraph> single = collect(new ArticleBatch(PIPELINE, 1));
        Thread caller = Thread.currentThread();
        List<DocGraph> parallel = new ArrayList<>();
        BatchReport report = new ArticleBatch(PIPELINE, 4).run(List.of(articles), d -> {
            assertEquals(caller, Thread.currentThread(), "the sink runs on the calling thread");
            parallel.add(d);
        }, quiet());
        assertEquals(1, report.failures().size());
        assertTrue(report.failures().get(0).contains("broken.txt"), report.failures().toString());
        assertEquals(single.stream().map(DocGraph::docId).toList(), parallel.stream().map(DocGraph::docId).toList());
        for (int i = 0; i < single.size(); i++) {
            assertTrue(single.get(i).graph().isIsomorphicWith(parallel.get(i).graph()), single.get(i).docId());
            assertEquals(single.get(i).sha256(), parallel.get(i).sha256());
        }
    }

    @Test
    void unchangedArticlesAreSkippedAndAFailingSinkFailsOnlyItsArticle() {
        List<String> stored = new ArrayList<>();
        BatchReport report = new ArticleBatch(PIPELINE, 3).run(List.of(articles),
                a -> a.id().startsWith("copy2-"),
                d -> {
                    if (d.docId().equals("grain-pact")) {
                        throw new IllegalArgumentException("refused by the store");
                    }
                    stored.add(d.docId());
                }, quiet());
        assertEquals(5, report.unchangedCount());
        assertEquals(10, report.succeededCount());
        assertEquals(2, report.failures().size(), report.failures().toString());
        assertTrue(stored.stream().noneMatch(id -> id.startsWith("copy2-")));
        assertEquals(stored.stream().sorted().toList(), stored, "input order (the folder's sorted order)");
    }

    @Test
    void threadsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ArticleBatch(PIPELINE, 0));
    }

    private static List<DocGraph> collect(ArticleBatch batch) {
        List<DocGraph> out = new ArrayList<>();
        batch.run(List.of(articles), out::add, quiet());
        return out;
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
