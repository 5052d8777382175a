package org.newskg;

import java.io.PrintStream;
import java.util.Locale;

/** Periodic progress lines on long batches: count, rate and ETA, at most one line every two seconds. */
public final class Progress {
    private final String what;
    private final int total;
    private final PrintStream out;
    private final long start = System.nanoTime();
    private long lastPrint = start;
    private int done;

    public Progress(String what, int total, PrintStream out) {
        this.what = what;
        this.total = total;
        this.out = out;
    }

    public synchronized void step() {
        done++;
        long now = System.nanoTime();
        if (total >= 20 && (now - lastPrint > 2_000_000_000L || done == total)) {
            lastPrint = now;
            double seconds = (now - start) / 1e9;
            double rate = done / Math.max(seconds, 1e-9);
            double eta = (total - done) / Math.max(rate, 1e-9);
            out.printf(Locale.ROOT, "%s: %d/%d (%.0f%%), %.1f/s, ETA %.0fs%n", what, done, total,
                    100.0 * done / total, rate, eta);
        }
    }
}
