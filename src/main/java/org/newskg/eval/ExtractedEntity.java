package org.newskg.eval;

import java.util.Map;
import java.util.Set;

/**
 * An entity of an extracted dataset, as the evaluator sees it.
 *
 * @param iri the entity IRI (one across all documents)
 * @param type the local name of its class (Person, State, ...)
 * @param label its rdfs:label (any graph), or the IRI's local name when it has none
 * @param altLabels its skos:altLabel values (all graphs)
 * @param sameAs the Wikidata ids of its owl:sameAs links ("Q423")
 * @param surfacesByDoc docId -> the nkg:surface of its mentions in that document's graph
 */
public record ExtractedEntity(String iri, String type, String label, Set<String> altLabels, Set<String> sameAs,
        Map<String, Set<String>> surfacesByDoc) {
    public ExtractedEntity {
        altLabels = Set.copyOf(altLabels);
        sameAs = Set.copyOf(sameAs);
        surfacesByDoc = Map.copyOf(surfacesByDoc);
    }

    /** The docIds whose graph holds this entity. */
    public Set<String> docs() {
        return surfacesByDoc.keySet();
    }

    /** Short readable form for reports. */
    public String describe() {
        return label + " (" + type + ") <" + iri + ">";
    }
}
