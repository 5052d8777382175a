package org.newskg.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The optional step after entity recognition that links, through {@link WikidataLinker}, the people, states,
 * organizations and places the catalog did not know. Entities are immutable, so a linked entity is a new
 * one (key and wikidataId the QID, so its IRI is res:Q…) and every mention of the old one, short names
 * included, now refers to it. Run it before event extraction so that events name the linked entities.
 */
public final class OnlineLinking {
    /** Appended to the rule of a mention whose entity was linked online (nkg:rule keeps the provenance). */
    public static final String RULE_SUFFIX = "+wikidata";

    private final WikidataLinker linker;
    private final Catalog catalog;

    public OnlineLinking(WikidataLinker linker, Catalog catalog) {
        this.linker = linker;
        this.catalog = catalog;
    }

    public WikidataLinker linker() {
        return linker;
    }

    /** The same mentions, in the same order, with each entity linked where the linker is sure enough. */
    public List<EntityMention> link(List<EntityMention> mentions, LocalDate articleDate) {
        Map<String, Entity> unlinked = new LinkedHashMap<>();
        for (EntityMention m : mentions) {
            Entity e = m.entity();
            if (e.wikidataId() == null && e.type() != EntityType.Treaty) {
                unlinked.putIfAbsent(e.key(), e);
            }
        }
        if (unlinked.isEmpty()) {
            return mentions;
        }
        LinkContext context = contextOf(mentions, articleDate);
        Map<String, Entity> replacement = new LinkedHashMap<>();
        for (Entity e : unlinked.values()) {
            linker.link(e, e.label(), context).map(linked -> preferCatalog(e, linked))
                    .ifPresent(linked -> replacement.put(e.key(), linked));
        }
        if (replacement.isEmpty()) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            Entity linked = replacement.get(m.entity().key());
            out.add(linked == null || m.entity().wikidataId() != null ? m
                    : new EntityMention(linked, m.begin(), m.end(), m.surface(), m.sentenceIndex(), m.kind(),
                    m.rule() + RULE_SUFFIX, m.confidence()));
        }
        return out;
    }

    /** The states the article mentions: by name, demonym or seat, and as the country of a place or organization. */
    public LinkContext contextOf(List<EntityMention> mentions, LocalDate articleDate) {
        Set<String> stateKeys = new LinkedHashSet<>();
        for (EntityMention m : mentions) {
            Entity e = m.entity();
            if (e.type() == EntityType.State && e.wikidataId() != null) {
                stateKeys.add(e.key());
            } else {
                catalog.get(e.key()).map(CatalogEntry::countryKey).ifPresent(stateKeys::add);
            }
        }
        return LinkContext.fromCatalog(catalog, stateKeys, articleDate);
    }

    /**
     * Curated names win: an item the catalog already has (under its QID) is the catalog's entity, and a catalog
     * entry without a QID keeps its own label, so one IRI keeps one label across articles.
     */
    private Entity preferCatalog(Entity original, Entity linked) {
        Optional<Entity> known = catalog.get(linked.key()).map(CatalogEntry::entity)
                .filter(c -> linked.key().equals(c.wikidataId()));
        if (known.isPresent()) {
            return known.get();
        }
        if (catalog.get(original.key()).isPresent()) {
            return new Entity(linked.key(), linked.type(), original.label(), linked.wikidataId());
        }
        return linked;
    }
}
