package org.newskg.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newskg.entity.CueWords;
import org.newskg.entity.Entity;
import org.newskg.entity.EntityMention;
import org.newskg.entity.EntityType;
import org.newskg.entity.MentionKind;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Parties named only by a pronoun or a description that refers back ("he", "the minister", "the bloc",
 * "the country", "the two ministers"): each becomes an extra mention of the most recent compatible named
 * entity of the article, within a small window of sentences, so that the event frames can use it like a name.
 *
 * <p>Which nouns refer back to which kind of entity is data (event/cues.tsv, categories {@code anaphor-*}).
 * The extra mentions carry the rule {@value #RULE_PREFIX}... and serve event extraction only: they are never
 * written as entity mentions.
 */
final class Anaphora {
    static final String RULE_PREFIX = "anaphor:";
    /** How many sentences back an antecedent may be: beyond that a description is too far to trust. */
    private static final int WINDOW = 3;
    private static final double CONFIDENCE = 0.5;

    private final CueWords cues;
    private final java.util.function.Predicate<String> eventNoun;

    /**
     * @param eventNoun tells the nouns that name an event ("visit", "talks"): a possessive pronoun is a party only
     *                  before one of them ("his visit"), never before a person ("her counterpart")
     */
    Anaphora(CueWords cues, java.util.function.Predicate<String> eventNoun) {
        this.cues = cues;
        this.eventNoun = eventNoun;
    }

    static boolean isResolved(EntityMention m) {
        return m.rule() != null && m.rule().startsWith(RULE_PREFIX);
    }

    /**
     * The anaphoric mentions of sentence {@code s}, each resolved to an entity mentioned before.
     *
     * @param all every entity mention of the article (real ones only)
     */
    List<EntityMention> resolve(Sentence s, String text, List<EntityMention> all) {
        List<Token> toks = s.tokens();
        List<EntityMention> here = all.stream().filter(m -> m.sentenceIndex() == s.index()).toList();
        List<EntityMention> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (covered(here, t)) {
                continue;
            }
            String w = t.lower();
            if (cues.is("anaphor-pronoun-person", w) && t.pos().matches("PRON|DET") && !possessiveBeforeNonEvent(toks, i)) {
                EntityMention ante = fronted(toks, i, here, EntityType.Person);
                if (ante == null) {
                    ante = pronounAntecedent(toks, i, here, all, s.index(), Set.of(EntityType.Person));
                }
                add(out, ante, t.begin(), t.end(), s.index(), w, text);
            } else if (cues.is("anaphor-pronoun-party", w) && t.pos().equals("PRON") && startsClause(toks, i)
                    && i + 1 < toks.size() && toks.get(i + 1).pos().matches("AUX|VERB|ADV")) {
                // "the agency said it had delivered": only a subject "it" names a party, never "it is likely"
                EntityMention ante = pronounAntecedent(toks, i, here, all, s.index(),
                        Set.of(EntityType.State, EntityType.Organization));
                add(out, ante, t.begin(), t.end(), s.index(), w, text);
            } else if (w.equals("the") || w.equals("this")) {
                description(toks, i, here, all, s, text, out);
            }
        }
        return out;
    }

    /** "her Qatari counterpart", "his government": a possessive before a noun that names no event. */
    private boolean possessiveBeforeNonEvent(List<Token> toks, int i) {
        if (!toks.get(i).lower().matches("his|her")) {
            return false;
        }
        int k = i + 1;
        while (k < toks.size() && toks.get(k).pos().matches("ADJ|NUM|PUNCT") && !toks.get(k).text().matches("[,.;:]")) {
            k++; // "his two-day visit"
        }
        if (k >= toks.size() || !toks.get(k).pos().matches("NOUN|PROPN")) {
            return toks.get(i).lower().equals("his"); // "met her": an object; "his" always owns something
        }
        return !eventNoun.test(toks.get(k).lower());
    }

    /** "the (paramilitary) group", "the country", "the two ministers" starting at token {@code i}. */
    private void description(List<Token> toks, int i, List<EntityMention> here, List<EntityMention> all, Sentence s,
                             String text, List<EntityMention> out) {
        int k = i + 1;
        boolean pair = false;
        if (k < toks.size() && toks.get(k).lower().equals("two")) {
            pair = true;
            k++;
        }
        while (k < toks.size() && toks.get(k).pos().equals("ADJ") && Character.isLowerCase(toks.get(k).text().charAt(0))
                && !covered(here, toks.get(k))) {
            k++;
        }
        if (k >= toks.size() || covered(here, toks.get(k)) || !toks.get(k).pos().equals("NOUN")) {
            return;
        }
        Token noun = toks.get(k);
        if (k + 1 < toks.size()) {
            Token next = toks.get(k + 1);
            // "the president of France", "the group Hamas", "the country director": the phrase is no back-reference
            if (next.lower().equals("of") || next.pos().matches("NOUN|PROPN")) {
                return;
            }
        }
        if (nameFollows(toks, k, here)) {
            return; // "the minister, Sergei Lavrov,": the name is given right there
        }
        int begin = toks.get(i).begin();
        int end = noun.end();
        String w = noun.lower();
        if (pair) {
            if (cues.is("anaphor-pair-person", w)) {
                // "X and Y signed in the presence of the two leaders": after a preposition the pair is not the
                // people the sentence names
                Set<Entity> others = new LinkedHashSet<>();
                if (i > 0 && toks.get(i - 1).pos().equals("ADP")) {
                    here.forEach(m -> others.add(m.entity()));
                }
                for (EntityMention m : lastTwo(all.stream().filter(m -> !others.contains(m.entity())).toList(), s.index(), begin, EntityType.Person)) {
                    add(out, m, begin, end, s.index(), w, text);
                }
            }
            if (cues.is("anaphor-pair-state", w)) {
                for (EntityMention m : twoSalient(all, s.index(), begin)) {
                    add(out, m, begin, end, s.index(), w, text);
                }
            }
            return;
        }
        EntityType type = cues.is("anaphor-person", w) ? EntityType.Person
                : cues.is("anaphor-organization", w) ? EntityType.Organization
                : cues.is("anaphor-state", w) ? EntityType.State
                : cues.is("anaphor-place", w) ? EntityType.Place : null;
        if (type == null) {
            return;
        }
        // a description names someone not named in its own sentence: "Kenya sent troops to the country" is not Kenya
        Set<Entity> namedHere = new LinkedHashSet<>();
        here.forEach(m -> namedHere.add(m.entity()));
        EntityMention ante = switch (type) {
            // "the bloc", "the agency": the organization the article is about, not one named in passing
            case Organization -> salient(all, s.index(), type, namedHere, w);
            // "sent troops to the country", "outside the town": the one named last
            case State, Place -> latest(all, s.index(), begin, type, namedHere);
            default -> previous(all, s.index(), Set.of(type), namedHere);
        };
        add(out, ante, begin, end, s.index(), w, text);
    }

    /** Of the entities of the type named within the window, the one the article has named most often so far. */
    private EntityMention salient(List<EntityMention> all, int sentence, EntityType type, Set<Entity> excluded, String noun) {
        java.util.Map<Entity, Integer> counts = new java.util.HashMap<>();
        EntityMention best = null;
        for (EntityMention m : all) {
            if (m.sentenceIndex() >= sentence || m.entity().type() != type || m.kind() == MentionKind.DEMONYM) {
                continue;
            }
            counts.merge(m.entity(), 1, Integer::sum);
        }
        for (int k = all.size() - 1; k >= 0; k--) { // "the force": the latest "... Force" of the article, if any
            EntityMention m = all.get(k);
            String label = m.entity().label().toLowerCase(java.util.Locale.ROOT);
            if (label.contains(" of ")) {
                label = label.substring(0, label.indexOf(" of ")); // "the central bank": the Central Bank of Egypt
            }
            if (m.sentenceIndex() < sentence && m.entity().type() == type
                    && !excluded.contains(m.entity()) && (label.endsWith(" " + noun) || label.endsWith(" " + noun + "s"))) {
                return m;
            }
        }
        int bestCount = 0;
        for (EntityMention m : all) { // in text order: a later mention wins a tie
            if (m.sentenceIndex() < sentence && m.sentenceIndex() >= sentence - WINDOW && m.entity().type() == type
                    && m.kind() != MentionKind.DEMONYM && !excluded.contains(m.entity()) && counts.get(m.entity()) >= bestCount
                    && sameKind(noun, m.entity().label())) {
                bestCount = counts.get(m.entity());
                best = m;
            }
        }
        return best;
    }

    private static final List<String> ORG_KINDS = List.of("org-kind-company", "org-kind-agency", "org-kind-armed", "org-kind-bloc",
            "org-kind-bank");

    /**
     * "the company" may be "Belaruskali" or "Acme Industries" but not "the Foreign Office": when the name ends in a
     * word of some kind of organization, the description must be a word of the same kind.
     */
    private boolean sameKind(String noun, String label) {
        String name = label.toLowerCase(java.util.Locale.ROOT);
        if (name.contains(" of ")) {
            name = name.substring(0, name.indexOf(" of ")); // "Ministry of Defence" is a ministry
        }
        String[] words = name.split("\\s+");
        String head = words[words.length - 1];
        boolean headHasKind = false;
        for (String kind : ORG_KINDS) {
            if (cues.is(kind, head)) {
                headHasKind = true;
                if (cues.is(kind, noun)) {
                    return true;
                }
            }
        }
        return !headHasKind;
    }

    /** The entity of the type named last before the phrase, within the window. */
    private static EntityMention latest(List<EntityMention> all, int sentence, int before, EntityType type, Set<Entity> excluded) {
        EntityMention best = null;
        for (EntityMention m : all) {
            if (m.sentenceIndex() < sentence && m.sentenceIndex() >= sentence - WINDOW && m.entity().type() == type
                    && !excluded.contains(m.entity())) {
                best = m;
            }
        }
        return best;
    }

    /**
     * "During his visit to Warsaw, Hegseth met ...": a possessive in a fronted phrase points forward to the
     * first person after the comma that closes the phrase. Null when the pronoun is not in such a phrase.
     */
    private static EntityMention fronted(List<Token> toks, int i, List<EntityMention> here, EntityType type) {
        if (!toks.get(0).pos().matches("ADP|SCONJ")) {
            return null;
        }
        int comma = -1;
        for (int k = 1; k < toks.size(); k++) {
            if (toks.get(k).text().equals(",")) {
                comma = k;
                break;
            }
        }
        if (comma < 0 || i > comma) {
            return null;
        }
        int after = toks.get(comma).end();
        return here.stream().filter(m -> m.begin() >= after && m.entity().type() == type && m.kind() != MentionKind.DEMONYM)
                .filter(m -> m.begin() - after <= 40).findFirst().orElse(null);
    }

    /** The nearest fitting entity before the pronoun in its sentence, else the first one of the latest sentence before. */
    private static EntityMention pronounAntecedent(List<Token> toks, int i, List<EntityMention> here, List<EntityMention> all,
                                                   int sentence, Set<EntityType> types) {
        EntityMention best = null;
        for (EntityMention m : here) {
            if (m.end() <= toks.get(i).begin() && types.contains(m.entity().type()) && m.kind() != MentionKind.DEMONYM) {
                best = m;
            }
        }
        return best != null ? best : previous(all, sentence, types, Set.of());
    }

    /** The first fitting entity of the latest sentence (within the window) that has one. */
    private static EntityMention previous(List<EntityMention> all, int sentence, Set<EntityType> types, Set<Entity> excluded) {
        for (int back = 1; back <= WINDOW; back++) {
            int si = sentence - back;
            for (EntityMention m : all) {
                if (m.sentenceIndex() == si && types.contains(m.entity().type()) && !excluded.contains(m.entity())
                        && (m.kind() != MentionKind.DEMONYM || m.entity().type() == EntityType.State)) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * "the two countries", "the two economies": the pair of states the article is about, the two it has named most
     * often before the phrase (by name or demonym); a later mention wins a tie. Empty when fewer than two were named.
     */
    private static List<EntityMention> twoSalient(List<EntityMention> all, int sentence, int before) {
        java.util.Map<Entity, Integer> counts = new java.util.HashMap<>();
        java.util.Map<Entity, EntityMention> latest = new java.util.LinkedHashMap<>();
        java.util.Map<Entity, Integer> order = new java.util.HashMap<>();
        int n = 0;
        for (EntityMention m : all) {
            boolean earlier = m.sentenceIndex() < sentence || m.sentenceIndex() == sentence && m.end() <= before;
            if (earlier && m.entity().type() == EntityType.State) {
                counts.merge(m.entity(), 1, Integer::sum);
                order.put(m.entity(), n++);
                if (m.kind() != MentionKind.DEMONYM || !latest.containsKey(m.entity())) {
                    latest.put(m.entity(), m);
                }
            }
        }
        List<Entity> ranked = new ArrayList<>(counts.keySet());
        ranked.sort(java.util.Comparator.comparing((Entity e) -> -counts.get(e)).thenComparing(e -> -order.get(e)));
        return ranked.size() < 2 ? List.of() : List.of(latest.get(ranked.get(0)), latest.get(ranked.get(1)));
    }

    /** "the two ministers": the two persons named last before the phrase, within the window. */
    private static List<EntityMention> lastTwo(List<EntityMention> all, int sentence, int before, EntityType type) {
        List<EntityMention> found = new ArrayList<>();
        Set<Entity> seen = new LinkedHashSet<>();
        for (int k = all.size() - 1; k >= 0 && found.size() < 2; k--) {
            EntityMention m = all.get(k);
            boolean inWindow = m.sentenceIndex() < sentence && m.sentenceIndex() >= sentence - WINDOW
                    || m.sentenceIndex() == sentence && m.end() <= before;
            if (inWindow && m.entity().type() == type && m.kind() != MentionKind.DEMONYM && seen.add(m.entity())) {
                found.add(m);
            }
        }
        return found.size() == 2 ? found : List.of();
    }

    /** The token starts a subject: sentence start, or after a comma, a conjunction or a reporting word ("said it"). */
    private static boolean startsClause(List<Token> toks, int i) {
        return i == 0 || !toks.get(i - 1).pos().matches("ADP") && !toks.get(i - 1).lower().equals("to");
    }

    private static boolean nameFollows(List<Token> toks, int k, List<EntityMention> here) {
        int j = k + 1;
        if (j < toks.size() && toks.get(j).text().equals(",")) {
            j++;
        }
        if (j >= toks.size()) {
            return false;
        }
        int at = toks.get(j).begin();
        return here.stream().anyMatch(m -> m.begin() == at && m.kind() != MentionKind.DEMONYM);
    }

    private static boolean covered(List<EntityMention> here, Token t) {
        return here.stream().anyMatch(m -> m.overlaps(t.begin(), t.end()));
    }

    private static void add(List<EntityMention> out, EntityMention antecedent, int begin, int end, int sentence, String word,
                            String text) {
        if (antecedent == null) {
            return;
        }
        out.add(new EntityMention(antecedent.entity(), begin, end, text.substring(begin, end), sentence, MentionKind.ROLE,
                RULE_PREFIX + word, CONFIDENCE));
    }
}
