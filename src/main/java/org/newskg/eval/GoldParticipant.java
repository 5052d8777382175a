package org.newskg.eval;

import java.util.List;

/**
 * A participant of a gold event: the entity (by its gold name) and the contract role it plays, with any
 * other role a careful reader would also accept (a co-signatory is agent or participant).
 */
public record GoldParticipant(String role, String entity, List<String> altRoles) {
    public GoldParticipant {
        altRoles = List.copyOf(altRoles);
    }
}
