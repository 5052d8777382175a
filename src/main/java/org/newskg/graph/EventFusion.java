package org.newskg.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.newskg.entity.Entity;
import org.newskg.entity.EntityType;
import org.newskg.event.EventClass;
import org.newskg.event.EventLexicon;
import org.newskg.event.EventMention;
import org.newskg.event.Role;

/**
 * Decides which mentions, in any article, tell the same real-world event: the key is the class, the
 * parties that define it (a signed treaty; else the states or organizations acting and receiving; else
 * the people) and, for dated events such as meetings, the year the text states. Flows between the same parties
 * (deployments, transfers, trade) are one event whatever the date.
 */
public final class EventFusion {
    private final EventLexicon lexicon;

    public EventFusion(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The parties that identify the event, in a stable order. */
    public List<Entity> keyParties(EventMention m) {
        Map<Role, List<Entity>> p = m.participants();
        if (p.containsKey(Role.treaty)) {
            return List.copyOf(p.get(Role.treaty));
        }
        List<Entity> core = new ArrayList<>();
        for (Role r : List.of(Role.agent, Role.recipient, Role.participant, Role.target)) {
            core.addAll(p.getOrDefault(r, List.of()));
        }
        if (core.isEmpty()) {
            core.addAll(p.getOrDefault(Role.location, List.of()));
        }
        List<Entity> parties = collective(core).stream().distinct().toList();
        if (!lexicon.info(m.eventClass()).directed() && parties.size() < 2) {
            // a meeting of one state's leader with someone the catalog places in no state: the state alone
            // would key every such meeting of that year alike, so the people stay in the key
            parties = core.stream().distinct().toList();
        }
        return parties.stream().sorted((a, b) -> a.key().compareTo(b.key())).toList();
    }

    /**
     * Keys for all of one article's event mentions. A flow told with one side missing ("Russia's offer
     * of rice", "North Korean troops arrived") joins the article's one fuller account of the same flow
     * (the same class, containing its parties), so that partial retellings do not make events of their own.
     */
    public Map<EventMention, String> keys(List<EventMention> mentions) {
        return keys(mentions, null);
    }

    /**
     * Keys as {@link #keys(List)}, where the article's text also tells which mentions undo a measure
     * ({@link #lifts}): those are events of their own, never the imposition they lift.
     */
    public Map<EventMention, String> keys(List<EventMention> mentions, String text) {
        Map<EventMention, String> keys = joinedKeys(mentions);
        if (text != null) {
            keys.replaceAll((m, k) -> lifts(m, text) ? k + LIFTED : k);
        }
        return keys;
    }

    private static final String LIFTED = " lifted";

    /** Whether an event key from {@link #keys(List, String)} is that of a lifting: read once, when keyed. */
    public static boolean isLifting(String key) {
        return key.endsWith(LIFTED);
    }

    private Map<EventMention, String> joinedKeys(List<EventMention> mentions) {
        Map<EventMention, String> keys = new java.util.LinkedHashMap<>(); // in article order: labels must not depend on hashing
        for (EventMention m : mentions) {
            keys.put(m, key(m));
        }
        for (EventMention m : mentions) {
            if (!isPartialFlow(m)) {
                continue;
            }
            java.util.TreeSet<String> fuller = new java.util.TreeSet<>();
            for (EventMention o : mentions) {
                if (o != m && o.eventClass() == m.eventClass() && !isPartialFlow(o) && contains(o, m)) {
                    fuller.add(keys.get(o));
                }
            }
            for (EventMention o : mentions) {
                if (o != m && !sameYear(o, m)) {
                    fuller.remove(keys.get(o)); // an account told in another year is another event
                }
            }
            if (fuller.size() == 1) {
                keys.put(m, fuller.first());
            }
        }
        joinPartialGatherings(mentions, keys);
        return keys;
    }

    /**
     * A meeting or signing told again with fewer parties ("Lee met business leaders after the summit" naming
     * only his side, or the two ministers named where the first account named the states) joins the article's
     * one fuller account of the same class and year whose parties, in any role, include all of its own: the
     * same text does not tell two gatherings of the same people in one year without saying so.
     */
    private void joinPartialGatherings(List<EventMention> mentions, Map<EventMention, String> keys) {
        Map<EventMention, String> joined = new java.util.LinkedHashMap<>();
        for (EventMention m : mentions) {
            EventLexicon.ClassInfo info = lexicon.info(m.eventClass());
            if (info.directed() || !info.fuseByTime() || m.participants().containsKey(Role.treaty)) {
                continue;
            }
            java.util.Set<Entity> own = nonLocationParties(m);
            TreeSet<String> fuller = new TreeSet<>();
            for (EventMention o : mentions) {
                if (o != m && o.eventClass() == m.eventClass() && !keys.get(o).equals(keys.get(m)) && sameYear(o, m)) {
                    java.util.Set<Entity> theirs = nonLocationParties(o);
                    if (theirs.size() > own.size() && theirs.containsAll(own)) {
                        fuller.add(keys.get(o));
                    }
                }
            }
            if (fuller.size() == 1) {
                joined.put(m, fuller.first());
            }
        }
        keys.putAll(joined);
    }

    /** Every party of a mention in any role but location. */
    private static java.util.Set<Entity> nonLocationParties(EventMention m) {
        java.util.Set<Entity> all = new java.util.HashSet<>();
        m.participants().forEach((role, es) -> {
            if (role != Role.location) {
                all.addAll(es);
            }
        });
        return all;
    }

    /**
     * Whether the mention undoes a measure ("lifted the sanctions", "sanctions ... were removed"): its trigger,
     * or a word near it in its clause, is a reversal word of its class (event/reversals.tsv).
     */
    public boolean lifts(EventMention m, String text) {
        EventLexicon.Reversal reversal = lexicon.reversal(m.eventClass());
        if (reversal == null || text == null || m.end() > text.length()) {
            return false;
        }
        List<int[]> words = new ArrayList<>();
        java.util.regex.Matcher w = WORD.matcher(text).region(m.begin(), m.end());
        int trigger = -1;
        while (w.find()) {
            if (trigger < 0 && w.end() > m.triggerBegin()) {
                trigger = words.size();
            }
            words.add(new int[] {w.start(), w.end()});
        }
        if (trigger < 0) {
            return false;
        }
        // the trigger's own clause: four words back ("the lifting of sanctions"), eight on ("sanctions on the
        // bank were lifted"), never past a comma or a word that opens another clause ("after the EU lifted")
        return reversalWithin(reversal, text, words, trigger, -1, 4) || reversalWithin(reversal, text, words, trigger, 1, 8);
    }

    private static boolean reversalWithin(EventLexicon.Reversal reversal, String text, List<int[]> words, int trigger,
                                          int step, int reach) {
        for (int i = trigger, n = 0; i >= 0 && i < words.size() && n <= reach; i += step, n++) {
            String word = text.substring(words.get(i)[0], words.get(i)[1]).toLowerCase(java.util.Locale.ROOT);
            if (reversal.words().contains(word)) {
                return true;
            }
            int next = i + step;
            if (next < 0 || next >= words.size()) {
                break;
            }
            String gap = step > 0 ? text.substring(words.get(i)[1], words.get(next)[0]) : text.substring(words.get(next)[1], words.get(i)[0]);
            String nextWord = text.substring(words.get(next)[0], words.get(next)[1]).toLowerCase(java.util.Locale.ROOT);
            if (gap.matches(".*[,;:()].*") || CLAUSE_OPENERS.contains(step > 0 ? nextWord : word)) {
                break;
            }
        }
        return false;
    }

    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of(
            "after", "before", "while", "when", "as", "but", "because", "since", "although", "though", "whereas",
            "until", "which", "who");

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}+");

