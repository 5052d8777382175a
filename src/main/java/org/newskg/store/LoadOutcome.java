package org.newskg.store;

/** What {@link KnowledgeStore#load} did with one document's graph. */
public enum LoadOutcome {
    /** The document was not in the store; its graph was written. */
    ADDED,
    /** The document was in the store with another text hash; its graph was dropped and rewritten. */
    REPLACED,
    /** The document was in the store with the same text hash; nothing was written. */
    UNCHANGED
}
