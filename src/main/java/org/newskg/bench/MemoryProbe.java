package org.newskg.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.newskg.ArticleBatch;
import org.newskg.BatchReport;

/**
 * Memory of one extraction run, measured in a JVM of its own (peaks only ever grow, so each size of
 * corpus needs a fresh process): the resident set (VmHWM, VmRSS from /proc/self/status), the sum of
 * the heap pools' peak usage, the largest heap occupancy right after any collection, and the live
 * heap: every second a full collection is forced and the heap still in use after it is sampled.
 * Only that last figure is the program's own: the others follow the collector's sizing (a young
 * collection leaves the old generation's garbage in place, and the heap is grown at will up to its
 * maximum), so they are reported but a growing live heap is what would show a leak.
 * <p>
 * Run as {@code java -Xmx.. -cp .. org.newskg.bench.MemoryProbe OUT.nq THREADS PATH...}; it
 * extracts PATH... into OUT.nq (streaming, as {@code newskg extract} does) and prints one line
 * {@value #MARKER}JSON on standard output.
 */
public final class MemoryProbe {
    static final String MARKER = "MEMORY-PROBE ";

    private MemoryProbe() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: MemoryProbe OUT.nq THREADS PATH...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        List<Path> paths = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            paths.add(Path.of(args[i]));
        }
        AfterGc afterGc = AfterGc.watch();
        LiveHeap live = LiveHeap.start();
        long start = System.nanoTime();
        BatchReport report = ArticleBatch.extractToFile(paths, out, null, threads, System.err);
        double seconds = (System.nanoTime() - start) / 1e9;
        live.stop();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("articles", report.succeededCount());
        figures.put("failed", report.failures().size());
        figures.put("seconds", seconds);
        figures.put("outputBytes", Files.size(out));
        figures.putAll(snapshot(afterGc));
        figures.put("liveHeapMaxBytes", live.max());
        figures.put("liveHeapFirstBytes", live.first());
        figures.put("liveHeapLastBytes", live.last());
        figures.put("liveHeapSamples", live.samples());
        System.out.println(MARKER + Json.write(figures).replace("\n", " "));
        System.out.flush();
        System.exit(report.ok() ? 0 : 1);
    }

    /** Memory figures of this process now (peaks since it started). */
    static Map<String, Object> snapshot(AfterGc afterGc) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Long> status = procStatus();
        m.put("vmHwmBytes", status.getOrDefault("VmHWM", -1L));
        m.put("vmRssBytes", status.getOrDefault("VmRSS", -1L));
        long poolPeaks = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                poolPeaks += pool.getPeakUsage().getUsed();
            }
        }
        m.put("heapPoolPeaksBytes", poolPeaks);
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        m.put("heapUsedBytes", heap.getUsed());
        m.put("heapCommittedBytes", heap.getCommitted());
        m.put("heapMaxBytes", heap.getMax());
        m.put("maxHeapAfterGcBytes", afterGc == null ? -1 : afterGc.max());
        m.put("gcCount", afterGc == null ? -1 : afterGc.collections());
        return m;
    }

    /** VmHWM, VmRSS, ... in bytes; empty where /proc is not there (not Linux). */
    static Map<String, Long> procStatus() {
        Map<String, Long> values = new LinkedHashMap<>();
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return values;
        }
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                String[] kv = line.split(":\\s+", 2);
                if (kv.length == 2 && kv[0].startsWith("Vm") && kv[1].endsWith(" kB")) {
                    values.put(kv[0], Long.parseLong(kv[1].substring(0, kv[1].length() - 3).trim()) * 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // figures stay missing
        }
        return values;
    }

    /** The largest heap occupancy seen right after any collection, from the GC notifications. */
    static final class AfterGc {
        private final AtomicLong max = new AtomicLong();
        private final AtomicLong collections = new AtomicLong();

        static AfterGc watch() {
            AfterGc watcher = new AfterGc();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener((notification, handback) -> {
                        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                            long used = 0;
                            for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                                if (isHeapPool(pool.getKey())) {
                                    used += pool.getValue().getUsed();
                                }
                            }
                            watcher.collections.incrementAndGet();
                            watcher.max.accumulateAndGet(used, Math::max);
                        }
                    }, null, null);
                }
            }
            return watcher;
        }

        long max() {
            return max.get();
        }

        long collections() {
            return collections.get();
        }

        private static boolean isHeapPool(String name) {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getName().equals(name)) {
                    return pool.getType() == MemoryType.HEAP;
                }
            }
            return false;
        }
    }

    /** Forces a full collection every second and records the heap in use after it. */
    static final class LiveHeap {
        private final Thread sampler;
        private volatile boolean running = true;
        private long max;
        private long first = -1;
        private long last;
        private int samples;

        private LiveHeap() {
            sampler = new Thread(() -> {
                while (running) {
                    sample();
                    try {
                        Thread.sleep(1_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "live-heap-sampler");
            sampler.setDaemon(true);
        }

        static LiveHeap start() {
            LiveHeap live = new LiveHeap();
            live.sampler.start();
            return live;
        }

        private synchronized void sample() {
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (first < 0) {
                first = used;
            }
            last = used;
            max = Math.max(max, used);
            samples++;
        }

        void stop() {
            running = false;
            sampler.interrupt();
            try {
                sampler.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sample(); // and once at the end, with the run's last articles written
        }

        synchronized long max() {
            return max;
        }

        synchronized long first() {
            return first;
        }

        synchronized long last() {
            return last;
        }

        synchronized int samples() {
            return samples;
        }
    }

    /** Runs the probe in a fresh JVM with this JVM's class path and returns its figures. */
    static Map<String, Object> runChild(Path out, int threads, List<Path> paths, String maxHeap, PrintStream log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // a fixed heap: the collector cannot grow it with the run, so 1x and 4x are measured alike
        command.add("-Xms" + maxHeap);
        command.add("-Xmx" + maxHeap);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(MemoryProbe.class.getName());
        command.add(out.toString());
        command.add(Integer.toString(threads));
        paths.forEach(p -> command.add(p.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(false).start();
        // progress lines pass through; the figures come on stdout
        Thread errors = new Thread(() -> {
            try {
                child.getErrorStream().transferTo(log);
            } catch (IOException e) {
                // the child is gone
            }
        }, "memory-probe-stderr");
        errors.setDaemon(true);
        errors.start();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        child.getInputStream().transferTo(stdout);
        int code = child.waitFor();
        errors.join(5_000);
        String text = stdout.toString(StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (line.startsWith(MARKER)) {
                Map<String, Object> figures = new LinkedHashMap<>();
                org.apache.jena.atlas.json.JSON.parse(line.substring(MARKER.length())).forEach((k, v) ->
                        figures.put(k, v.isNumber() ? (Object) v.getAsNumber().value() : v.toString()));
                figures.put("exitCode", code);
                return figures;
            }
        }
        throw new IOException("memory probe exited with " + code + " and no figures; its output: " + text);
    }
}
