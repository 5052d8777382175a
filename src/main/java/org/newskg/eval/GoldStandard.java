package org.newskg.eval;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A gold annotation: the articles with their publication dates, the entities and the events a good extractor
 * gets from them. The JSON format is described in src/test/resources/gold/README.md.
 *
 * @param articles document id prefix -> publication date ("2024-12-17", "2024-12" when approximate, or null)
 */
public record GoldStandard(Map<String, String> articles, List<GoldEntity> entities, List<GoldEvent> events) {
    /** The event classes of the contract; gold events must use them. */
    public static final Set<String> EVENT_TYPES = Set.of("Deployment", "ArmsTransfer", "Payment", "Aid",
            "TreatySigning", "Meeting", "Visit", "Sanction", "Casualty", "Trade", "LaborMigration");
    /** The roles of the contract (sub-properties of nkg:participant, and nkg:participant itself). */
    public static final Set<String> ROLES = Set.of("agent", "recipient", "participant", "location", "target", "treaty");
    /** The entity types of the contract, and Other for gold entities the contract has no class for. */
    public static final Set<String> ENTITY_TYPES = Set.of("Person", "State", "Organization", "Place", "Treaty", "Other");

    public GoldStandard {
        articles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(articles));
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }

    /** Reads and checks a gold file. */
    public static GoldStandard read(Path file) throws IOException {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses and checks gold JSON; a broken reference or an unknown type is an IllegalArgumentException. */
    public static GoldStandard parse(String json) {
        JsonObject root;
        try {
            root = JSON.parse(json);
        } catch (JsonException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
        }
        Map<String, String> articles = new LinkedHashMap<>();
        if (root.hasKey("articles")) {
            JsonObject a = root.get("articles").getAsObject();
            for (String key : a.keys()) {
                JsonValue v = a.get(key);
                articles.put(key, v.isNull() ? null : v.getAsString().value());
            }
        }
        List<GoldEntity> entities = new ArrayList<>();
        for (JsonValue v : array(root, "entities")) {
            entities.add(entity(v.getAsObject()));
        }
        List<GoldEvent> events = new ArrayList<>();
        for (JsonValue v : array(root, "events")) {
            events.add(event(v.getAsObject(), events.size()));
        }
        GoldStandard gold = new GoldStandard(articles, entities, events);
        gold.check();
        return gold;
    }

    /** The entity with this gold name. */
    public GoldEntity entity(String name) {
        for (GoldEntity e : entities) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no gold entity named " + name);
    }

    private void check() {
        Map<String, GoldEntity> byName = new HashMap<>();
        for (GoldEntity e : entities) {
            if (byName.put(e.name(), e) != null) {
                throw new IllegalArgumentException("entity listed twice: " + e.name());
            }
            if (!ENTITY_TYPES.contains(e.type())) {
                throw new IllegalArgumentException(e.name() + ": unknown entity type " + e.type());
            }
            if (e.docs().isEmpty()) {
                throw new IllegalArgumentException(e.name() + ": no docs");
            }
        }
        for (GoldEvent ev : events) {
            for (String t : ev.acceptedTypes()) {
                if (!EVENT_TYPES.contains(t)) {
                    throw new IllegalArgumentException(ev.id() + ": not an event class of the contract: " + t);
                }
            }
            if (ev.participants().isEmpty() || ev.docs().isEmpty()) {
                throw new IllegalArgumentException(ev.id() + ": an event needs participants and docs");
            }
            for (GoldParticipant p : ev.participants()) {
                if (!byName.containsKey(p.entity())) {
                    throw new IllegalArgumentException(ev.id() + ": participant is not a gold entity: " + p.entity());
                }
                if (!ROLES.contains(p.role()) || !ROLES.containsAll(p.altRoles())) {
                    throw new IllegalArgumentException(ev.id() + ": not a role of the contract: " + p);
                }
            }
            for (GoldQuantity q : ev.quantities()) {
                if (q.numbers().isEmpty() || q.doc() == null || !ev.docs().contains(q.doc())) {
                    throw new IllegalArgumentException(ev.id() + ": a quantity needs a number and one of the event's docs: "
                            + q);
                }
            }
        }
    }

    private static GoldEntity entity(JsonObject o) {
        String name = string(o, "name");
        boolean linkScored = o.hasKey("wikidata");
        String wikidata = linkScored && !o.get("wikidata").isNull() ? o.get("wikidata").getAsString().value() : null;
        return new GoldEntity(name, string(o, "type"), wikidata, linkScored, strings(o, "aliases"), strings(o, "docs"),
                bool(o, "optional"));
    }

    private static GoldEvent event(JsonObject o, int index) {
        String id = o.hasKey("id") ? string(o, "id") : "event-" + (index + 1);
        List<GoldParticipant> participants = new ArrayList<>();
        for (JsonValue v : array(o, "participants")) {
            JsonObject p = v.getAsObject();
            participants.add(new GoldParticipant(string(p, "role"), string(p, "entity"), strings(p, "alt_roles")));
        }
        List<GoldQuantity> quantities = new ArrayList<>();
        for (JsonValue v : array(o, "quantities")) {
            JsonObject q = v.getAsObject();
            quantities.add(new GoldQuantity(number(q, "value"), number(q, "min"), number(q, "max"), optString(q, "unit"),
                    optString(q, "currency"), optString(q, "per"), optString(q, "doc"), optString(q, "text")));
        }
        return new GoldEvent(id, string(o, "type"), strings(o, "alt_types"), optString(o, "summary"), participants,
                optString(o, "time"), quantities, strings(o, "docs"), bool(o, "optional"));
    }

    private static JsonArray array(JsonObject o, String key) {
        if (!o.hasKey(key) || o.get(key).isNull()) {
            return new JsonArray();
        }
        if (!o.get(key).isArray()) {
            throw new IllegalArgumentException(key + " must be an array in " + o);
        }
        return o.get(key).getAsArray();
    }

    private static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        for (JsonValue v : array(o, key)) {
            out.add(v.getAsString().value());
        }
        return out;
    }

    private static String string(JsonObject o, String key) {
        String s = optString(o, key);
        if (s == null) {
            throw new IllegalArgumentException("missing \"" + key + "\" in " + o);
        }
        return s;
    }

    private static String optString(JsonObject o, String key) {
        if (!o.hasKey(key) || o.get(key).isNull()) {
            return null;
        }
        return o.get(key).getAsString().value();
    }

    private static boolean bool(JsonObject o, String key) {
        return o.hasKey(key) && o.get(key).isBoolean() && o.get(key).getAsBoolean().value();
    }

    private static BigDecimal number(JsonObject o, String key) {
        if (!o.hasKey(key) || o.get(key).isNull()) {
            return null;
        }
        JsonValue v = o.get(key);
        if (!v.isNumber()) {
            throw new IllegalArgumentException(key + " must be a number in " + o);
        }
        return new BigDecimal(v.getAsNumber().value().toString());
    }
}
