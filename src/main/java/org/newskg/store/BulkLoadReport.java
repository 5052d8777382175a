package org.newskg.store;

import java.util.List;

/**
 * Summary of {@link KnowledgeStore#bulkLoad}.
 *
 * @param added documents that were new
 * @param replaced documents whose graph was rewritten because their hash changed
 * @param unchanged documents already stored with the same hash
 * @param failed ids of documents that could not be written (each left the store unchanged)
 * @param triplesWritten triples added to the store
 * @param transactions write transactions committed
 */
public record BulkLoadReport(int added, int replaced, int unchanged, List<String> failed,
                             long triplesWritten, int transactions) {
    public BulkLoadReport {
        failed = List.copyOf(failed);
    }

    public int documents() {
        return added + replaced + unchanged + failed.size();
    }
}
