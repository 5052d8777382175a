package org.newskg.entity;

import java.util.List;

/**
 * Everything the catalog knows about one entity.
 *
 * @param entity the entity (key, type, canonical label, Wikidata id or null)
 * @param aliases the label followed by every skos:altLabel, deduplicated, in file order
 * @param demonyms adjectives and people nouns that denote a state or its people ("Russian", "Russians")
 * @param seats place names used for a state's government ("Moscow", "the Kremlin")
 * @param surname the name used alone after first mention, or null
 * @param roles offices held, with dates where known
 * @param countryKey catalog key of the state a place or organization belongs to, or null
 */
public record CatalogEntry(Entity entity, List<String> aliases, List<String> demonyms, List<String> seats,
                           String surname, List<RoleHolding> roles, String countryKey) {

    public CatalogEntry {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        seats = List.copyOf(seats);
        roles = List.copyOf(roles);
    }

    public String key() {
        return entity.key();
    }

    public EntityType type() {
        return entity.type();
    }

    public String label() {
        return entity.label();
    }
}
