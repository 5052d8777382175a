package org.newskg;

import java.util.ArrayList;
import java.util.List;

/** What a batch did: how many articles went through and which files failed, with why. */
public final class BatchReport {
    private final List<String> failures = new ArrayList<>();
    private int succeeded;
    private int unchanged;

    public synchronized void unchanged() {
        unchanged++;
    }

    public synchronized int unchangedCount() {
        return unchanged;
    }

    public synchronized void succeeded() {
        succeeded++;
    }

    public synchronized void failed(String file, String reason) {
        failures.add(file + ": " + reason);
    }

    public synchronized int succeededCount() {
        return succeeded;
    }

    public synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    public synchronized boolean ok() {
        return failures.isEmpty();
    }
}
