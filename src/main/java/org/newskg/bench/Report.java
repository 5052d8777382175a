package org.newskg.bench;

import java.util.Locale;
import java.util.Map;

/** The benchmark figures as a plain-text table (the same numbers as the JSON). */
final class Report {
    private final StringBuilder out = new StringBuilder();

    private Report() {
    }

    /** The table of {@code newskg bench --queries-only}. */
    @SuppressWarnings("unchecked")
    static String queriesTable(Map<String, Object> r) {
        Report t = new Report();
        Map<String, Object> machine = map(r, "machine");
        Map<String, Object> store = map(r, "queryStore");
        Map<String, Object> queries = map(r, "queries");
        t.line("NewsKG query benchmark: %d cores, %s RAM, %s, %s; load average %.1f at start, %.1f at end",
                integer(machine, "cores"), bytes(num(machine, "memoryBytes")), machine.get("cpu"), machine.get("jdk"),
                num(machine, "loadAverage"), num(map(r, "machineAtEnd"), "loadAverage"));
        t.line("Store %s: %,d documents, %,d quads, %s on disk; read transactions left open: %d",
                store.get("database"), integer(store, "documents"), (long) num(store, "quads"),
                bytes(num(store, "diskBytes")), integer(store, "readTransactionsLeftOpen"));
        t.queryRows(queries);
        return t.out.toString();
    }

    @SuppressWarnings("unchecked")
    private void queryRows(Map<String, Object> queries) {
        line("%-30s %9s | %-26s | %-26s", "Queries over HTTP (ms)", "cold", "1 client: p50 / p95 / p99",
                "16 clients: p50 / p95 / p99");
        Map<String, Object> cold = map(queries, "cold");
        Map<String, Object> one = map(queries, "clients1");
        Map<String, Object> sixteen = map(queries, "clients16");
        for (String q : one.keySet()) {
            Map<String, Object> c = (Map<String, Object>) cold.get(q);
            line("  %-28s %9s | %-26s | %-26s", q, c == null ? "" : ms(num(c, "p50Ms")),
                    latencies((Map<String, Object>) one.get(q)), latencies((Map<String, Object>) sixteen.get(q)));
        }
    }

