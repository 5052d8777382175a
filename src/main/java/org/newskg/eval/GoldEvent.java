package org.newskg.eval;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One event of a gold file, merged across the articles that tell it.
 *
 * @param id a short id for reports ("E01", "U02-3")
 * @param type the event class of the contract (local name, e.g. "Deployment")
 * @param altTypes other classes that also count as a match
 * @param time the time at the precision known ("2024", "2024-06", "2024-06-19"), or null
 * @param docs document id prefixes of the articles that tell it
 * @param optional neither required nor penalized
 */
public record GoldEvent(String id, String type, List<String> altTypes, String summary,
        List<GoldParticipant> participants, String time, List<GoldQuantity> quantities, List<String> docs,
        boolean optional) {
    public GoldEvent {
        altTypes = List.copyOf(altTypes);
        participants = List.copyOf(participants);
        quantities = List.copyOf(quantities);
        docs = List.copyOf(docs);
    }

    /** The classes an extracted event may have to match: the type and the alternative types. */
    public Set<String> acceptedTypes() {
        Set<String> types = new LinkedHashSet<>();
        types.add(type);
        types.addAll(altTypes);
        return types;
    }

    /** Each distinct participant entity with every role the gold accepts for it (an entity may fill two slots). */
    public Map<String, Set<String>> acceptedRolesByEntity() {
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        for (GoldParticipant p : participants) {
            Set<String> accepted = roles.computeIfAbsent(p.entity(), e -> new LinkedHashSet<>());
            accepted.add(p.role());
            accepted.addAll(p.altRoles());
        }
        return roles;
    }
}
