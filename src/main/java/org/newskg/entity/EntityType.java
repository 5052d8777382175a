package org.newskg.entity;

/** The entity classes of the ontology contract; the name is the class's local name in nkg:. */
public enum EntityType {
    Person, State, Organization, Place, Treaty;

    public static EntityType parse(String s) {
        for (EntityType t : values()) {
            if (t.name().equalsIgnoreCase(s.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type: " + s);
    }
}
