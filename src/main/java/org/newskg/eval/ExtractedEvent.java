package org.newskg.eval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An event of an extracted dataset, gathered over every graph that mentions it (the same event told by several
 * articles is one node).
 *
 * @param iri the event IRI
 * @param classes local names of its event classes ("Deployment")
 * @param label its rdfs:label, or the IRI's local name
 * @param rolesByParticipant participant IRI -> the roles it fills (agent, recipient, participant, ...)
 * @param times lexical forms of its nkg:time values
 * @param quantitiesByDoc docId -> the numbers of each quantity node the event carries in that document's graph
 * @param rulesByDoc docId -> the nkg:rule of each of its mentions in that document's graph (one entry per mention
 *     and rule)
 */
public record ExtractedEvent(String iri, Set<String> classes, String label, Map<String, Set<String>> rolesByParticipant,
        Set<String> times, Map<String, List<List<BigDecimal>>> quantitiesByDoc, Map<String, List<String>> rulesByDoc) {
    public ExtractedEvent {
        classes = Set.copyOf(classes);
        rolesByParticipant = Map.copyOf(rolesByParticipant);
        times = Set.copyOf(times);
        quantitiesByDoc = Map.copyOf(quantitiesByDoc);
        rulesByDoc = Map.copyOf(rulesByDoc);
    }

    /** The docIds whose graph holds this event. */
    public Set<String> docs() {
        return rulesByDoc.keySet();
    }

    /** Short readable form for reports. */
    public String describe() {
        return label + " " + classes + " <" + iri + ">";
    }
}