    static String table(Map<String, Object> r) {
        Report t = new Report();
        Map<String, Object> machine = map(r, "machine");
        Map<String, Object> corpus = map(r, "corpus");
        Map<String, Object> ex = map(r, "extraction");
        Map<String, Object> mem = map(r, "memory");
        Map<String, Object> load = map(r, "loading");
        Map<String, Object> store = map(r, "queryStore");
        Map<String, Object> queries = map(r, "queries");
        Map<String, Object> targets = map(r, "targets");

        t.line("NewsKG benchmark%s: %d cores, %s RAM, %s, %s; load average %.1f at start, %.1f at end",
                Boolean.TRUE.equals(r.get("quick")) ? " (quick)" : "", integer(machine, "cores"),
                bytes(num(machine, "memoryBytes")), machine.get("cpu"), machine.get("jdk"),
                num(machine, "loadAverage"), num(map(r, "machineAtEnd"), "loadAverage"));
        t.line("Corpus: %d articles (%d State of the Union addresses, %d seeds), %s, %,d tokens",
                integer(corpus, "articles"), integer(corpus, "sotuArticles"), integer(corpus, "seedArticles"),
                bytes(num(corpus, "bytes")), (long) num(corpus, "tokens"));
        t.line("");

        int threads = integer(ex, "threads");
        t.line("%-40s %12s %12s %10s", "Extraction", "articles/s", "tokens/s", "seconds");
        t.rate("OpenNLP floor, 1 thread", map(ex, "floor1Thread"));
        t.rate("NewsKG, 1 thread", map(ex, "ours1Thread"));
        t.rate("OpenNLP floor, " + threads + " threads", map(ex, "floorAllCores"));
        t.rate("NewsKG, " + threads + " threads", map(ex, "oursAllCores"));
        t.line("  NewsKG / floor: %.2f per core (%.2f in CPU time), %.2f on %d threads; speed-up on %d threads: "
                        + "NewsKG %.2fx, floor %.2fx; same output on 1 and %d threads: %s",
                num(ex, "ratioToFloorPerCore"), num(ex, "ratioToFloorPerCoreCpuTime"), num(ex, "ratioToFloorAllCores"),
                threads, threads, num(ex, "scalingOurs"), num(ex, "scalingFloor"), threads,
                ex.get("sameOutputOneAndAllThreads"));
        StringBuilder stages = new StringBuilder();
        for (Map.Entry<String, Object> s : map(ex, "stages1Thread").entrySet()) {
            Map<String, Object> stage = (Map<String, Object>) s.getValue();
            if (stage.containsKey("share")) {
                stages.append(String.format(Locale.ROOT, "%s %.0f%%, ", s.getKey(), 100 * num(stage, "share")));
            }
        }
        t.line("  NewsKG time by stage (1 thread): %s", stages.length() > 2 ? stages.substring(0, stages.length() - 2) : "");
        t.line("");

        t.line("%-40s %10s %12s %12s %16s %16s", "Memory (fresh JVM, heap " + mem.get("probeHeap") + ", "
                + mem.get("threads") + " threads)", "articles", "peak RSS", "live heap", "max heap afterGC", "heap pool peaks");
        for (String x : new String[] {"x1", "x4"}) {
            Map<String, Object> m = map(mem, x);
            t.line("  %-38s %10d %12s %12s %16s %16s", x.substring(1) + "x the corpus", integer(m, "articles"),
                    bytes(num(m, "vmHwmBytes")), bytes(num(m, "liveHeapMaxBytes")), bytes(num(m, "maxHeapAfterGcBytes")),
                    bytes(num(m, "heapPoolPeaksBytes")));
        }
        t.line("  %-38s %10s %12s %12s %16s %16s", "growth 4x / 1x", "", fmt(num(mem, "vmHwmGrowth")),
                fmt(num(mem, "liveHeapGrowth")), fmt(num(mem, "maxHeapAfterGcGrowth")), fmt(num(mem, "heapPoolPeaksGrowth")));
        t.line("");

        t.line("%-40s %10s %12s %10s %12s %10s", "Loading into TDB2", "documents", "triples", "seconds", "triples/s", "on disk");
        t.load("NewsKG load (writer, batched)", map(load, "incremental"));
        t.load("NewsKG bulk (bulkLoad)", map(load, "bulk"));
        t.load("Jena phased loader (tdb2.tdbloader)", map(load, "jenaLoader"));
        t.line("  bulk / Jena loader: %.2f; load / Jena loader: %.2f (NewsKG also keeps the text index)",
                num(load, "bulkToJenaLoader"), num(load, "incrementalToJenaLoader"));
        if (load.containsKey("bulkCompacted")) {
            t.line("  after compaction (DatabaseMgr.compact): load %s in %.1f s, bulk %s in %.1f s; disk is allocated bytes (du)",
                    bytes(num(map(load, "incrementalCompacted"), "diskBytes")), num(map(load, "incrementalCompacted"), "seconds"),
                    bytes(num(map(load, "bulkCompacted"), "diskBytes")), num(map(load, "bulkCompacted"), "seconds"));
        }
        t.line("");

        t.storeLine(store);
        t.queryRows(queries);
        t.line("");
        t.targets(targets);
        return t.out.toString();
    }