    /** The mention whose label names an event (by class and key): the fullest one. */
    public Map<String, EventMention> representatives(Map<EventMention, String> keys) {
        Map<String, EventMention> best = new java.util.HashMap<>();
        keys.forEach((m, k) -> best.merge(m.eventClass() + "|" + k, m, (a, b) -> parties(b) > parties(a) ? b : a));
        return best;
    }

    private static int parties(EventMention m) {
        return m.participants().values().stream().mapToInt(List::size).sum();
    }

    private boolean isPartialFlow(EventMention m) {
        EventLexicon.ClassInfo info = lexicon.info(m.eventClass());
        boolean hasAgent = !m.participants().getOrDefault(Role.agent, List.of()).isEmpty();
        boolean hasRecipient = !m.participants().getOrDefault(Role.recipient, List.of()).isEmpty();
        return info.directed() && !info.fuseByTime() && hasAgent != hasRecipient;
    }

    /**
     * "China donated rice in 2022" does not retell this year's donation to Sri Lanka: a partial flow joins a
     * fuller account only when their years, where both are known, agree.
     */
    private static boolean sameYear(EventMention a, EventMention b) {
        if (a.time() == null || b.time() == null || !a.time().isResolved() || !b.time().isResolved()) {
            return true;
        }
        return a.time().value().substring(0, 4).equals(b.time().value().substring(0, 4));
    }

