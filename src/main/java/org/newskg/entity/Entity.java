package org.newskg.entity;

/**
 * A real-world entity, one per IRI across all articles.
 *
 * @param key the IRI local name under res: (from the Wikidata id when known, else the normalized name)
 * @param type its class
 * @param label canonical English name
 * @param wikidataId "Q..." or null when not linked
 */
public record Entity(String key, EntityType type, String label, String wikidataId) {
}
