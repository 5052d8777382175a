package org.newskg.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The event lexicon (trigger words and argument patterns), the themes that decide what a transfer
 * is, and how each class reads and fuses: all read from resource files under /event/.
 */
public final class EventLexicon {

    /** One lexicon entry. {@code eventClass} is null for "by-theme" entries. */
    public record Entry(String id, EventClass eventClass, boolean verb, String subjectRole, String objectRole,
                        Map<String, List<String>> preps, String needs, double confidence) {
        public boolean byTheme() {
            return eventClass == null;
        }
    }

    /** How an event class reads and fuses, and which parties a mention must name to count. */
    /**
     * Words that make a mention undo a measure instead of imposing it, and the label verb of such events.
     *
     * @param words lower-case words, as the trigger or near it
     * @param labelVerb "lifts sanctions on"
     */
    public record Reversal(Set<String> words, String labelVerb) {
    }

    public record ClassInfo(String labelVerb, boolean fuseByTime, boolean directed, Parties parties) {
    }

    /** The least a mention must name: without it a sentence only touches a topic. */
    public enum Parties {
        /** the acting party */
        agent,
        /** the acting party, or the receiving one with a figure or the things received */
        agentOrReceiver,
        /** the acting party and someone or somewhere else: "X visited" alone names no visit */
        agentAndOther,
        /** whom it hits */
        target,
        /** whom it hits, or who did it with a count or a place */
        targetOrCounted,
        /** giver and receiver (or the place it went), or one of them with a figure or the things given (a gift with no one on either side is a topic) */
        flow,
        /** at least two parties */
        two,
        /** the treaty signed, or two parties */
        treatyOrTwo;

        public boolean satisfiedBy(java.util.Set<Role> roles, int count, boolean hasFigureOrItems) {
            return switch (this) {
                case agent -> roles.contains(Role.agent);
                case agentOrReceiver -> roles.contains(Role.agent) || roles.contains(Role.recipient) && hasFigureOrItems;
                case agentAndOther -> roles.contains(Role.agent) && roles.size() >= 2;
                case target -> roles.contains(Role.target);
                case targetOrCounted -> roles.contains(Role.target) || count >= 1 && hasFigureOrItems;
                // "sent aid for refugees in Darfur": where the gift went stands for whom it went to
                case flow -> roles.contains(Role.agent) && (roles.contains(Role.recipient) || roles.contains(Role.location))
                        || (roles.contains(Role.agent) || roles.contains(Role.recipient)) && hasFigureOrItems;
                case two -> count >= 2;
                case treatyOrTwo -> roles.contains(Role.treaty) || count >= 2;
            };
        }
    }

    private final Map<String, List<Entry>> byForm = new HashMap<>();
    private final Map<String, EventClass> themeClass = new HashMap<>();
    private final Map<String, String> canonicalUnit = new HashMap<>();
    private final Map<EventClass, ClassInfo> classes = new EnumMap<>(EventClass.class);
    private final Map<EventClass, Reversal> reversals = new EnumMap<>(EventClass.class);
    /** Per lexicon entry: the class of its theme -> the class of the event it makes ("import rice" is Trade). */
    private final Map<String, Map<EventClass, EventClass>> entryClasses = new HashMap<>();

    private EventLexicon() {
    }

    public static EventLexicon loadDefault() {
        EventLexicon lex = new EventLexicon();
        read("/event/lexicon.tsv", 9, cols -> {
            EventClass c = cols[1].equals("by-theme") ? null : EventClass.parse(cols[1]);
            Map<String, List<String>> preps = new LinkedHashMap<>();
            if (!cols[6].equals("-")) {
                for (String pair : cols[6].split(",")) {
                    String[] kv = pair.split("=", 2);
                    preps.put(kv[0].strip(), kv[1].equals("-") ? List.of() : List.of(kv[1].split("\\|")));
                }
            }
            Entry e = new Entry(cols[0], c, cols[2].equals("verb"), dash(cols[4]), dash(cols[5]), preps,
                    dash(cols[7]), Double.parseDouble(cols[8]));
            for (String form : cols[3].split("\\s+")) {
                lex.byForm.computeIfAbsent(form.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
            }
        });
        read("/event/themes.tsv", 3, cols -> {
            EventClass c = EventClass.parse(cols[1]);
            for (String noun : cols[2].split("\\s+")) {
                lex.themeClass.put(noun.toLowerCase(Locale.ROOT), c);
            }
        });
        read("/event/units.tsv", 2, cols -> {
            for (String synonym : cols[1].split("\\s+")) {
                lex.canonicalUnit.put(synonym.replace('-', ' '), cols[0]);
            }
        });
        read("/event/entry-classes.tsv", 3, cols -> lex.entryClasses
                .computeIfAbsent(cols[0], k -> new EnumMap<>(EventClass.class))
                .put(EventClass.parse(cols[1]), EventClass.parse(cols[2])));
        read("/event/classes.tsv", 5, cols -> lex.classes.put(EventClass.parse(cols[0]),
                new ClassInfo(cols[1], cols[2].equals("yes"), cols[3].equals("yes"), Parties.valueOf(cols[4]))));
        read("/event/reversals.tsv", 3, cols -> lex.reversals.put(EventClass.parse(cols[0]),
                new Reversal(Set.of(cols[1].toLowerCase(Locale.ROOT).split("\\s+")), cols[2])));
        for (EventClass c : EventClass.values()) {
            if (!lex.classes.containsKey(c)) {
                throw new IllegalStateException("/event/classes.tsv has no row for " + c);
            }
        }
        return lex;
    }

    private static String dash(String s) {
        return s.equals("-") ? null : s;
    }

    private static void read(String resource, int columns, Consumer<String[]> row) {
        try (InputStream in = EventLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != columns) {
                    throw new IllegalStateException(resource + " line " + n + ": expected " + columns
                            + " tab-separated columns, found " + cols.length);
                }
                row.accept(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    public List<Entry> entriesFor(String word) {
        return byForm.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }

    /** The class a moved thing implies ("troops" -> Deployment), or null. */
    public EventClass themeClass(String noun) {
        return themeClass.get(noun.toLowerCase(Locale.ROOT));
    }

    /**
     * The class of the event a by-theme entry makes of a moved thing of class {@code themeClass}: the theme's class,
     * unless entry-classes.tsv says otherwise for this entry. Null stays null.
     */
    public EventClass classFor(Entry entry, EventClass themeClass) {
        if (themeClass == null) {
            return null;
        }
        return entryClasses.getOrDefault(entry.id(), Map.of()).getOrDefault(themeClass, themeClass);
    }

    /** The one spelling of a unit ("soldiers" -> "troops"), or the unit itself. */
    public String canonicalUnit(String unit) {
        return unit == null ? null : canonicalUnit.getOrDefault(unit.toLowerCase(Locale.ROOT), unit);
    }

    public ClassInfo info(EventClass c) {
        return classes.get(c);
    }

    /** How mentions of a class that undo a measure read ("lifted the sanctions"), or null for classes without. */
    public Reversal reversal(EventClass c) {
        return reversals.get(c);
    }
}