    /** Every party of {@code part} plays the same role in {@code whole}. */
    private static boolean contains(EventMention whole, EventMention part) {
        for (Map.Entry<Role, List<Entity>> r : part.participants().entrySet()) {
            if (r.getKey() == Role.location) {
                continue;
            }
            if (!whole.participants().getOrDefault(r.getKey(), List.of()).containsAll(r.getValue())) {
                return false;
            }
        }
        return true;
    }

    public String key(EventMention m) {
        StringBuilder key = new StringBuilder();
        boolean directed = lexicon.info(m.eventClass()).directed();
        if (directed && !m.participants().containsKey(Role.treaty)) {
            key.append("from:").append(keys(m, Role.agent)).append(" to:").append(keys(m, Role.recipient))
                    .append(" on:").append(keys(m, Role.target));
            if (keys(m, Role.agent).isEmpty() && keys(m, Role.recipient).isEmpty() && keys(m, Role.target).isEmpty()) {
                key.append(" with:").append(keyParties(m).stream().map(Entity::key).collect(Collectors.joining(",")));
            }
        } else {
            key.append("with:").append(keyParties(m).stream().map(Entity::key).collect(Collectors.joining(",")));
        }
        if (lexicon.info(m.eventClass()).fuseByTime() && !m.participants().containsKey(Role.treaty)) {
            // only a year the text states ("in 2019", "in July 2023") separates events: a year resolved
            // from "last year" exists only where the article's date is known, and the same meeting
            // told by an undated article must still be the same node
            boolean stated = m.time() != null && m.time().isResolved()
                    && m.time().text().matches("(?s).*\\b(1[89]|20)\\d\\d\\b.*");
            key.append(" at:").append(stated ? m.time().value().substring(0, 4) : "undated");
        }
        return key.toString();
    }

    /** Keys of the collective parties in a role (states/organizations if any, else people). */
    private String keys(EventMention m, Role role) {
        return collective(m.participants().getOrDefault(role, List.of())).stream().map(Entity::key)
                .collect(Collectors.toCollection(TreeSet::new)).toString();
    }

    /** A readable summary from the key parties: "North Korea deploys troops to Russia". */
    public String label(EventMention m) {
        return label(m, false);
    }

    /** The summary of an event that imposes or, when {@code lifted}, undoes a measure ("ECOWAS lifts sanctions on Niger"). */
    public String label(EventMention m, boolean lifted) {
        lifted = lifted && lexicon.reversal(m.eventClass()) != null;
        String label = summary(m, lifted);
        return lifted && !label.contains(lexicon.reversal(m.eventClass()).labelVerb()) ? label + " (lifted)" : label;
    }

    private String summary(EventMention m, boolean lifted) {
        EventClass c = m.eventClass();
        String verb = lifted ? lexicon.reversal(c).labelVerb() : lexicon.info(c).labelVerb();
        Map<Role, List<Entity>> p = m.participants();
        if (p.containsKey(Role.treaty)) {
            return "Signing of the " + lowerFirst(p.get(Role.treaty).get(0).label());
        }
        if (lexicon.info(c).directed()) {
            String from = names(collective(p.getOrDefault(Role.agent, List.of())));
            String to = names(collective(p.getOrDefault(Role.recipient, p.getOrDefault(Role.target, List.of()))));
            if (!from.isEmpty() && !to.isEmpty()) {
                return from + " " + verb + " " + to;
            }
            if (!from.isEmpty()) {
                return from + " " + verb.replaceAll(" (to|with|on)$", "");
            }
            return c.name() + (to.isEmpty() ? "" : " involving " + to);
        }
        List<Entity> parties = keyParties(m);
        List<Entity> people = parties.stream().filter(e -> e.type() == EntityType.Person).toList();
        if (people.size() >= 2) {
            parties = people; // "Kim Jong-un meets Andrei Belousov" rather than mixing a state with people
        }
        if (parties.size() >= 2) {
            return names(parties.subList(0, 1)) + " " + verb + " " + names(parties.subList(1, parties.size()));
        }
        return c.name() + (parties.isEmpty() ? "" : " involving " + names(parties));
    }

    /**
     * The parties that identify an event: the states if any (aid to a state's army is aid to the state),
     * else the organizations, else the people.
     */
    private static List<Entity> collective(List<Entity> es) {
        for (EntityType type : List.of(EntityType.State, EntityType.Organization)) {
            List<Entity> c = es.stream().filter(e -> e.type() == type).toList();
            if (!c.isEmpty()) {
                return c;
            }
        }
        return es;
    }

    private static String names(List<Entity> es) {
        return es.stream().map(Entity::label).distinct().sorted().collect(Collectors.joining(" and "));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
