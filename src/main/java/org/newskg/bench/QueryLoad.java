package org.newskg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.newskg.Progress;

/**
 * Query latency over HTTP, as a client sees it: each query file is sent to the SPARQL endpoint by
 * {@code clients} threads at once, each in a loop, and every response is read to its end. Loops are
 * bounded twice: by a number of requests and by a time budget per query (a slow query on a big
 * store gets fewer samples, never an endless run; every client sends at least one request).
 */
final class QueryLoad {
    /** Latencies of one query at one level of concurrency, in milliseconds. */
    record Stats(String query, int clients, int requests, int errors, double p50, double p95, double p99,
                 double max, double mean, long resultBytes) {
        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("requests", requests);
            m.put("errors", errors);
            m.put("p50Ms", p50);
            m.put("p95Ms", p95);
            m.put("p99Ms", p99);
            m.put("maxMs", max);
            m.put("meanMs", mean);
            m.put("resultBytes", resultBytes);
            return m;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;

    QueryLoad(String sparqlEndpoint) {
        this.endpoint = URI.create(sparqlEndpoint);
    }

    /**
     * Runs every query with {@code clients} concurrent clients, {@code requests} requests in all
     * per query (at least one per client), stopping a query's loop after {@code budget}.
     */
    List<Stats> run(Map<String, String> queries, int clients, int requests, Duration budget, PrintStream log)
            throws InterruptedException {
        int perClient = Math.max(1, (requests + clients - 1) / clients);
        Progress progress = new Progress("queries (" + clients + " client" + (clients > 1 ? "s" : "") + ")",
                queries.size() * perClient * clients, log);
        List<Stats> all = new ArrayList<>();
        for (Map.Entry<String, String> q : queries.entrySet()) {
            all.add(one(q.getKey(), q.getValue(), clients, perClient, budget, progress));
        }
        return all;
    }

    private Stats one(String name, String query, int clients, int perClient, Duration budget, Progress progress)
            throws InterruptedException {
        String accept = accept(query);
        long deadline = System.nanoTime() + budget.toNanos();
        double[][] latencies = new double[clients][];
        int[] errors = new int[clients];
        AtomicLong bytes = new AtomicLong();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                double[] mine = new double[perClient];
                int n = 0;
                try {
                    go.await();
                    while (n < perClient && (n == 0 || System.nanoTime() < deadline)) {
                        long start = System.nanoTime();
                        long read = send(query, accept);
                        mine[n++] = (System.nanoTime() - start) / 1e6;
                        if (read < 0) {
                            errors[client]++;
                        } else {
                            bytes.addAndGet(read);
                        }
                        progress.step();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                latencies[client] = Arrays.copyOf(mine, n);
            }, "bench-client-" + c);
            threads.add(t);
            t.start();
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double[] sample = Arrays.stream(latencies).flatMapToDouble(Arrays::stream).sorted().toArray();
        int failed = Arrays.stream(errors).sum();
        double mean = Arrays.stream(sample).average().orElse(Double.NaN);
        return new Stats(name, clients, sample.length, failed, percentile(sample, 50), percentile(sample, 95),
                percentile(sample, 99), sample.length == 0 ? Double.NaN : sample[sample.length - 1], mean,
                bytes.get());
    }

    /** Sends one query and reads the whole answer; the bytes read, or -1 for a failed request. */
    private long send(String query, String accept) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/sparql-query; charset=utf-8")
                .header("Accept", accept)
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            long read;
            try (InputStream body = response.body()) {
                read = body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return response.statusCode() == 200 ? read : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String accept(String query) {
        Query parsed = QueryFactory.create(query);
        return parsed.isSelectType() || parsed.isAskType() ? "application/sparql-results+json" : "application/n-triples";
    }

    /** Nearest-rank percentile of a sorted sample. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
