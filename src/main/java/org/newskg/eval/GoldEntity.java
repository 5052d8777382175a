package org.newskg.eval;

import java.util.List;

/**
 * One entity of a gold file.
 *
 * @param name the canonical name
 * @param type Person, State, Organization, Place, Treaty, or Other (ignored by the scorer)
 * @param wikidata the expected Wikidata id, or null when the entity must stay unlinked
 * @param linkScored false when the gold says nothing about the link (the "wikidata" key is absent)
 * @param aliases other surface forms seen in the texts
 * @param docs document id prefixes of the articles that mention it
 * @param optional neither required nor penalized
 */
public record GoldEntity(String name, String type, String wikidata, boolean linkScored, List<String> aliases,
        List<String> docs, boolean optional) {
    public GoldEntity {
        aliases = List.copyOf(aliases);
        docs = List.copyOf(docs);
    }

    /** Optional entities and entities of type Other are neither required nor penalized. */
    public boolean ignorable() {
        return optional || "Other".equals(type);
    }
}
