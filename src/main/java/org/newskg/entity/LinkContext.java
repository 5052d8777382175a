package org.newskg.entity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What an article tells the online linker about a name it could not link from the catalog.
 *
 * @param stateQids Wikidata ids of the states the article mentions (catalog state keys are their QIDs)
 * @param stateWords names and demonyms of those states, normalized ("poland", "polish"), looked for in a
 *                   candidate's description
 * @param date the article's date, or null when unknown
 */
public record LinkContext(Set<String> stateQids, Set<String> stateWords, LocalDate date) {

    public LinkContext {
        stateQids = Set.copyOf(stateQids);
        Set<String> words = new LinkedHashSet<>();
        stateWords.forEach(w -> words.add(WikidataLinker.normalize(w)));
        words.remove("");
        stateWords = Set.copyOf(words);
    }

    public static LinkContext none() {
        return new LinkContext(Set.of(), Set.of(), null);
    }

    public static LinkContext of(Collection<String> stateQids, LocalDate date) {
        return new LinkContext(Set.copyOf(stateQids), Set.of(), date);
    }

    /** The states by catalog key, with their catalog names and demonyms as description words. */
    public static LinkContext fromCatalog(Catalog catalog, Collection<String> stateKeys, LocalDate date) {
        Set<String> qids = new LinkedHashSet<>();
        Set<String> words = new LinkedHashSet<>();
        for (String key : stateKeys) {
            catalog.get(key).ifPresent(e -> {
                if (e.entity().wikidataId() != null) {
                    qids.add(e.entity().wikidataId());
                }
                words.add(e.label());
                // short aliases ("US", "UK") are too easily ordinary words of a description
                e.aliases().stream().filter(a -> a.replaceAll("[^\\p{L}]", "").length() > 3).forEach(words::add);
                words.addAll(e.demonyms());
            });
        }
        return new LinkContext(qids, words, date);
    }
}
