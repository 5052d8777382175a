package org.newskg;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Cumulative time spent in each extraction stage, summed over all threads (so with N workers the
 * total can exceed the wall-clock time). Cheap enough to be always on: a few clock reads per
 * article. It tells where extraction time goes without a profiler.
 */
public final class StageTimes {
    /** The stages, in pipeline order. */
    public enum Stage { nlp, entities, events, mapping, validation }

    private final Map<Stage, LongAdder> nanos = new LinkedHashMap<>();

    public StageTimes() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    void add(Stage stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
    }

    /** Nanoseconds per stage so far, in pipeline order. */
    public Map<Stage, Long> snapshot() {
        Map<Stage, Long> copy = new LinkedHashMap<>();
        nanos.forEach((stage, adder) -> copy.put(stage, adder.sum()));
        return copy;
    }
}
