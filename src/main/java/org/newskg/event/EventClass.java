package org.newskg.event;

/** The event classes of the ontology contract; the name is the class's local name in nkg:. */
public enum EventClass {
    Deployment, ArmsTransfer, Payment, Aid, TreatySigning, Meeting, Visit, Sanction, Casualty, Trade,
    LaborMigration;

    public static EventClass parse(String s) {
        for (EventClass c : values()) {
            if (c.name().equalsIgnoreCase(s.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown event class: " + s);
    }
}
