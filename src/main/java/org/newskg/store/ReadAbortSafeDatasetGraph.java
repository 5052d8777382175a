package org.newskg.store;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * Ends a read transaction instead of aborting it (issue #7).
 * <p>
 * Fuseki aborts the read transaction of a query stopped by its timeout, and so do Jena's
 * {@code Txn} helpers when a read throws. Over the text-indexed TDB2 dataset, concurrent aborts of
 * read transactions fail inside TDB2 (the text index's transaction component has no state for
 * the thread and throws a NullPointerException half-way through ending the transaction), which
 * leaves the transaction registered as active forever: the store can then no longer be closed
 * ("Can't expel: Active transactions"). A read transaction has nothing to undo, so ending it is
 * the same as aborting it, and that path is safe. Write transactions still abort normally.
 * <p>
 * The wrapper also puts the text index into the dataset context, where jena-text's
 * {@code text:query} looks first, since the wrapper itself is not a {@link DatasetGraphText}.
 */
final class ReadAbortSafeDatasetGraph extends DatasetGraphWrapper {

    ReadAbortSafeDatasetGraph(DatasetGraph base) {
        super(base);
        if (base instanceof DatasetGraphText text && base.getContext() != null) {
            base.getContext().set(TextQuery.textIndex, text.getTextIndex());
        }
    }

    @Override
    public void abort() {
        if (isInTransaction() && transactionMode() == ReadWrite.READ) {
            end();
            return;
        }
        super.abort();
    }
}