    /** The table of a {@code newskg bench --store-only} run: the query store and the query latencies. */
    static String storeTable(Map<String, Object> r) {
        Report t = new Report();
        Map<String, Object> machine = map(r, "machine");
        t.line("NewsKG query store benchmark%s: %d cores, %s RAM, %s, %s; load average %.1f at start, %.1f at end",
                Boolean.TRUE.equals(r.get("quick")) ? " (quick)" : "", integer(machine, "cores"),
                bytes(num(machine, "memoryBytes")), machine.get("cpu"), machine.get("jdk"),
                num(machine, "loadAverage"), num(map(r, "machineAtEnd"), "loadAverage"));
        t.storeLine(map(r, "queryStore"));
        t.queryRows(map(r, "queries"));
        t.line("");
        t.targets(map(r, "targets"));
        return t.out.toString();
    }

    private void storeLine(Map<String, Object> store) {
        String compaction = store.containsKey("compactSeconds")
                ? String.format(Locale.ROOT, "%s on disk after compaction (%s before)", bytes(num(store, "diskBytes")),
                        bytes(num(store, "diskBytesBeforeCompaction")))
                : String.format(Locale.ROOT, "%s on disk (one phased build, nothing to compact)", bytes(num(store, "diskBytes")));
        line("Query store: %,d articles (%d %s documents replicated, %.0f triples each), %,d triples written "
                        + "(%,d quads with the ontology), bulk loaded in %.0f s (%,.0f triples/s), %s",
                integer(store, "articles"), integer(store, "corpusDocumentsReplicated"),
                "corpus".equals(store.get("source")) ? "corpus" : "news", num(store, "triplesPerReplicatedDocument"),
                (long) num(store, "triples"), (long) num(store, "quads"), num(store, "loadSeconds"),
                num(store, "triplesPerSecond"), compaction);
    }

    @SuppressWarnings("unchecked")
    private void targets(Map<String, Object> targets) {
        line("Targets");
        for (Map.Entry<String, Object> e : targets.entrySet()) {
            Map<String, Object> target = (Map<String, Object>) e.getValue();
            Object pass = target.get("pass");
            String verdict = pass == null ? "n/a " : Boolean.TRUE.equals(pass) ? "PASS" : "MISS";
            String extra = target.containsKey("worstQuery") ? " (worst: " + target.get("worstQuery") + ", store of "
                    + String.format(Locale.ROOT, "%,d", integer(target, "storeArticles")) + " articles"
                    + (pass == null ? ", would be " + (Boolean.TRUE.equals(target.get("passAtThisStoreSize")) ? "PASS" : "MISS")
                            + " at this size" : "") + ")" : "";
            line("  [%s] %-20s %-75s measured %s%s", verdict, e.getKey(), target.get("target"),
                    fmt(num(target, "measured")), extra);
        }
    }

    private void rate(String name, Map<String, Object> m) {
        line("  %-38s %12.2f %,12.0f %10.1f", name, num(m, "articlesPerSecond"), num(m, "tokensPerSecond"), num(m, "seconds"));
    }

    private void load(String name, Map<String, Object> m) {
        line("  %-38s %10d %,12d %10.1f %,12.0f %10s", name, integer(m, "documents"), (long) num(m, "triples"),
                num(m, "seconds"), num(m, "triplesPerSecond"), bytes(num(m, "diskBytes")));
    }

    private static String latencies(Map<String, Object> s) {
        if (s == null) {
            return "";
        }
        String errors = integer(s, "errors") > 0 ? " (" + integer(s, "errors") + " errors)" : "";
        return ms(num(s, "p50Ms")) + " / " + ms(num(s, "p95Ms")) + " / " + ms(num(s, "p99Ms"))
                + " n=" + integer(s, "requests") + errors;
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "-" : v < 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String bytes(double b) {
        if (Double.isNaN(b) || b < 0) {
            return "-";
        }
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        int u = 0;
        while (b >= 1024 && u < units.length - 1) {
            b /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, u == 0 ? "%.0f %s" : "%.1f %s", b, units[u]);
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof Map<?, ?> ? (Map<String, Object>) v : Map.of();
    }

    private static double num(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static int integer(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof Number n ? n.intValue() : 0;
    }
}
