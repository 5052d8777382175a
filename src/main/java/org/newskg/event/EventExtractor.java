package org.newskg.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.entity.Catalog;
import org.newskg.entity.CatalogEntry;
import org.newskg.entity.CueWords;
import org.newskg.entity.Entity;
import org.newskg.entity.EntityMention;
import org.newskg.entity.EntityType;
import org.newskg.entity.MentionKind;
import org.newskg.entity.RoleHolding;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Frames events from trigger words of the {@link EventLexicon}: finds the subject before the
 * trigger and the entities after it with their prepositions, maps them to roles as the lexicon entry
 * says, decides transfers by what is moved, and attaches figures, dates, attribution and modality.
 *
 * <p>Thread-safe: all state is per call.
 */
public final class EventExtractor {
    private static final CueWords CUES = CueWords.fromResource("/event/cues.tsv");
    private static final CueWords ENTITY_CUES = CueWords.fromResource("/entity/cues.tsv");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "’s");
    private static final Set<EventClass> STATE_LEVEL = Set.of(EventClass.Deployment, EventClass.ArmsTransfer,
            EventClass.Aid, EventClass.Payment, EventClass.Sanction, EventClass.TreatySigning, EventClass.LaborMigration);

    /** Classes where things or people are moved: the owner of what moves is the one who moves it. */
    private static final Set<EventClass> SENDER_NEEDS_RECEIVER = Set.of(EventClass.Payment, EventClass.Aid, EventClass.ArmsTransfer);
    private static final Set<EventClass> MOVING = Set.of(EventClass.Deployment, EventClass.ArmsTransfer,
            EventClass.Aid, EventClass.LaborMigration);

    /** Counted parties, not things: "sanctions on three companies" counts targets, never weapons. */
    /** Flows whose missing side the article's previous account of the same flow may give. */
    private static final Set<EventClass> CONTEXT_FLOWS = Set.of(EventClass.Deployment, EventClass.ArmsTransfer, EventClass.Aid,
            EventClass.LaborMigration);
    /** How many sentences back that account may be. */
    private static final int CONTEXT_WINDOW = 6;
    /** How many sentences back a transfer noun naming no party looks for the flow it continues. */
    private static final int FLOW_WINDOW = 4;

    /** Confidence kept by an event whose party was only referred back to ("he", "the bloc"). */
    private static final double RESOLVED_WEIGHT = 0.85;

    private static final Set<String> PARTY_NOUNS = Set.of("companies", "company", "firms", "firm", "individuals",
            "people", "persons", "entities", "officials", "banks", "civilians", "businessmen");

    private final EventLexicon lexicon;
    private final Catalog catalog;
    private final QuantityParser quantities;
    private final TimeResolver times;
    private final Attribution attribution = new Attribution(CUES);
    private final Anaphora anaphora;

    public EventExtractor(EventLexicon lexicon, Catalog catalog, QuantityParser quantities, TimeResolver times) {
        this.lexicon = lexicon;
        this.catalog = catalog;
        this.quantities = quantities;
        this.times = times;
        this.anaphora = new Anaphora(CUES, w -> lexicon.entriesFor(w).stream().anyMatch(e -> !e.verb()));
    }

    public List<EventMention> extract(AnnotatedArticle doc, List<EntityMention> mentions, LocalDate published) {
        String text = doc.text();
        List<EventMention> out = new ArrayList<>();
        java.time.YearMonth narrative = null;
        Entity lastPlace = null;
        List<Entity> recentStates = new ArrayList<>(); // the states named so far, the latest last
        for (Sentence s : doc.sentences()) {
            List<EntityMention> named = mentions.stream().filter(m -> m.sentenceIndex() == s.index()).toList();
            // "He is expected to meet X", "the bloc imposed": parties told by a back-reference join the named ones
            List<EntityMention> here = new ArrayList<>(named);
            here.addAll(anaphora.resolve(s, text, mentions));
            here.sort(java.util.Comparator.comparingInt(EntityMention::begin));
            List<TimeMention> ts = times.find(s, text, published, null);
            List<Quantity> qs = quantities.parse(s, text, ts);
            // a story told in order: "a visit in July last year ... followed by a summit in September"
            // puts a later bare month in the year of the month just named
            if (narrative != null && laterBareMonth(ts, narrative)) {
                ts = times.find(s, text, published, narrative.getYear());
            }
            narrative = namedMonth(ts);
            Attribution.Found found = attribution.find(s, text);
            EventMention previousFlow = null;
            for (int k = out.size() - 1; k >= 0 && s.index() - out.get(k).sentenceIndex() <= 2; k--) {
                if (MOVING.contains(out.get(k).eventClass())) {
                    previousFlow = out.get(k);
                    break;
                }
            }
            List<Entity> lastTargets = List.of();
            for (int k = out.size() - 1; k >= 0; k--) {
                if (out.get(k).eventClass() == EventClass.Sanction && out.get(k).participants().containsKey(Role.target)) {
                    lastTargets = out.get(k).participants().get(Role.target);
                    break;
                }
            }
            // where each party was last told to be: "Hegseth held talks in Warsaw ... Hegseth, on a two-day visit, met"
            Map<Entity, Entity> lastPlaceOf = new java.util.HashMap<>();
            for (EventMention e : out) {
                if (s.index() - e.sentenceIndex() > CONTEXT_WINDOW || !e.participants().containsKey(Role.location)) {
                    continue;
                }
                List<Entity> places = e.participants().get(Role.location).stream().filter(x -> x.type() == EntityType.Place).toList();
                for (Role r : List.of(Role.agent, Role.participant)) {
                    for (Entity x : e.participants().getOrDefault(r, List.of())) {
                        if (!places.isEmpty()) {
                            lastPlaceOf.put(x, places.get(0));
                        }
                    }
                }
            }
            // the latest flow that named both ends, a few sentences back: what a partyless "the delivery" continues
            EventMention lastFullFlow = null;
            for (int k = out.size() - 1; k >= 0 && s.index() - out.get(k).sentenceIndex() <= FLOW_WINDOW; k--) {
                EventMention e = out.get(k);
                if (MOVING.contains(e.eventClass()) && e.participants().containsKey(Role.agent)
                        && e.participants().containsKey(Role.recipient)) {
                    lastFullFlow = e;
                    break;
                }
            }
            EventMention previousTrade = null;
            for (int k = out.size() - 1; k >= 0 && s.index() - out.get(k).sentenceIndex() <= 2; k--) {
                if (out.get(k).eventClass() == EventClass.Trade && !out.get(k).items().isEmpty()) {
                    previousTrade = out.get(k);
                    break;
                }
            }
            Context context = new Context(previousFlow, List.copyOf(recentStates), lastTargets, lastPlaceOf, lastFullFlow,
                    previousTrade);
            List<EventMention> events = sentenceEvents(s, text, here, qs, ts, found, published, context);
            for (EventMention e : events) {
                e = lastPlace != null && saysThere(s, e) ? withLocation(e, lastPlace) : e;
                if (claimedToll(out, e)) {
                    continue; // "... killed at least 12 soldiers. Al-Shabaab said it had killed 47": the attack told again
                }
                e = withCounterpart(out, withContextParty(out, e, text));
                if (oneSidedFlow(e)) {
                    continue; // "what Indonesia paid in 2024", "X pledged $500 million": given to no one named
                }
                if (!loneVictim(e)) {
                    out.add(e);
                }
            }
            if (events.isEmpty()) {
                carryFigures(out, s, qs);
            }
            if (events.stream().noneMatch(e -> e.eventClass() == EventClass.Casualty)) {
                carryToll(out, s, qs);
            }
            if (events.isEmpty()) {
                carryRestatedSum(out, s, qs);
                carryRestatedFigure(out, s, qs);
                carryDefiniteEventFigures(out, s, qs);
            }
            for (EntityMention m : named) {
                if (m.entity().type() == EntityType.Place) {
                    lastPlace = m.entity();
                }
                if (m.entity().type() == EntityType.State) {
                    recentStates.remove(m.entity());
                    recentStates.add(m.entity());
                }
            }
        }
        return out;
    }

    /** "whether it is ready to take casualties": a casualty of one party with no toll, place or attacker tells none. */
    private static boolean loneVictim(EventMention e) {
        return e.eventClass() == EventClass.Casualty && e.quantities().isEmpty() && e.participants().size() == 1
                && e.participants().getOrDefault(Role.target, List.of()).size() == 1;
    }

    /**
     * "Fighters stormed a base near X and killed at least 12 soldiers, a commander said. Al-Shabaab said it had
     * killed 47": an attacker who claims a toll in its own words, naming no victim and no place, tells the attack
     * just told without an attacker (at most two sentences before). The claim gives that attack its agent and its
     * figures; true when it was merged so.
     */
    private static boolean claimedToll(List<EventMention> out, EventMention e) {
        if (e.eventClass() != EventClass.Casualty || e.attributedTo() == null || e.participants().size() != 1
                || !e.participants().containsKey(Role.agent) || e.quantities().isEmpty()) {
            return false;
        }
        List<Entity> agents = e.participants().get(Role.agent);
        String source = e.attributedTo().toLowerCase(java.util.Locale.ROOT);
        if (agents.stream().noneMatch(a -> source.contains(a.label().toLowerCase(java.util.Locale.ROOT)))) {
            return false; // the article's own report of a new attack, not the attacker's claim
        }
        for (int k = out.size() - 1; k >= 0 && e.sentenceIndex() - out.get(k).sentenceIndex() <= 2; k--) {
            EventMention before = out.get(k);
            if (before.eventClass() != EventClass.Casualty) {
                continue;
            }
            if (before.participants().containsKey(Role.agent) || before.sentenceIndex() == e.sentenceIndex()) {
                return false;
            }
            Map<Role, List<Entity>> roles = new LinkedHashMap<>(before.participants());
            roles.put(Role.agent, agents);
            List<Quantity> figures = new ArrayList<>(before.quantities());
            figures.addAll(e.quantities());
            out.set(k, new EventMention(before.eventClass(), roles, before.items(), figures, before.time(),
                    before.sentenceIndex(), before.begin(), before.end(), before.triggerBegin(), before.triggerEnd(),
                    before.attributedTo(), before.hedge(), before.modality(), before.rule(), before.confidence()));
            return true;
        }
        return false;
    }

    /**
     * A flow told from one side only, even after the article's context was read: a payment, aid or arms transfer
     * that names who gave but neither whom nor where ("China sent 300 tonnes of rice", its receiver missed), or an
     * aid or arms transfer that names who received but not from whom ("Russia received the shells"). Measured on
     * every development set, such mentions were ends we failed to find, not facts: dropping them lost no true event
     * (with or without a figure). Kept, each would also be keyed by its one side, so that every gift of unknown
     * origin to one country, in every article, would become one event.
     * (A payment received is kept: "Kenya received $1.2 billion" names its source often enough in context; and
     * deployments or workers' moves told from one side are facts already: "Chad deployed 1,000 troops".)
     */
    private static boolean oneSidedFlow(EventMention e) {
        Map<Role, List<Entity>> p = e.participants();
        boolean giverOnly = p.containsKey(Role.agent) && !p.containsKey(Role.recipient) && !p.containsKey(Role.location);
        boolean receiverOnly = !p.containsKey(Role.agent) && p.containsKey(Role.recipient) && e.eventClass() != EventClass.Payment;
        return SENDER_NEEDS_RECEIVER.contains(e.eventClass()) && (giverOnly || receiverOnly);
    }

    /**
     * "64 Indian workers arrived in Israel on Tuesday. Up to 6,000 more workers are expected to follow ...
     * The workers will earn about 6,100 shekels a month": a sentence that frames no event of its own but gives
     * figures of what the article's latest event counts (its workers, troops, tons; wages for a labour
     * migration) adds them to that event, when it was told at most two sentences before.
     */
    private void carryFigures(List<EventMention> out, Sentence s, List<Quantity> qs) {
        if (out.isEmpty()) {
            return;
        }
        int last = out.size() - 1;
        EventMention e = out.get(last);
        if (s.index() - e.sentenceIndex() > 2) {
            return;
        }
        List<Quantity> added = new ArrayList<>(e.quantities());
        String previousUnit = null;
        for (Quantity q : qs) {
            Quantity unitOf = q;
            if (q.unit() == null && q.currency() == null && previousUnit != null && q.qualifier() != Qualifier.Exact) {
                // "up to 6,000 more workers ..., as many as 10,000": an elided unit is the one just counted
                unitOf = new Quantity(q.value(), q.min(), q.max(), previousUnit, null, q.qualifier(), q.per(), q.text(),
                        q.begin(), q.end());
            }
            String unit = lexicon.canonicalUnit(unitOf.unit());
            if (unit != null) {
                previousUnit = unit;
            }
            boolean counted = unit != null && (lexicon.themeClass(unit) == e.eventClass() || CUES.is("cargo-unit", unit)
                    && MOVING.contains(e.eventClass())) && e.eventClass() != EventClass.Payment
                    || e.eventClass() == EventClass.LaborMigration && q.isMoney() && q.per() != null;
            if (counted && added.stream().noneMatch(o -> o.begin() == q.begin())) {
                added.add(new Quantity(unitOf.value(), unitOf.min(), unitOf.max(), unit, unitOf.currency(),
                        unitOf.qualifier(), unitOf.per(), unitOf.text(), unitOf.begin(), unitOf.end()));
            }
        }
        if (added.size() > e.quantities().size()) {
            out.set(last, new EventMention(e.eventClass(), e.participants(), e.items(), added, e.time(), e.sentenceIndex(),
                    e.begin(), e.end(), e.triggerBegin(), e.triggerEnd(), e.attributedTo(), e.hedge(), e.modality(),
                    e.rule(), e.confidence()));
        }
    }

    /**
     * "A drone strike killed at least 27 people ... A volunteer group put the death toll at 41": a sentence that
     * frames no casualty of its own but restates a toll gives another figure of the latest casualty event, when
     * that was told at most two sentences before.
     */
    private void carryToll(List<EventMention> out, Sentence s, List<Quantity> qs) {
        if (qs.isEmpty() || s.tokens().stream().noneMatch(t -> CUES.is("toll-word", t.lower()))) {
            return;
        }
        for (int k = out.size() - 1; k >= 0 && s.index() - out.get(k).sentenceIndex() <= 2; k--) {
            EventMention e = out.get(k);
            if (e.eventClass() != EventClass.Casualty) {
                continue;
            }
            List<Quantity> added = new ArrayList<>(e.quantities());
            for (Quantity q : qs) {
                boolean count = !q.isMoney() && !"percent".equals(q.unit()) && (q.unit() == null
                        || lexicon.themeClass(q.unit()) == null);
                if (count && added.stream().noneMatch(o -> o.begin() == q.begin())) {
                    added.add(new Quantity(q.value(), q.min(), q.max(), q.unit() == null ? "people" : q.unit(), null,
                            q.qualifier(), q.per(), q.text(), q.begin(), q.end()));
                }
            }
            out.set(k, new EventMention(e.eventClass(), e.participants(), e.items(), added, e.time(), e.sentenceIndex(),
                    e.begin(), e.end(), e.triggerBegin(), e.triggerEnd(), e.attributedTo(), e.hedge(), e.modality(),
                    e.rule(), e.confidence()));
            return;
        }
    }

    /**
     * A flow told with one side only, where the article has just told the same kind of flow with that side and
     * the other: "The first eight helicopters arrived in Poland" after "Poland is buying 96 helicopters from the
     * United States" has the United States as its sender; "Kenya first deployed 400 officers in 2024" after "Kenya
     * flew 300 officers to Haiti" went to Haiti. The missing side is taken from the latest such flow within a few
     * sentences, at a lower confidence.
     */
    private static EventMention withContextParty(List<EventMention> before, EventMention e, String text) {
        if (e.eventClass() == EventClass.Payment) {
            return paidForFlow(before, e, text);
        }
        if (!CONTEXT_FLOWS.contains(e.eventClass())) {
            return e;
        }
        List<Entity> agents = e.participants().getOrDefault(Role.agent, List.of());
        List<Entity> recipients = e.participants().getOrDefault(Role.recipient, List.of());
        if (agents.isEmpty() == recipients.isEmpty()) {
            return e;
        }
        Role known = agents.isEmpty() ? Role.recipient : Role.agent;
        Role missing = agents.isEmpty() ? Role.agent : Role.recipient;
        List<Entity> have = agents.isEmpty() ? recipients : agents;
        for (int k = before.size() - 1; k >= 0 && e.sentenceIndex() - before.get(k).sentenceIndex() <= CONTEXT_WINDOW; k--) {
            EventMention o = before.get(k);
            List<Entity> other = o.participants().getOrDefault(missing, List.of());
            if (o == e || o.eventClass() != e.eventClass() || other.isEmpty()
                    || o.participants().getOrDefault(known, List.of()).stream().noneMatch(have::contains)
                    || other.stream().anyMatch(have::contains)) {
                continue;
            }
            Map<Role, List<Entity>> roles = new LinkedHashMap<>(e.participants());
            roles.put(missing, other);
            return new EventMention(e.eventClass(), roles, e.items(), e.quantities(), e.time(), e.sentenceIndex(),
                    e.begin(), e.end(), e.triggerBegin(), e.triggerEnd(), e.attributedTo(), e.hedge(), e.modality(),
                    e.rule(), Math.round(e.confidence() * RESOLVED_WEIGHT * 100) / 100.0);
        }
        return e;
    }

    /** Flows whose sender an article pairs with one receiver: "Australia sent police to Honiara ... Canberra paid". */
    private static final Set<EventClass> COUNTERPART_FLOWS = Set.of(EventClass.Aid, EventClass.ArmsTransfer, EventClass.Payment);

    /**
     * "India sent engineers to the Maldives ... An Indian ship unloaded 30 tonnes of medicines": a sender that gives,
     * arms or pays with no receiver named gives to the one state the article has it send, give, pay or visit before.
     * Two or more such states leave the receiver open: the article then tells of several partners.
     */
    private static EventMention withCounterpart(List<EventMention> before, EventMention e) {
        List<Entity> senders = e.participants().getOrDefault(Role.agent, List.of());
        if (!COUNTERPART_FLOWS.contains(e.eventClass()) || senders.isEmpty() || e.participants().containsKey(Role.recipient)) {
            return e;
        }
        Set<Entity> partners = new LinkedHashSet<>();
        for (EventMention o : before) {
            if (o == e || o.modality() == Modality.Negated || !(MOVING.contains(o.eventClass()) || COUNTERPART_FLOWS.contains(o.eventClass())
                    || o.eventClass() == EventClass.Visit)
                    || o.participants().getOrDefault(Role.agent, List.of()).stream().noneMatch(senders::contains)) {
                continue;
            }
            o.participants().getOrDefault(Role.recipient, List.of()).stream()
                    .filter(r -> r.type() == EntityType.State && !senders.contains(r)).forEach(partners::add);
        }
        if (partners.size() != 1) {
            return e;
        }
        Map<Role, List<Entity>> roles = new LinkedHashMap<>(e.participants());
        roles.put(Role.recipient, List.copyOf(partners));
        return new EventMention(e.eventClass(), roles, e.items(), e.quantities(), e.time(), e.sentenceIndex(),
                e.begin(), e.end(), e.triggerBegin(), e.triggerEnd(), e.attributedTo(), e.hedge(), e.modality(),
                e.rule(), Math.round(e.confidence() * RESOLVED_WEIGHT * 100) / 100.0);
    }

    /**
     * "Iran shipped 200 drones to the Houthis ... The militia paid about $1.5 million for a consignment": a payment
     * with no payee, by the receiver of a flow told just before, goes to that flow's sender.
     */
    private static EventMention paidForFlow(List<EventMention> before, EventMention e, String text) {
        List<Entity> payers = e.participants().getOrDefault(Role.agent, List.of());
        if (payers.isEmpty() || e.participants().containsKey(Role.recipient)) {
            return e;
        }
        // "a $2 billion loan that Washington extended" after "helicopters Poland is buying from the United States":
        // credit from the sender of a flow finances it for its receiver
        boolean financing = CUES.is("financing-noun", text.substring(e.triggerBegin(), e.triggerEnd()));
        for (int k = before.size() - 1; k >= 0 && e.sentenceIndex() - before.get(k).sentenceIndex() <= CONTEXT_WINDOW; k--) {
            EventMention o = before.get(k);
            List<Entity> senders = o.participants().getOrDefault(Role.agent, List.of());
            List<Entity> receivers = o.participants().getOrDefault(Role.recipient, List.of());
            if (o == e || !CONTEXT_FLOWS.contains(o.eventClass()) || senders.isEmpty() || receivers.isEmpty()) {
                continue;
            }
            List<Entity> payees;
            if (receivers.stream().anyMatch(payers::contains) && senders.stream().noneMatch(payers::contains)) {
                payees = senders;
            } else if (financing && senders.stream().anyMatch(payers::contains) && receivers.stream().noneMatch(payers::contains)) {
                payees = receivers;
            } else {
                continue;
            }
            Map<Role, List<Entity>> roles = new LinkedHashMap<>(e.participants());
            roles.put(Role.recipient, payees);
            return new EventMention(e.eventClass(), roles, e.items(), e.quantities(), e.time(), e.sentenceIndex(),
                    e.begin(), e.end(), e.triggerBegin(), e.triggerEnd(), e.attributedTo(), e.hedge(), e.modality(),
                    e.rule(), Math.round(e.confidence() * RESOLVED_WEIGHT * 100) / 100.0);
        }
        return e;
    }

    /**
     * "Nepalis abroad sent home $12.6 billion ... The World Bank puts the total higher, at about $13.5 billion": a
     * sentence with no event of its own that restates the sum ("the total", "the figure") gives another figure of the
     * latest payment or trade, told at most two sentences before.
     */
    private void carryRestatedSum(List<EventMention> out, Sentence s, List<Quantity> qs) {
        if (out.isEmpty() || qs.stream().noneMatch(Quantity::isMoney)
                || s.tokens().stream().noneMatch(t -> CUES.is("restated-sum", t.lower()))) {
            return;
        }
        int last = out.size() - 1;
        EventMention e = out.get(last);
        if (s.index() - e.sentenceIndex() > 2 || e.eventClass() != EventClass.Payment && e.eventClass() != EventClass.Trade) {
            return;
        }
        List<Quantity> added = new ArrayList<>(e.quantities());
        qs.stream().filter(q -> q.isMoney() && q.per() == null).forEach(added::add);
        out.set(last, new EventMention(e.eventClass(), e.participants(), e.items(), added, e.time(), e.sentenceIndex(),
                e.begin(), e.end(), e.triggerBegin(), e.triggerEnd(), e.attributedTo(), e.hedge(), e.modality(),
                e.rule(), e.confidence()));
    }

    /**
     * "Kenya sent 300 officers to Haiti. Haitian officials put the number at nearly 400": a sentence with no event of
     * its own in which a source puts a figure "at" a value (a restating verb, then "at", then the figure) gives a rival
     * figure of the latest event told at most two sentences before that counts the same thing. A figure with no unit
     * counts what that event's first figure counts; one with a unit or a currency must count the same.
     */
    private void carryRestatedFigure(List<EventMention> out, Sentence s, List<Quantity> qs) {
        List<Token> toks = s.tokens();
        for (Quantity q : qs) {
            if (!restatedAt(toks, q)) {
                continue;
            }
            for (int k = out.size() - 1; k >= 0 && s.index() - out.get(k).sentenceIndex() <= 2; k--) {
                EventMention e = out.get(k);
                Quantity model = e.quantities().stream().filter(o -> sameMeasure(o, q)).findFirst().orElse(null);
                if (model == null || e.quantities().stream().anyMatch(o -> o.begin() == q.begin())) {
                    continue;
                }
                String unit = q.isMoney() ? null : model.unit();
                String currency = q.isMoney() ? q.currency() : null;
                List<Quantity> added = new ArrayList<>(e.quantities());
                added.add(new Quantity(q.value(), q.min(), q.max(), unit, currency, q.qualifier(), q.per() != null ? q.per()
                        : model.per(), q.text(), q.begin(), q.end()));
                out.set(k, new EventMention(e.eventClass(), e.participants(), e.items(), added, e.time(), e.sentenceIndex(),
                        e.begin(), e.end(), e.triggerBegin(), e.triggerEnd(), e.attributedTo(), e.hedge(), e.modality(),
                        e.rule(), e.confidence()));
                break;
            }
        }
    }

    /**
     * "The IMF approved a loan for Pakistan. The tranche, worth about $1.1 billion, will be disbursed next week": a
     * sentence with no event of its own that opens with a definite noun of an event class ("the tranche", "the loan",
     * "the payment") goes on about the latest event of that class told at most two sentences before: the figures that
     * class counts join it.
     */
    private void carryDefiniteEventFigures(List<EventMention> out, Sentence s, List<Quantity> qs) {
        List<Token> toks = s.tokens();
        if (qs.isEmpty() || toks.size() < 2 || !toks.get(0).lower().matches("the|this|that")) {
            return;
        }
        int k = 1;
        while (k < toks.size() - 1 && toks.get(k).pos().matches("ADJ|NUM")) {
            k++; // "the second tranche", "the new loan"
        }
        Set<EventClass> classes = new LinkedHashSet<>();
        for (EventLexicon.Entry entry : lexicon.entriesFor(toks.get(k).text())) {
            if (!entry.verb() && entry.eventClass() != null) {
                classes.add(entry.eventClass());
            }
        }
        if (classes.isEmpty()) {
            return;
        }
        for (int e = out.size() - 1; e >= 0 && s.index() - out.get(e).sentenceIndex() <= 2; e--) {
            EventMention event = out.get(e);
            if (!classes.contains(event.eventClass())) {
                continue;
            }
            List<Quantity> added = new ArrayList<>(event.quantities());
            for (Quantity q : qs) {
                if (accepts(event.eventClass(), q) && added.stream().noneMatch(o -> o.begin() == q.begin())) {
                    added.add(new Quantity(q.value(), q.min(), q.max(), lexicon.canonicalUnit(q.unit()), q.currency(),
                            q.qualifier(), q.per(), q.text(), q.begin(), q.end()));
                }
            }
            out.set(e, new EventMention(event.eventClass(), event.participants(), event.items(), added, event.time(),
                    event.sentenceIndex(), event.begin(), event.end(), event.triggerBegin(), event.triggerEnd(),
                    event.attributedTo(), event.hedge(), event.modality(), event.rule(), event.confidence()));
            return;
        }
    }

    /** Both figures are sums of money, or count the same unit (a bare figure counts whatever the other counts). */
    private boolean sameMeasure(Quantity told, Quantity restated) {
        if (told.isMoney() || restated.isMoney()) {
            return told.isMoney() && restated.isMoney();
        }
        if (told.unit() == null || "percent".equals(told.unit()) || "percent".equals(restated.unit())) {
            return false;
        }
        return restated.unit() == null || lexicon.canonicalUnit(restated.unit()).equals(lexicon.canonicalUnit(told.unit()));
    }

    /**
     * "put the number at as many as 800", "puts the figure at $72.3 billion", "estimated the total at 18,500 tonnes":
     * the figure follows "at" (and its qualifier words), and a restating verb stands a few words before.
     */
    private static boolean restatedAt(List<Token> toks, Quantity q) {
        int first = -1;
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).end() > q.begin()) {
                first = k;
                break;
            }
        }
        if (first < 0) {
            return false;
        }
        int at = first;
        if (!toks.get(at).lower().equals("at")) {
            at--;
            while (at >= 0 && at > first - 4 && !toks.get(at).lower().equals("at")
                    && toks.get(at).lower().matches("as|many|much|about|around|roughly|nearly|almost|some|more|than|least|just|over|\\W+")) {
                at--;
            }
        }
        if (at < 1 || !toks.get(at).lower().equals("at")) {
            return false;
        }
        for (int k = at - 1; k >= Math.max(0, at - 6); k--) {
            if (CUES.is("restating-verb", toks.get(k).lower())) {
                return true;
            }
            if (toks.get(k).text().equals(",") || CUES.is("clause-break", toks.get(k).lower())) {
                return false;
            }
        }
        return false;
    }

    /** "killed and wounded there": the adverb points at the place the article named last. */
    private static boolean saysThere(Sentence s, EventMention e) {
        if (e.participants().containsKey(Role.location)) {
            return false;
        }
        List<Token> toks = s.tokens();
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).begin() == e.triggerBegin()) {
                for (int j = k + 1; j < Math.min(toks.size(), k + 6); j++) {
                    if (toks.get(j).lower().equals("there") && toks.get(j).pos().equals("ADV")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static EventMention withLocation(EventMention e, Entity place) {
        Map<Role, List<Entity>> roles = new LinkedHashMap<>(e.participants());
        roles.put(Role.location, List.of(place));
        return new EventMention(e.eventClass(), roles, e.items(), e.quantities(), e.time(), e.sentenceIndex(),
                e.begin(), e.end(), e.triggerBegin(), e.triggerEnd(), e.attributedTo(), e.hedge(), e.modality(),
                e.rule(), e.confidence());
    }

    private static boolean isBareMonth(TimeMention t) {
        return "gYearMonth".equals(t.value().datatype()) && !t.value().text().matches("(?s).*(\\d|year).*");
    }

    private static boolean laterBareMonth(List<TimeMention> ts, java.time.YearMonth narrative) {
        return ts.stream().anyMatch(t -> isBareMonth(t)
                && Integer.parseInt(t.value().value().substring(5, 7)) > narrative.getMonthValue());
    }

    /** The month and year a sentence names (with its year, or relative to publication), or null. */
    private static java.time.YearMonth namedMonth(List<TimeMention> ts) {
        for (TimeMention t : ts) {
            if ("gYearMonth".equals(t.value().datatype()) && t.value().isResolved() && !isBareMonth(t)) {
                return java.time.YearMonth.parse(t.value().value());
            }
        }
        return null;
    }

    /**
     * What the article told before the sentence.
     *
     * @param previousFlow the latest transfer or movement of the last sentences, or null
     * @param recentStates the states named before the sentence, the latest last
     */
    private record Context(EventMention previousFlow, List<Entity> recentStates, List<Entity> lastSanctionTargets,
                           Map<Entity, Entity> lastPlaceOf, EventMention lastFullFlow, EventMention previousTrade) {
    }

    /** A frame being filled. */
    private static final class Frame {
        EventClass eventClass;
        EventLexicon.Entry entry;
        int trigger;
        int support = -1; // the verb whose object the trigger noun is ("announced ... aid"), or -1
        final Map<Role, LinkedHashSet<Entity>> roles = new EnumMap<>(Role.class);
        final List<String> items = new ArrayList<>();
        final List<Quantity> quantities = new ArrayList<>();
        /** The figure that belongs to this frame alone: "... and Canada about $25 million" (a gapped clause). */
        Quantity own;
        /** The time of this frame when the sentence gives each coordinated party its own ("with X in 2022 and with Y last year"). */
        TimeValue time;
        /** Places an attack came from: where it was launched, not where it struck. */
        final Set<Entity> origins = new LinkedHashSet<>();

        void add(Role r, Entity e) {
            roles.computeIfAbsent(r, k -> new LinkedHashSet<>()).add(e);
        }

        boolean has(Role r) {
            return roles.containsKey(r) && !roles.get(r).isEmpty();
        }

        int participantCount() {
            return roles.values().stream().mapToInt(Set::size).sum();
        }
    }

    private List<EventMention> sentenceEvents(Sentence s, String text, List<EntityMention> mentions,
                                              List<Quantity> qs, List<TimeMention> ts, Attribution.Found found,
                                              LocalDate published, Context context) {
        List<Token> toks = s.tokens();
        List<Arg> args = args(toks, mentions);
        Set<Entity> resolvedOnly = new LinkedHashSet<>();
        args.stream().filter(a -> Anaphora.isResolved(a.mention)).forEach(a -> resolvedOnly.add(a.mention.entity()));
        args.stream().filter(a -> !Anaphora.isResolved(a.mention)).forEach(a -> resolvedOnly.remove(a.mention.entity()));
        List<Frame> framed = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            for (EventLexicon.Entry entry : lexicon.entriesFor(t.text())) {
                if (entry.verb() != (isVerbLike(t) || isGerund(toks, i) || verbTaggedNoun(toks, i) || verbTaggedAdposition(toks, i))
                        || insideArg(args, i)) {
                    continue;
                }
                framed.addAll(frame(entry, i, toks, args, qs, published, context));
            }
        }
        List<Frame> frames = splitCoordinatedTimes(framed, toks, args, ts);
        // "will allow 10,000 workers from Egypt to work on farms": an infinitive tells the purpose of the event
        // framed before it, not an event of its own
        frames.removeIf(f -> f.entry.verb() && f.trigger > 0 && toks.get(f.trigger - 1).lower().equals("to")
                && framed.stream().anyMatch(g -> g.eventClass == f.eventClass && g.trigger < f.trigger - 1));
        shareParties(frames, toks);
        continueFlow(frames, args, context.lastFullFlow());
        // frames that name too few parties only touch a topic: drop them before they take the figures
        frames.removeIf(f -> !lexicon.info(f.eventClass).parties().satisfiedBy(f.roles.keySet(), f.participantCount(), true));
        // "pledged $30 million in aid": the money verb and the aid noun tell one event, the noun says which
        frames.removeIf(f -> f.eventClass == EventClass.Payment && f.entry.verb() && frames.stream()
                .anyMatch(g -> (g.support == f.trigger || g.trigger == f.trigger) && g.eventClass == EventClass.Aid));
        // "provided $2 billion in loans to Kenya": the loans are what the aid moved, not a second event
        frames.removeIf(f -> f.eventClass == EventClass.Payment && !f.entry.verb() && frames.stream()
                .anyMatch(g -> g != f && g.eventClass != EventClass.Payment && g.items.stream()
                        .anyMatch(i -> (" " + i.toLowerCase() + " ").contains(" " + toks.get(f.trigger).lower() + " "))));
        // "paid a state visit to Ghana": a verb whose object noun names an event of another kind only supports it
        frames.removeIf(f -> f.entry.verb() && !f.entry.byTheme() && frames.stream()
                .anyMatch(g -> g != f && g.support == f.trigger && !g.entry.verb() && g.eventClass != f.eventClass));
        // "Filipinos in Kuwait sent home $800 million": a remittance entry says who pays; the money theme of the
        // plain transfer verb would reverse it
        frames.removeIf(f -> f.eventClass == EventClass.Payment && f.entry.byTheme() && frames.stream()
                .anyMatch(g -> g != f && g.trigger == f.trigger && g.eventClass == EventClass.Payment && !g.entry.byTheme()));
        // "Kenya flew 300 police officers to Haiti": a verb that moves people or things is no visit of their sender
        frames.removeIf(f -> f.eventClass == EventClass.Visit && frames.stream()
                .anyMatch(g -> g != f && g.trigger == f.trigger && g.entry.byTheme() && MOVING.contains(g.eventClass)));
        attachQuantities(frames, qs, toks);
        // a noun and a verb often tell one event twice ("imposed sanctions on X"): keep the fuller frame
        // (with the same parties, the first trigger stays and takes the other's figures)
        frames.removeIf(f -> frames.stream().anyMatch(g -> g != f && g.eventClass == f.eventClass
                && g.participantCount() > f.participantCount() && covers(g, f)));
        // "killed 10 people and wounded 37": two triggers of one event; the figures of the second join the first
        Map<String, Frame> firstOfKind = new LinkedHashMap<>();
        for (Frame f : frames) {
            Frame earlier = firstOfKind.putIfAbsent(f.eventClass + "|" + f.roles, f);
            if (earlier != null && earlier != f) {
                earlier.quantities.addAll(f.quantities);
                f.quantities.clear();
            }
        }
        List<EventMention> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<TimeMention> eventTimes = withoutBaselineTimes(ts, qs, toks);
        for (Frame f : frames) {
            if (!lexicon.info(f.eventClass).parties().satisfiedBy(f.roles.keySet(), f.participantCount(),
                    !f.quantities.isEmpty()) || !seen.add(f.eventClass + "|" + f.roles)) {
                continue;
            }
            if (f.eventClass == EventClass.Meeting && sides(f, published) < 2
                    && f.participantCount() - f.roles.getOrDefault(Role.location, new LinkedHashSet<>()).size() >= 2) {
                continue; // "Lee was to meet members of the Korean community": a leader and his own state are one side
            }
            Modality modality = modality(toks, f.trigger, found);
            if (modality == Modality.Negated && plainlyNegated(toks, f.trigger)) {
                continue; // "did not send", "unable to pay": the article says it did not happen
            }
            Token trig = toks.get(f.trigger);
            Map<Role, List<Entity>> roles = new LinkedHashMap<>();
            f.roles.forEach((r, es) -> roles.put(r, List.copyOf(es)));
            double confidence = Math.min(1.0, f.entry.confidence() * modalityWeight(modality)
                    + 0.05 * Math.min(3, f.participantCount() - 1));
            if (f.roles.values().stream().flatMap(Set::stream).anyMatch(resolvedOnly::contains)) {
                confidence *= RESOLVED_WEIGHT; // a party found through "he" or "the bloc" is less sure than a name
            }
            TimeValue time = f.time != null ? f.time : clauseTime(eventTimes, toks, f.trigger);
            if (time == null) {
                time = reportTime(eventTimes, toks, f.trigger);
            }
            out.add(new EventMention(f.eventClass, roles, f.items, f.quantities, time,
                    s.index(), s.begin(), s.end(), trig.begin(), trig.end(), found.source(), found.hedge(),
                    modality, f.entry.id(), Math.round(confidence * 100) / 100.0));
        }
        return out;
    }

    /**
     * "Turkey sent 500 soldiers to Somalia. The deployment was accompanied by the delivery of six drones": a noun of
     * a transfer whose sentence names no sending or receiving party continues the flow told just before (in the
     * same sentence, or in the last two): it takes that flow's sender and receiver.
     */
    private static void continueFlow(List<Frame> frames, List<Arg> args, EventMention previousFlow) {
        boolean partiesNamed = args.stream().anyMatch(a -> a.mention.kind() != MentionKind.DEMONYM
                && (a.mention.entity().type() == EntityType.State || a.mention.entity().type() == EntityType.Organization));
        for (Frame f : frames) {
            if (f.entry.verb() || !MOVING.contains(f.eventClass) || f.has(Role.agent) || f.has(Role.recipient)) {
                continue;
            }
            Frame before = null;
            for (Frame g : frames) {
                if (g != f && g.trigger < f.trigger && MOVING.contains(g.eventClass) && g.has(Role.agent) && g.has(Role.recipient)) {
                    before = g;
                }
            }
            if (before != null) {
                before.roles.get(Role.agent).forEach(e -> f.add(Role.agent, e));
                before.roles.get(Role.recipient).forEach(e -> f.add(Role.recipient, e));
            } else if (previousFlow != null && !partiesNamed) {
                previousFlow.participants().get(Role.agent).forEach(e -> f.add(Role.agent, e));
                previousFlow.participants().get(Role.recipient).forEach(e -> f.add(Role.recipient, e));
            }
        }
    }

    private List<Frame> frame(EventLexicon.Entry entry, int trig, List<Token> toks, List<Arg> args,
                              List<Quantity> qs, LocalDate date, Context context) {
        EventMention previousFlow = context.previousFlow();
        boolean passive = entry.verb() && isPassive(toks, trig);
        int clauseEnd = clauseEnd(toks, trig);
        // "X has paid $60 million into the fund and Canada about $25 million": a second clause with its verb left out
        Arg gap = entry.verb() && !passive ? gapped(toks, args, qs, trig, clauseEnd) : null;
        Quantity gapFigure = null;
        if (gap != null) {
            final int gapFrom = gap.from;
            gapFigure = qs.stream().filter(q -> q.begin() >= toks.get(gapFrom).end()).findFirst().orElse(null);
            clauseEnd = toks.get(gap.from - 1).lower().equals("and") ? gap.from - 1 : gap.from;
        }
        Frame f = new Frame();
        f.entry = entry;
        f.trigger = trig;
        Arg subject = subject(toks, args, trig, entry.verb());
        // "helicopters that Poland is buying from X arrived": the main verb's subject stands before the relative clause
        int relative = entry.verb() ? relativeBefore(toks, trig) : -1;
        if (relative >= 0) {
            final int rel = relative;
            subject = args.stream().filter(a -> a.to == rel && a.mention.kind() != MentionKind.DEMONYM).findFirst().orElse(null);
        }
        if (subject == null && entry.verb() && relative < 0) {
            subject = pronounAntecedent(toks, args, trig);
        }
        if (subject == null && !entry.verb() && entry.eventClass() == EventClass.Visit) {
            subject = appositionOwner(toks, args, trig); // "Hegseth, on a two-day visit, met ..."
        }
        int support = entry.verb() || subject != null ? -1 : supportVerb(toks, trig);
        f.support = support;
        if (support >= 0) {
            // "the EU adopted its 20th package of sanctions", "the IMF approved a $1 billion payment": the
            // verb's subject takes the noun's subject role
            subject = subject(toks, args, support, true);
            if (subject == null) {
                subject = pronounAntecedent(toks, args, support);
            }
        }
        // the things moved: nouns after the trigger, or before it for passives and participles
        List<String> items = themeItems(toks, trig + 1, clauseEnd, args, qs);
        if (relative >= 0) {
            items.addAll(themeBefore(toks, relative)); // the noun the relative clause describes moved
        }
        if (items.isEmpty() && entry.verb()) {
            int opener = relativeOpener(toks, trig);
            if (opener >= 0) {
                items.addAll(themeBefore(toks, opener)); // "96 helicopters that Poland is buying": what is bought
            }
        }
        if (items.isEmpty() || passive) {
            items.addAll(themeBefore(toks, trig));
        }
        if (items.stream().noneMatch(i -> themeOf(i) != null) && subject != null && ownsTheme(toks, subject)) {
            // "North Korean soldiers ... arrived", "Indian troops patrolled the border": the soldiers moved
            items.clear(); // "the border" was no moved thing
            items.add(toks.get(subject.to).text());
        }
        f.items.addAll(items);
        // "a $2 billion loan that Washington extended to Poland": the noun is the object of a relative clause
        Arg relativeSubject = null;
        int relativeVerb = -1;
        if (!entry.verb() && subject == null && support < 0) {
            relativeVerb = relativeSupport(toks, args, trig);
            if (relativeVerb >= 0) {
                relativeSubject = subject(toks, args, relativeVerb, true);
                subject = relativeSubject;
                support = relativeVerb;
                f.support = support;
            }
        }
        // arguments after the trigger, each with the preposition that governs it
        String prep = null;
        boolean first = true;
        List<String> directObjectRoles = null; // the roles of the verb's direct object, for its conjuncts
        Map<String, List<String>> preps = entry.preps();
        int predicate = trig;
        boolean circumstance = false;
        for (Arg a : args) {
            if (a.from <= trig || a.from >= clauseEnd || a == relativeSubject) {
                continue;
            }
            if (relativeVerb >= 0 && a.from > relativeVerb && predicate == trig) {
                predicate = relativeVerb; // the parties after the relative verb belong to the noun
            }
            if (circumstance) {
                EntityType type = a.mention.entity().type();
                String at = governingPrep(toks, a.from, trig);
                if ((type == EntityType.Place || type == EntityType.State) && at != null && at.matches("in|at|near|outside")) {
                    f.add(Role.location, a.mention.entity());
                }
                continue;
            }
            if (newPredicateBetween(toks, predicate, a.from)) {
                EventLexicon.Entry arrival = predicate == trig ? arrivalAfterParticiple(toks, trig, a.from) : null;
                if (arrival == null && entry.verb() && whenBetween(toks, predicate, a.from)) {
                    // "were killed when scaffolding collapsed at a site near Doha": where it happened is still the place
                    circumstance = true;
                    EntityType type = a.mention.entity().type();
                    String at = governingPrep(toks, a.from, trig);
                    if ((type == EntityType.Place || type == EntityType.State) && at != null && at.matches("in|at|near|outside")) {
                        f.add(Role.location, a.mention.entity());
                    }
                    continue;
                }
                if (arrival == null) {
                    break;
                }
                // "rice donated by China arrived at the port of Colombo": where the gift arrived is where it went
                predicate = nextVerb(toks, trig, a.from);
                preps = arrival.preps();
                first = false;
            }
            String governing = governingPrep(toks, a.from, predicate);
            if (possessor(toks, a) && personInApposition(toks, args, a)) {
                prep = governing; // "a visit from Russia's defence minister, Sergei Shoigu": the minister visits
                continue;
            }
            if (governing == null && prep != null && coordinated(toks, a.from)) {
                governing = prep;
            }
            boolean example = governing != null && CUES.is("list-preposition", governing);
            if (example) {
                // "sanctions on 16 officials, including Interior Minister X": an example of the list takes its role
                governing = prep;
            }
            List<String> roles = null;
            if (governing == null && directObjectRoles != null && coordinated(toks, a.from)
                    && a.mention.entity().type() == EntityType.State) {
                roles = directObjectRoles; // "visited Peru and Bolivia", "visited Turkey and then China"
            } else if (example && governing == null && entry.objectRole() != null) {
                roles = List.of(entry.objectRole().split("\\|")); // "met several leaders, including X"
            } else if (governing != null) {
                roles = preps.get(governing);
            } else if (first && entry.objectRole() != null && (directlyAfter(toks, trig, a.from)
                    || a.mention.entity().type() == EntityType.Person && titledPersonAfter(toks, trig, a.from))) {
                if (possessor(toks, a) && !(entry.eventClass() != null && MEETING_PARTIES.contains(entry.eventClass())
                        && titleAfterPossessor(toks, a))) {
                    continue; // "invited Russia's defence minister, Sergei Shoigu": the minister is the object
                }
                if (entry.eventClass() == EventClass.Visit && a.mention.kind() == MentionKind.DEMONYM && !visitorAfter(toks, a.to)) {
                    continue; // "welcomed the Indonesian order": a demonym before a thing names no visitor
                }
                roles = List.of(entry.objectRole().split("\\|"));
                if (a.mention.entity().type() == EntityType.State) {
                    directObjectRoles = roles;
                }
            } else if (first && entry.objectRole() != null && appositionAfterPossessor(toks, args, trig, a)) {
                roles = List.of(entry.objectRole().split("\\|"));
            } else if (a.mention.kind() == MentionKind.DEMONYM && entry.subjectRole() != null && !entry.verb()) {
                roles = List.of(entry.subjectRole()); // "the deployment of North Korean troops"
            }
            if ("of".equals(governing) && attendedBy(toks, a.from)) {
                roles = List.of("participant"); // "signed ... in the presence of the two leaders": they take part
            }
            // "met Ethiopian army chief X": the demonym describes the person met, who is still the object
            // "sanctioned Wagner commander X", "met Hamas leader X": an organization or state before a title describes
            // the person named after it, who is the object as well
            first = first && governing == null && a.mention.entity().type() != EntityType.Person && titledPersonNext(toks, args, a);
            prep = governing;
            if ("to".equals(governing) && f.has(Role.target) && roles != null && roles.contains("target")) {
                continue; // "sanctions on Iran's exports to China": the measure already has its target
            }
            if (roles != null) {
                assignArg(f, roles, a);
                if (governing != null && governing.matches("through|via")) {
                    f.origins.add(a.mention.entity()); // shipped through a country: a transit, not the destination
                }
                Arg named = titledApposition(toks, args, a);
                if (named != null) {
                    assign(f, roles, named.mention.entity()); // "sanctioned the RSF commander, X": X as well
                }
            }
        }
        // the subject
        if (subject != null && entry.subjectRole() != null) {
            String role = entry.subjectRole();
            if (passive) {
                // "North Korean arms were sent": the owner of moved things sends them;
                // "North Korean soldiers were killed", "Iran was sanctioned": the subject is the patient
                boolean moving = entry.byTheme() || MOVING.contains(entry.eventClass());
                role = a(subject) == MentionKind.DEMONYM && moving ? entry.subjectRole() : entry.objectRole();
            }
            if (support >= 0 && "agent".equals(role) && CUES.is("receiving-support-verb", toks.get(support).lower())) {
                role = "recipient"; // "Poland took delivery of the helicopters": the subject receives
            }
            if (role != null) {
                List<String> roles = List.of(role.split("\\|")); // an object role may list choices: "recipient|location"
                assignArg(f, roles, subject);
                for (Arg same : args) {
                    if (same != subject && same.from == subject.from && same.to == subject.to) {
                        assignArg(f, roles, same); // "the two leaders"
                    }
                }
                for (Arg co : coordinatedBefore(toks, args, subject)) {
                    assignArg(f, roles, co); // "Kenya and Ethiopia signed"
                }
                for (Arg co : coordinatedOwners(toks, args, subject)) {
                    assignArg(f, roles, co); // "200 Eritrean fighters and 150 Ethiopian soldiers were killed"
                }
            }
        }
        if (subject != null && "recipient".equals(entry.subjectRole()) && f.eventClass == null) {
            // "workers in Russia earn $800", "soldiers sent to fight for Russia are earning": who pays is
            // the state they work or fight for
            for (Arg a : args) {
                if (a.from > subject.to && a.to <= trig && a.mention.entity().type() == EntityType.State
                        && toks.get(a.from - 1).lower().matches("in|for") && !a.mention.entity().equals(subject.mention.entity())) {
                    f.add(Role.agent, a.mention.entity());
                }
            }
        }
        if (!entry.verb() && entry.eventClass() != null && !lexicon.info(entry.eventClass()).directed()) {
            for (Arg a : hyphenedPairBefore(toks, args, trig)) {
                f.add(Role.participant, a.mention.entity()); // "Kenyan-Ugandan trade", "Russia-Ukraine talks"
            }
        }
        if ((entry.byTheme() || MOVING.contains(entry.eventClass())) && !f.has(Role.recipient)) {
            definiteRecipient(f, toks, trig, clauseEnd, entry, context.recentStates());
        }
        if (entry.eventClass() == EventClass.Casualty && !f.has(Role.agent)) {
            instrumentAgent(f, toks, args);
        }
        if (entry.eventClass() == EventClass.Casualty && entry.verb()) {
            casualtyPlaces(f, toks, args, trig);
        }
        if (passive) {
            // "aid for Gaza was delivered", "permits for Qatar were issued": the subject's own prepositions
            for (Arg a : args) {
                if (a.to > trig || a.from < clauseStart(toks, trig) || a.from == 0 || subject != null && a.from < subject.from) {
                    continue;
                }
                List<String> roles = entry.preps().get(placePrepBefore(toks, a.from));
                if (roles != null && !roles.isEmpty() && a.mention.kind() != MentionKind.DEMONYM) {
                    assign(f, roles, a.mention.entity());
                }
            }
        }
        if (CUES.is("remittance-noun", toks.get(trig).lower()) && f.has(Role.agent)) {
            // "remittances from Filipinos abroad": the nationals send money home, so their state receives it; the
            // countries they work in ("mostly from the United States") pay
            for (Arg a : args) {
                if (a.from > trig && a.from < clauseEnd && a.mention.kind() == MentionKind.DEMONYM
                        && f.roles.get(Role.agent).remove(a.mention.entity())) {
                    f.add(Role.recipient, a.mention.entity());
                }
            }
            if (f.roles.get(Role.agent).isEmpty()) {
                f.roles.remove(Role.agent);
            }
        }
        if ((entry.eventClass() == EventClass.LaborMigration || entry.byTheme() && items.stream()
                .anyMatch(i -> themeOf(i) == EventClass.LaborMigration)) && !f.has(Role.agent)) {
            // "permits were issued to Nepali workers": the workers' state is where they come from
            for (Arg a : args) {
                if (a.mention.kind() == MentionKind.DEMONYM && a.from < clauseEnd && workerNounAfter(toks, a)) {
                    f.add(Role.agent, a.mention.entity());
                }
            }
        }
        if (entry.verb()) {
            // a place the subject search stopped at ("flooding in Somalia's Gedo region killed") acts on nothing
            int after = subject != null && subject.mention.entity().type() != EntityType.Place ? subject.to : clauseStart(toks, trig);
            for (Arg a : args) {
                // "the war in Sudan has killed": a country is where people died
                boolean where = a.mention.entity().type() == EntityType.Place
                        || a.mention.entity().type() == EntityType.State && entry.eventClass() == EventClass.Casualty;
                if (a.from >= after && a.to <= trig && where
                        && placePrepBefore(toks, a.from).matches("on|in|near|at|over|off")) {
                    f.add(Role.location, a.mention.entity()); // "a missile strike on Lviv killed ten people"
                }
            }
        }
        if (entry.eventClass() == EventClass.Sanction && !f.has(Role.target) && f.has(Role.agent)
                && echoes(toks, trig, clauseEnd)) {
            // "Canada announced parallel measures against six of the same entities": the targets told before
            context.lastSanctionTargets().forEach(e -> f.add(Role.target, e));
        }
        if (entry.eventClass() == EventClass.Visit && f.has(Role.agent) && !f.has(Role.location) && !f.has(Role.recipient)) {
            // a visit told without where: where the article last placed the visitor
            for (Entity visitor : List.copyOf(f.roles.get(Role.agent))) {
                Entity place = context.lastPlaceOf().get(visitor);
                if (place != null) {
                    f.add(Role.location, place);
                    break;
                }
            }
        }
        if (!f.has(Role.location)) {
            Arg place = frontedPlace(toks, args, trig, entry.eventClass());
            if (place != null) {
                f.add(Role.location, place.mention.entity());
            }
        }
        List<Frame> frames = new ArrayList<>();
        if (entry.byTheme()) {
            Set<EventClass> classes = new LinkedHashSet<>();
            for (String item : items) {
                EventClass c = lexicon.classFor(entry, themeOf(item)); // "imported rice" is bought, not given
                if (c != null) {
                    classes.add(c);
                }
            }
            if (classes.isEmpty() && previousFlow != null && sameThingsAgain(toks, trig, items, previousFlow)) {
                // "Germany delivered four air defence systems to Ukraine. The systems arrived in Kyiv on Friday."
                classes.add(previousFlow.eventClass());
                if (!f.has(Role.agent)) {
                    previousFlow.participants().getOrDefault(Role.agent, List.of()).forEach(e -> f.add(Role.agent, e));
                }
            }
            if (classes.isEmpty() && previousFlow != null && definiteFlowNoun(toks, trig)) {
                // "The shipment of 3,500 tons will be handed over to ...": the shipment the article just told of
                classes.add(previousFlow.eventClass());
                items.addAll(previousFlow.items());
                if (!f.has(Role.agent)) {
                    previousFlow.participants().getOrDefault(Role.agent, List.of()).forEach(e -> f.add(Role.agent, e));
                }
            }
            EventMention trade = context.previousTrade();
            final int clauseEndOffset = endOffset(toks, clauseEnd);
            if (classes.isEmpty() && trade != null && lexicon.classFor(entry, EventClass.Aid) == EventClass.Trade
                    && items.stream().allMatch(i -> CUES.is("cargo-unit", lastWord(i)))
                    && qs.stream().anyMatch(q -> q.unit() != null && CUES.is("cargo-unit", q.unit().toLowerCase())
                    && q.begin() >= toks.get(trig).end() && q.begin() < clauseEndOffset)) {
                // "will import 1 million tonnes of rice ... has signed contracts to buy 600,000 tonnes from X": tonnes
                // of what the article's trade just told of
                classes.add(EventClass.Trade);
                items.clear();
                items.addAll(trade.items());
            }
            for (EventClass c : classes) {
                Frame copy = copy(f, c);
                copy.items.clear();
                for (String item : items) {
                    if (lexicon.classFor(entry, themeOf(item)) == c && (MOVING.contains(c) || c == EventClass.Trade)) {
                        copy.items.add(item); // what moved or was traded; money is counted by the figures, not listed
                    }
                }
                frames.add(copy);
            }
        } else {
            if (entry.eventClass() == EventClass.TreatySigning && entry.verb() && !f.has(Role.treaty)) {
                int head = treatyHeadBefore(toks, trig); // "the Accords, which X and Y signed": the Accords were signed
                args.stream().filter(a -> head >= a.from && head < a.to && a.mention.entity().type() == EntityType.Treaty)
                        .findFirst().ifPresent(a -> f.add(Role.treaty, a.mention.entity()));
                if (head >= 0 && f.participantCount() - (f.has(Role.treaty) ? 1 : 0) < 2 && bilateralBefore(toks, head)) {
                    // "sent nurses to Peru under a bilateral agreement signed in 2021": a two-party agreement named
                    // in a sentence about exactly two states binds those two
                    Set<Entity> states = new LinkedHashSet<>();
                    args.stream().filter(a -> a.mention.entity().type() == EntityType.State).forEach(a -> states.add(a.mention.entity()));
                    if (states.size() == 2) {
                        states.forEach(e -> f.add(Role.agent, e));
                    }
                }
            }
            if (!satisfied(entry, f, toks, trig, clauseEnd, items, qs)) {
                return List.of();
            }
            f.eventClass = entry.eventClass();
            if (f.eventClass == EventClass.Deployment && !items.isEmpty()
                    && items.stream().allMatch(i -> themeOf(i) == EventClass.ArmsTransfer)) {
                f.eventClass = EventClass.ArmsTransfer; // "missiles were stationed in Belarus": weapons placed
            }
            if (f.eventClass != EventClass.Aid && f.eventClass != EventClass.Deployment && f.eventClass != EventClass.ArmsTransfer) {
                f.items.clear();
            }
            frames.add(f);
        }
        for (Frame fr : frames) {
            completeRoles(fr, date);
        }
        if (gap != null && subject != null && gapFigure != null) {
            List<Frame> gapped = new ArrayList<>();
            for (Frame fr : frames) {
                Role role = roleOf(fr, subject.mention.entity());
                if (role == null) {
                    continue;
                }
                Frame g = copy(fr, fr.eventClass);
                g.roles.get(role).clear();
                g.add(role, gap.mention.entity());
                g.own = gapFigure;
                completeRoles(g, date);
                gapped.add(g);
            }
            frames.addAll(gapped);
        }
        return frames;
    }

    /**
     * "... and Canada about $25 million": a party after "and" followed right away by a figure, with no verb of its
     * own, repeats the clause's verb for another subject. Null when the clause has no such gap.
     */
    private static Arg gapped(List<Token> toks, List<Arg> args, List<Quantity> qs, int trig, int clauseEnd) {
        for (Arg a : args) {
            if (a.from <= trig + 1 || a.from > clauseEnd || a.to >= toks.size() || a.mention.kind() == MentionKind.DEMONYM
                    || a.mention.entity().type() == EntityType.Place || !toks.get(a.from - 1).lower().equals("and")) {
                continue;
            }
            int next = toks.get(a.to).begin();
            boolean figureNext = qs.stream().anyMatch(q -> q.begin() == next && (q.isMoney() || q.unit() != null));
            if (figureNext) {
                return a;
            }
        }
        return null;
    }

    /**
     * "donated rice to the island", "sent troops to the country": a definite description of a country after a
     * preposition that names the receiver refers to the state the article named last (other than the giver).
     */
    private static void definiteRecipient(Frame f, List<Token> toks, int trig, int clauseEnd, EventLexicon.Entry entry,
                                          List<Entity> recentStates) {
        for (int k = trig + 1; k + 2 < Math.min(toks.size(), clauseEnd); k++) {
            List<String> roles = entry.preps().get(toks.get(k).lower());
            if (roles == null || !roles.contains("recipient") || !toks.get(k + 1).lower().equals("the")
                    || !CUES.is("country-noun", toks.get(k + 2).lower())) {
                continue;
            }
            Set<Entity> agents = f.roles.getOrDefault(Role.agent, new LinkedHashSet<>());
            for (int j = recentStates.size() - 1; j >= 0; j--) {
                if (!agents.contains(recentStates.get(j))) {
                    f.add(Role.recipient, recentStates.get(j));
                    return;
                }
            }
            return;
        }
    }

    /**
     * Where people were killed, told anywhere before the casualty verb of the sentence: "a strike on a camp
     * outside X, killing ...", "on the edge of the town, killing ...", "Sudan's war ... has killed", "the conflict
     * in Yemen, which began ..., has killed".
     */
    private static void casualtyPlaces(Frame f, List<Token> toks, List<Arg> args, int trig) {
        for (Arg a : args) {
            if (a.to <= trig && a.mention.kind() == MentionKind.DEMONYM && a.mention.entity().type() == EntityType.State
                    && betweenBefore(toks, a.from)) {
                // "clashes between Ethiopian and Eritrean troops killed": both armies' states fought
                f.add(Role.agent, a.mention.entity());
            }
            if (a.to > trig || a.mention.kind() == MentionKind.DEMONYM || f.origins.contains(a.mention.entity())) {
                continue;
            }
            EntityType type = a.mention.entity().type();
            String prep = placePrepBefore(toks, a.from);
            boolean placed = type == EntityType.Place && prep.matches("on|in|near|at|over|outside|around|inside");
            // "Sudan's war", "the conflict in Yemen": the country a war is fought in
            boolean warOf = type == EntityType.State && possessor(toks, a) && conflictNounAt(toks, a.to);
            boolean warIn = type == EntityType.State && prep.equals("in") && a.from >= 2
                    && CUES.is("conflict-noun", toks.get(a.from - 2).lower());
            // "a strike on a boat north of Venezuela killed": a bearing from a country places the casualties near it
            boolean bearing = (type == EntityType.Place || type == EntityType.State) && prep.equals("of") && a.from >= 2
                    && CUES.is("direction", toks.get(a.from - 2).lower());
            if (placed || warOf || warIn || bearing) {
                f.add(Role.location, a.mention.entity());
            }
            // "the war, which broke out between the army and the RSF, has killed": the sides fighting
            if (type != EntityType.Place && (prep.equals("between") || coordinated(toks, a.from) && betweenBefore(toks, a.from))) {
                f.add(Role.agent, a.mention.entity());
            }
        }
    }

    /** A word in the trigger's clause says the measure repeats one told before ("parallel", "the same", "similar"). */
    private static boolean echoes(List<Token> toks, int trig, int clauseEnd) {
        for (int k = Math.max(0, trig - 3); k < Math.min(clauseEnd, toks.size()); k++) {
            if (CUES.is("echo", toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "between the army and X": a "between" opens the pair a few words before X. */
    private static boolean betweenBefore(List<Token> toks, int argFrom) {
        for (int k = argFrom - 1; k >= Math.max(0, argFrom - 6); k--) {
            if (toks.get(k).lower().equals("between")) {
                return true;
            }
            if (toks.get(k).text().equals(",") || toks.get(k).pos().equals("VERB")) {
                return false;
            }
        }
        return false;
    }

    /** "('s) (civil) war": a conflict noun after a possessive and adjectives, starting at {@code k}. */
    private static boolean conflictNounAt(List<Token> toks, int k) {
        if (k < toks.size() && toks.get(k).text().matches("['’]s?")) {
            k++;
        }
        while (k < toks.size() && toks.get(k).pos().equals("ADJ")) {
            k++;
        }
        return k < toks.size() && CUES.is("conflict-noun", toks.get(k).lower());
    }

    /**
     * "killed when a rocket fired by Hezbollah from Lebanon hit a farm": the party that fired the weapon is the
     * agent of the casualties, and the place it fired from is where the attack came from.
     */
    private static void instrumentAgent(Frame f, List<Token> toks, List<Arg> args) {
        for (int k = 0; k + 1 < toks.size(); k++) {
            if (!CUES.is("attack-verb", toks.get(k).lower()) || !toks.get(k + 1).lower().equals("by")) {
                continue;
            }
            for (Arg a : args) {
                if (a.from > k + 1 && a.from <= k + 3 && a.mention.entity().type() != EntityType.Place) {
                    f.add(Role.agent, a.mention.entity());
                    for (Arg from : args) {
                        if (from.from > a.to && from.from <= a.to + 2 && toks.get(from.from - 1).lower().equals("from")
                                && (from.mention.entity().type() == EntityType.Place || from.mention.entity().type() == EntityType.State)) {
                            f.add(Role.location, from.mention.entity());
                            f.origins.add(from.mention.entity());
                        }
                    }
                    return;
                }
            }
        }
    }

    /**
     * "signed similar agreements with Australia in 2022 and with Britain last year": parties joined by a repeated
     * preposition, each with its own time, are two events.
     */
    private static List<Frame> splitCoordinatedTimes(List<Frame> frames, List<Token> toks, List<Arg> args,
                                                     List<TimeMention> ts) {
        List<Frame> out = new ArrayList<>();
        for (Frame f : frames) {
            Frame first = null;
            Frame second = null;
            for (Arg a1 : args) {
                for (Arg a2 : args) {
                    if (a1.from <= f.trigger || a2.from <= a1.to + 1 || a1.from < 1 || a2.from < 2) {
                        continue;
                    }
                    String prep = toks.get(a1.from - 1).lower();
                    if (!toks.get(a1.from - 1).pos().equals("ADP") || !toks.get(a2.from - 1).lower().equals(prep)
                            || !toks.get(a2.from - 2).lower().matches("and|,")) {
                        continue;
                    }
                    int joint = a2.from - 2;
                    TimeMention t1 = timeBetween(ts, toks.get(a1.to - 1).end(), toks.get(joint).begin());
                    TimeMention t2 = timeBetween(ts, toks.get(a2.to - 1).end(),
                            a2.to + 6 < toks.size() ? toks.get(a2.to + 6).begin() : Integer.MAX_VALUE);
                    Role role = roleOf(f, a1.mention.entity());
                    if (t1 == null || t2 == null || role == null || role != roleOf(f, a2.mention.entity())) {
                        continue;
                    }
                    first = copy(f, f.eventClass);
                    first.roles.get(role).remove(a2.mention.entity());
                    first.time = t1.value();
                    second = copy(f, f.eventClass);
                    second.roles.get(role).remove(a1.mention.entity());
                    second.time = t2.value();
                }
            }
            if (first == null) {
                out.add(f);
            } else {
                first.quantities.addAll(f.quantities);
                out.add(first);
                out.add(second);
            }
        }
        return out;
    }

    private static TimeMention timeBetween(List<TimeMention> ts, int from, int to) {
        return ts.stream().filter(t -> t.begin() >= from && t.end() <= to).findFirst().orElse(null);
    }

    private static Role roleOf(Frame f, Entity e) {
        for (Map.Entry<Role, LinkedHashSet<Entity>> r : f.roles.entrySet()) {
            if (r.getValue().contains(e)) {
                return r.getKey();
            }
        }
        return null;
    }

    /** "The systems arrived": a definite item whose head is the head of an item the article's latest flow moved. */
    private static boolean sameThingsAgain(List<Token> toks, int trig, List<String> items, EventMention previousFlow) {
        int start = clauseStart(toks, trig);
        if (items.isEmpty() || !toks.get(start).lower().matches("the|these|those")) {
            return false;
        }
        return items.stream().anyMatch(i -> previousFlow.items().stream().anyMatch(o -> lastWord(o).equals(lastWord(i))));
    }

    /**
     * A definite noun of a transfer ("the shipment", "the second consignment", "the gift") heads the clause
     * of the trigger or is the trigger: the sentence goes on about a transfer already told.
     */
    private boolean definiteFlowNoun(List<Token> toks, int trig) {
        int start = 0;
        for (int k = trig - 1; k >= 0; k--) {
            if (CUES.is("clause-break", toks.get(k).text()) || toks.get(k).text().equals(",")) {
                start = k + 1;
                break;
            }
        }
        for (int k = start; k <= trig; k++) {
            if (!toks.get(k).lower().matches("the|this|that|these|those")) {
                continue;
            }
            for (int j = k + 1; j <= Math.min(trig, k + 3); j++) {
                Token t = toks.get(j);
                boolean flowNoun = t.pos().equals("NOUN") && lexicon.entriesFor(t.text()).stream()
                        .anyMatch(e -> !e.verb() && e.byTheme());
                if (flowNoun) {
                    return true;
                }
                if (!t.pos().matches("ADJ|NUM")) {
                    break;
                }
            }
        }
        return false;
    }

    private static MentionKind a(Arg arg) {
        return arg.mention.kind();
    }

    private boolean satisfied(EventLexicon.Entry entry, Frame f, List<Token> toks, int trig, int clauseEnd,
                              List<String> items, List<Quantity> qs) {
        String needs = entry.needs();
        if (needs == null) {
            return true;
        }
        if (needs.contains("+")) { // "money+near:home": every part must hold
            for (String part : needs.split("\\+")) {
                EventLexicon.Entry one = new EventLexicon.Entry(entry.id(), entry.eventClass(), entry.verb(),
                        entry.subjectRole(), entry.objectRole(), entry.preps(), part, entry.confidence());
                if (!satisfied(one, f, toks, trig, clauseEnd, items, qs)) {
                    return false;
                }
            }
            return true;
        }
        if (needs.startsWith("near-any:")) { // "more than 74,000 permits for Qatar were issued": before or after
            String clause = " " + window(toks, clauseStart(toks, trig), clauseEnd);
            return java.util.Arrays.stream(needs.substring(9).split("\\|")).anyMatch(w -> clause.contains(" " + w + " "));
        }
        if (needs.startsWith("near-before:")) { // "the sanctions target Belarusian banks": the word comes first
            String before = " " + window(toks, clauseStart(toks, trig), trig);
            return java.util.Arrays.stream(needs.substring(12).split("\\|")).anyMatch(w -> before.contains(" " + w + " "));
        }
        return switch (needs) {
            case "treaty" -> f.has(Role.treaty);
            case "target" -> f.has(Role.target);
            case "destination" -> f.has(Role.recipient) || f.has(Role.location);
            case "money" -> qs.stream().anyMatch(q -> q.isMoney() && q.begin() >= toks.get(trig).begin()
                    && q.begin() < endOffset(toks, clauseEnd));
            // "imposed sanctions", "lifted its ban on arms exports", "eased the embargo": the measure is named
            case "sanction" -> toks.get(trig).lower().startsWith("sanction")
                    || items.stream().anyMatch(i -> i.toLowerCase().matches("(?s).*\\b(sanction|embargo|ban\\b|blacklist).*"))
                    || window(toks, trig + 1, Math.min(clauseEnd, trig + 5)).matches("(?s).*\\b(sanctions?|embargo(es)?|ban|blacklist)\\b.*")
                    // "lifted those export curbs": a trade measure named by a noun of the cue list
                    || toks.subList(trig + 1, Math.min(Math.min(clauseEnd, trig + 5), toks.size())).stream()
                    .anyMatch(t -> CUES.is("trade-measure", t.lower()));
            case "theme" -> items.stream().anyMatch(i -> themeOf(i) != null);
            // "barred 80,000 Palestinians who had worked in Israel": people told as workers by the clause after them
            case "theme:LaborMigration" -> items.stream().anyMatch(i -> themeOf(i) == EventClass.LaborMigration)
                    || window(toks, trig + 1, toks.size()).matches("(?s).*\\b(who|that) (had |have |has )?(worked|work|works|been working)\\b.*");
            case "theme:Aid" -> items.stream().anyMatch(i -> themeOf(i) == EventClass.Aid);
            // "deported 2,300 Bangladeshis": a count of a country's nationals after the trigger in its clause
            case "nationals" -> qs.stream().anyMatch(q -> !q.isMoney() && q.unit() != null
                    && (Character.isUpperCase(q.unit().charAt(0)) && q.unit().endsWith("s") || CUES.is("national-noun", q.unit().toLowerCase()))
                    && q.begin() >= toks.get(trig).end() && q.begin() < endOffset(toks, clauseEnd));
            case "treaty-word" -> f.has(Role.treaty) || window(toks, trig + 1, Math.min(clauseEnd, trig + 6)).matches(
                    "(?s).*\\b(treaty|agreement|pact|accord|deal|memorandum|protocol|convention|charter|roadmap)s?\\b.*")
                    // "the pact the two countries signed": the noun comes first; places alone ("every agreement
                    // signed in Doha") name no signing
                    || treatyHeadBefore(toks, trig) >= 0 && (f.has(Role.agent) || f.has(Role.participant) || f.has(Role.treaty));
            case "person" -> f.roles.getOrDefault(Role.agent, new LinkedHashSet<>()).stream()
                    .anyMatch(e -> e.type() == EntityType.Person) || f.has(Role.agent) && ownedTitleBefore(toks, trig);
            // "400,000 Nepalis work in Qatar": a head count makes living somewhere a migration
            case "count" -> qs.stream().anyMatch(q -> !q.isMoney() && !"percent".equals(q.unit())
                    && q.begin() >= toks.get(clauseStart(toks, trig)).begin() && q.begin() < endOffset(toks, clauseEnd));
            // "keeps 1,000 troops in Djibouti": "theme:CLASS" wants a moved thing of that class
            default -> needs.startsWith("theme:") ? items.stream().anyMatch(i -> themeOf(i) == EventClass.parse(needs.substring(6)))
                    : !needs.startsWith("near:") || java.util.Arrays.asList(needs.substring(5).split("\\|"))
                    .stream().anyMatch(w -> (" " + window(toks, trig + 1, clauseEnd)).contains(" " + w + " "));
        };
    }

    /**
     * The treaty noun a signing verb after it describes, or -1: "the Accords, which X and Y signed" (an object
     * relative clause), "a pact the two countries signed" (the same without "which"), "an agreement signed in 2022"
     * (a participle).
     */
    private static int treatyHeadBefore(List<Token> toks, int trig) {
        for (int k = trig - 1; k >= Math.max(0, trig - 14); k--) {
            Token t = toks.get(k);
            if (CUES.is("treaty-noun", t.lower())) {
                int next = k + 1 < trig && toks.get(k + 1).text().equals(",") ? k + 2 : k + 1;
                boolean participle = next == trig && !isPassive(toks, trig) && t.pos().matches("NOUN|PROPN");
                boolean relative = next < trig && toks.get(next).lower().matches("which|that");
                // "a pact the two countries signed": a subject opens right after the noun
                boolean reduced = next == k + 1 && next < trig && toks.get(next).pos().matches("DET|PROPN|ADJ")
                        && toks.subList(next, trig).stream().noneMatch(x -> x.pos().equals("VERB") || x.text().equals(","));
                return participle || relative || reduced ? k : -1;
            }
            if (t.pos().equals("VERB") && k != trig || t.text().matches("[.;:]")) {
                return -1;
            }
        }
        return -1;
    }

    /** "in the presence of (US President) X", "under the auspices of X": X attends the event the clause tells. */
    private static boolean attendedBy(List<Token> toks, int argFrom) {
        int k = argFrom - 1;
        while (k > 0 && argFrom - k <= 5 && !toks.get(k).lower().equals("of") && toks.get(k).pos().matches("DET|NUM|ADJ|PROPN")) {
            k--;
        }
        return k > 0 && toks.get(k).lower().equals("of") && CUES.is("attendance-noun", toks.get(k - 1).lower());
    }

    /** "hosted the Kenyan president", "welcomed a Ghanaian delegation": the word after a demonym names people. */
    private static boolean visitorAfter(List<Token> toks, int k) {
        if (k >= toks.size()) {
            return false;
        }
        String next = toks.get(k).text();
        return Character.isUpperCase(next.charAt(0)) || CUES.is("anaphor-person", toks.get(k).lower())
                || CUES.is("visitor-noun", toks.get(k).lower());
    }

    /** How many distinct parties a frame names, a leader or an agency counted as the state it acts for. */
    private int sides(Frame f, LocalDate date) {
        Set<Entity> sides = new LinkedHashSet<>();
        f.roles.forEach((r, es) -> {
            if (r != Role.location) {
                es.forEach(e -> {
                    Entity state = stateLedBy(e, date);
                    sides.add(state != null ? state : e);
                });
            }
        });
        return sides.size();
    }

    /** "a bilateral agreement": a word before the treaty noun says two parties made it. */
    private static boolean bilateralBefore(List<Token> toks, int head) {
        for (int k = head - 1; k >= Math.max(0, head - 4); k--) {
            if (CUES.is("two-party", toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Adds the state a leader acts for, and a Visit's host state from the place visited. */
    private void completeRoles(Frame f, LocalDate date) {
        if (STATE_LEVEL.contains(f.eventClass)) {
            for (Role r : List.of(Role.agent, Role.recipient)) {
                if (!f.has(r)) {
                    continue;
                }
                for (Entity e : List.copyOf(f.roles.get(r))) {
                    Entity state = stateLedBy(e, date);
                    if (state != null) {
                        f.add(r, state);
                    }
                }
            }
        }
        if (f.eventClass == EventClass.Meeting || f.eventClass == EventClass.Visit) {
            // "Kim and Putin met" and "Kim and Russian President Putin met" name one meeting: a head of state or
            // government brings the state, whether or not the text spells out the demonym
            for (Role r : List.of(Role.agent, Role.recipient, Role.participant)) {
                for (Entity e : List.copyOf(f.roles.getOrDefault(r, new LinkedHashSet<>()))) {
                    Entity state = e.type() == EntityType.Person ? stateLedBy(e, date) : null;
                    if (state != null) {
                        f.add(r, state);
                    }
                }
            }
        }
        if ((MOVING.contains(f.eventClass) && !f.has(Role.recipient) || f.eventClass == EventClass.Casualty && !f.has(Role.target))
                && f.has(Role.location)) {
            // "rice arrived at the port of Colombo": the place's state receives; "a strike on Lviv": its state suffers
            Role role = f.eventClass == EventClass.Casualty ? Role.target : Role.recipient;
            for (Entity place : List.copyOf(f.roles.get(Role.location))) {
                if (f.origins.contains(place)) {
                    continue;
                }
                // a state named as the place ("arrived in the capital", told by its seat) is itself the one concerned
                java.util.Optional<Entity> state = place.type() == EntityType.State ? java.util.Optional.of(place)
                        : catalog.get(place.key()).map(CatalogEntry::countryKey).flatMap(catalog::get).map(CatalogEntry::entity);
                state.filter(c -> !f.roles.getOrDefault(Role.agent, new LinkedHashSet<>()).contains(c))
                        .ifPresent(c -> f.add(role, c));
            }
        }
        if (f.eventClass == EventClass.Visit && f.has(Role.location) && !f.has(Role.recipient)) {
            for (Entity place : List.copyOf(f.roles.get(Role.location))) {
                catalog.get(place.key()).map(CatalogEntry::countryKey).flatMap(catalog::get)
                        .ifPresent(c -> f.add(Role.recipient, c.entity()));
            }
        }
        if (f.has(Role.agent) && f.has(Role.recipient)) {
            f.roles.get(Role.recipient).removeAll(f.roles.get(Role.agent));
            if (f.roles.get(Role.recipient).isEmpty()) {
                f.roles.remove(Role.recipient);
            }
        }
    }

    /** The state a leader acts for, or whose national body (army, ministry, agency) acts. */
    private Entity stateLedBy(Entity person, LocalDate date) {
        if (person.type() == EntityType.Organization) {
            return catalog.get(person.key()).map(CatalogEntry::countryKey).flatMap(catalog::get)
                    .map(CatalogEntry::entity).filter(e -> e.type() == EntityType.State).orElse(null);
        }
        if (person.type() != EntityType.Person) {
            return null;
        }
        for (RoleHolding r : catalog.get(person.key()).map(CatalogEntry::roles).orElse(List.of())) {
            boolean head = CUES.is("head-title", r.title().replace(' ', '-'));
            boolean when = date == null ? r.isCurrent() : r.covers(date);
            if (head && when) {
                Entity state = catalog.get(r.ofKey()).map(CatalogEntry::entity).orElse(null);
                if (state != null && state.type() == EntityType.State) {
                    return state;
                }
            }
        }
        return null;
    }

    /**
     * Assigns an argument, and with a person the state of the demonym before the person's title: in "Japanese Prime
     * Minister X met ..." Japan takes part in what X does.
     */
    private void assignArg(Frame f, List<String> roles, Arg a) {
        assign(f, roles, a.mention.entity());
        if (a.nationality != null) {
            assign(f, roles, a.nationality);
        }
    }

    private void assign(Frame f, List<String> roles, Entity e) {
        for (String r : roles) {
            Role role = Role.valueOf(r);
            boolean fits = switch (role) {
                case location -> e.type() == EntityType.Place || e.type() == EntityType.State;
                case treaty -> e.type() == EntityType.Treaty;
                case recipient, agent, participant, target -> e.type() != EntityType.Place && e.type() != EntityType.Treaty;
            };
            if (role == Role.location && roles.size() > 1 && e.type() == EntityType.State) {
                fits = false; // "to Russia" with recipient|location: a state is the recipient
            }
            if (fits) {
                f.add(role, e);
                return;
            }
        }
    }

    private EventClass themeOf(String item) {
        EventClass found = null;
        String[] words = item.toLowerCase().split("[\\s-]+");
        for (int k = 0; k + 1 < words.length; k++) {
            EventClass pair = lexicon.themeClass(words[k] + "-" + words[k + 1]); // "air defence", "patrol boats"
            if (pair == EventClass.ArmsTransfer) {
                return pair;
            }
        }
        for (String w : words) {
            EventClass c = lexicon.themeClass(w);
            if (c == EventClass.ArmsTransfer) {
                return c; // "weapons systems", "military equipment" are arms whatever the head
            }
            if (c != null) {
                found = c;
            }
        }
        return found;
    }

    private static boolean covers(Frame bigger, Frame smaller) {
        for (Map.Entry<Role, LinkedHashSet<Entity>> r : smaller.roles.entrySet()) {
            if (!bigger.roles.getOrDefault(r.getKey(), new LinkedHashSet<>()).containsAll(r.getValue())) {
                return false;
            }
        }
        for (Quantity q : smaller.quantities) {
            if (bigger.quantities.stream().noneMatch(o -> o.begin() == q.begin())) {
                bigger.quantities.add(q); // the fuller account keeps the figures the shorter one held
            }
        }
        return true;
    }

    private static Frame copy(Frame f, EventClass c) {
        Frame g = new Frame();
        g.eventClass = c;
        g.entry = f.entry;
        g.trigger = f.trigger;
        g.support = f.support;
        f.roles.forEach((r, es) -> g.roles.put(r, new LinkedHashSet<>(es)));
        g.items.addAll(f.items);
        g.origins.addAll(f.origins);
        g.time = f.time;
        g.own = f.own;
        return g;
    }

    /** Noun phrases after the trigger up to a preposition that introduces a party: "food, oil and cash". */
    private static List<String> themeItems(List<Token> toks, int from, int to, List<Arg> args, List<Quantity> qs) {
        List<String> items = new ArrayList<>();
        StringBuilder np = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            final int at = k;
            // "5,000 Tunisian/ADP farm workers": a demonym modifies the noun, whatever the tagger calls it
            String pos = args.stream().anyMatch(a -> a.mention.kind() == MentionKind.DEMONYM && at >= a.from && at < a.to)
                    ? "ADJ" : t.pos();
            if (t.lower().equals("worth")) {
                if (k + 1 < to && toks.get(k + 1).lower().equals("of")) {
                    items.clear(); // "billions of dollars' worth of food": the value came first
                    np.setLength(0);
                    continue;
                }
                break; // "radars worth 1.6 billion yen": the value follows the thing
            }
            if (insideArg(args, k) && np.length() == 0 && items.isEmpty() && k == from) {
                continue;
            }
            if (np.length() == 0 && inside(qs, t) && qs.stream().anyMatch(q -> q.isMoney() && t.begin() >= q.begin() && t.end() <= q.end())) {
                continue; // "provided about 28 billion euros in aid": the currency word is the figure's, not the thing given
            }
            // "20 armoured/CCONJ vehicles": a word the tagger calls a conjunction that is none modifies the noun
            boolean mistaggedModifier = pos.equals("CCONJ") && !t.lower().matches("and|or|but|nor|&|plus")
                    && k + 1 < to && toks.get(k + 1).pos().equals("NOUN");
            if (pos.equals("NOUN") || (pos.equals("ADJ") || mistaggedModifier) && k + 1 < to && toks.get(k + 1).pos().matches("NOUN|ADJ")) {
                if (!insideArg(args, k)) {
                    np.append(np.length() == 0 ? "" : " ").append(t.text());
                }
                continue;
            }
            if (np.length() > 0) {
                items.add(np.toString());
                np.setLength(0);
            }
            if (inside(qs, t)) {
                continue; // "shipped at least 200 drones", "provided about $4 billion": the figure's words
            }
            if (t.lower().equals("in") && items.isEmpty() && k > from && inside(qs, toks.get(k - 1))) {
                continue; // "$4 billion in credit lines": what the money took the form of
            }
            boolean participle = pos.equals("VERB") && k > from && toks.get(k - 1).pos().equals("DET"); // "an estimated"
            if (qualifierBeforeNumber(toks, k, to)) {
                continue; // "at least 200 drones", "up to 50 tanks", "as many as 300 rockets"
            }
            // "18 K2 tanks", "F-16 jets": a model designation is a name, whatever the tagger says
            boolean model = t.text().matches("(?=.*\\d)(?=.*[A-Z])[A-Za-z0-9-]+");
            if (participle || model || pos.equals("PUNCT") && t.text().matches("[,-]|\\w+-") || pos.equals("CCONJ") || pos.matches("DET|NUM|ADJ|PROPN")
                    || t.lower().equals("of") || t.lower().equals("for") && (k == from || items.isEmpty() && np.length() == 0
                            && toks.get(from - 1).lower().matches("contracts?|orders?")) // "a contract with X for 96 helicopters"
                    || t.lower().equals("in") && k > from && toks.get(k - 1).pos().equals("NUM") // "$500 million in aid"
                    || pos.equals("ADV") || t.lower().matches("\\$|us\\$|€|£")) {
                continue;
            }
            if ((t.lower().equals("to") || t.lower().equals("and")) && k > from && k + 1 < to
                    && toks.get(k - 1).pos().equals("NUM") && toks.get(k + 1).pos().equals("NUM")) {
                continue; // "600,000 to 700,000 tons"
            }
            if (pos.equals("ADP") && t.lower().equals("with")) {
                continue; // "supplied Russia with artillery shells"
            }
            if (!items.isEmpty() || pos.equals("VERB") || pos.equals("ADP") || pos.equals("PUNCT")) {
                break;
            }
        }
        if (np.length() > 0) {
            items.add(np.toString());
        }
        items.removeIf(i -> i.equalsIgnoreCase("stockpiles") || i.equalsIgnoreCase("number")
                || i.toLowerCase().contains("worth"));
        return items;
    }

    /** Words that qualify a figure right after them: "at least", "up to", "more than", "as many as". */
    private static boolean qualifierBeforeNumber(List<Token> toks, int k, int to) {
        for (int j = k; j < Math.min(to, k + 3); j++) {
            Token t = toks.get(j);
            if (t.pos().equals("NUM")) {
                return j > k;
            }
            boolean word = t.lower().matches("at|least|most|up|more|than|about|around|over|nearly|almost|some|as|many|much|"
                    + "roughly|approximately|under|fewer|less|another|further|additional")
                    || t.lower().equals("to") && j > 0 && toks.get(j - 1).lower().equals("up");
            if (!word) {
                return false;
            }
        }
        return false;
    }

    private static boolean inside(List<Quantity> qs, Token t) {
        return qs.stream().anyMatch(q -> t.begin() >= q.begin() && t.end() <= q.end());
    }

    /** "North Korean arms being sent", "soldiers deployed": the noun right before the trigger. */
    private List<String> themeBefore(List<Token> toks, int trig) {
        List<String> items = new ArrayList<>();
        int k = trig - 1;
        while (k >= 0 && (BE.contains(toks.get(k).lower()) || toks.get(k).pos().matches("AUX|ADV|PART"))) {
            k--;
        }
        int end = k;
        while (k >= 0 && (toks.get(k).pos().matches("NOUN|ADJ") || lexicon.themeClass(toks.get(k).text()) != null)) {
            k--;
        }
        if (end > k) {
            StringBuilder sb = new StringBuilder();
            for (int j = k + 1; j <= end; j++) {
                sb.append(j > k + 1 ? " " : "").append(toks.get(j).text());
            }
            items.add(sb.toString());
        }
        return items;
    }

    /** Figures go to the nearest frame whose class counts them. */
    private void attachQuantities(List<Frame> frames, List<Quantity> qs, List<Token> toks) {
        for (Quantity parsed : qs) {
            Frame owner = frames.stream().filter(f -> f.own != null && f.own.begin() == parsed.begin()).findFirst().orElse(null);
            if (owner != null) {
                owner.quantities.add(parsed);
                continue;
            }
            Quantity q = withCountedNoun(parsed, frames, toks);
            Frame best = null;
            int bestDistance = Integer.MAX_VALUE;
            // "Qatar pays Nepali workers $300 a month": money goes to the payment before the migration
            boolean payment = q.isMoney() && frames.stream().anyMatch(f -> f.eventClass == EventClass.Payment);
            boolean bestCounts = false;
            for (Frame f : frames) {
                // "imported 500,000 tonnes of rice": a trade counts the goods it moved as well as their value
                boolean tradedGoods = f.eventClass == EventClass.Trade && !q.isMoney() && counts(f, q);
                // "pays the salaries of about 4,000 soldiers": a payment counts the people whose wages it pays
                boolean paidPeople = f.eventClass == EventClass.Payment && wagesOf(toks, q);
                if (!accepts(f.eventClass, q) && !tradedGoods && !paidPeople || payment && f.eventClass == EventClass.LaborMigration) {
                    continue;
                }
                // a frame that counts the figure's unit ("200 drones" for a transfer of drones) wins over a
                // nearer one that merely accepts it ("sanctions on ten people and three companies supplying drones")
                boolean counts = counts(f, q);
                if (f.eventClass == EventClass.ArmsTransfer && !counts && !q.isMoney() || f.eventClass == EventClass.Aid && !counts && !q.isMoney()) {
                    continue; // arms are counted in weapons, gifts in what is given: not in the people or firms around them
                }
                int d = Math.abs(toks.get(f.trigger).begin() - q.begin());
                if (counts && !bestCounts || counts == bestCounts && d < bestDistance) {
                    bestCounts = counts;
                    bestDistance = d;
                    best = f;
                }
            }
            if (best != null) {
                best.quantities.add(new Quantity(q.value(), q.min(), q.max(), lexicon.canonicalUnit(q.unit()),
                        q.currency(), q.qualifier(), q.per(), q.text(), q.begin(), q.end()));
            }
            if (best != null && best.eventClass == EventClass.Payment && q.isMoney() && q.per() != null) {
                // "4,000 workers in Russia earn $800 a month": the wage is paid and is also the migration's wage
                for (Frame f : frames) {
                    if (f.eventClass == EventClass.LaborMigration) {
                        f.quantities.add(best.quantities.get(best.quantities.size() - 1));
                    }
                }
            }
        }
    }

    /** "the salaries of about 4,000 soldiers": a count of people right after a wage noun and "of". */
    private boolean wagesOf(List<Token> toks, Quantity q) {
        if (q.isMoney() || q.unit() == null || lexicon.themeClass(q.unit()) != EventClass.Deployment
                && lexicon.themeClass(q.unit()) != EventClass.LaborMigration) {
            return false;
        }
        int k = toks.size() - 1;
        while (k >= 0 && toks.get(k).begin() >= q.begin()) {
            k--;
        }
        while (k >= 0 && qualifierBeforeNumber(toks, k, toks.size())) {
            k--;
        }
        return k >= 1 && toks.get(k).lower().equals("of") && CUES.is("wage-noun", toks.get(k - 1).lower());
    }

    /**
     * "laborers fell from 34,000 in 2017 to about 11,000": a bare figure counts the moved thing the
     * nearest frame is about (its trigger noun or its first item).
     */
    private Quantity withCountedNoun(Quantity q, List<Frame> frames, List<Token> toks) {
        if (q.unit() != null || q.currency() != null) {
            return q;
        }
        String noun = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Frame f : frames) {
            Token trigger = toks.get(f.trigger);
            if (f.eventClass == EventClass.Casualty && trigger.pos().equals("VERB") && trigger.end() <= q.begin()
                    && q.begin() - trigger.end() <= 1) {
                // "killed 10 and wounded 37": a bare figure right after a casualty verb counts people
                return new Quantity(q.value(), q.min(), q.max(), "people", null, q.qualifier(), q.per(), q.text(),
                        q.begin(), q.end());
            }
            String candidate = lexicon.themeClass(trigger.text()) != null ? trigger.lower()
                    : f.items.isEmpty() ? null : lastWord(f.items.get(0));
            int d = Math.abs(trigger.begin() - q.begin());
            if (candidate != null && lexicon.themeClass(candidate) != null && d < bestDistance) {
                bestDistance = d;
                noun = candidate;
            }
        }
        if (noun == null) {
            // "killed tens of thousands, with estimates ranging from 40,000 to 150,000": a bare figure after a
            // casualty verb, where no frame counts anything else, counts people
            boolean onlyCasualties = !frames.isEmpty() && frames.stream().allMatch(f -> f.eventClass == EventClass.Casualty);
            boolean after = frames.stream().anyMatch(f -> toks.get(f.trigger).end() <= q.begin()
                    && noOtherPredicate(toks, f.trigger, q.begin()));
            if (onlyCasualties && after && q.value() == null || onlyCasualties && after && !q.text().matches("(?s).*\\b(1[89]|20)\\d\\d\\b.*")) {
                return new Quantity(q.value(), q.min(), q.max(), "people", null, q.qualifier(), q.per(), q.text(),
                        q.begin(), q.end());
            }
        }
        return noun == null ? q : new Quantity(q.value(), q.min(), q.max(), lexicon.canonicalUnit(noun), null,
                q.qualifier(), q.per(), q.text(), q.begin(), q.end());
    }

    /** "killed ..., with estimates ranging from X": no verb of another event stands between the trigger and the figure. */
    private boolean noOtherPredicate(List<Token> toks, int trig, int figureBegin) {
        for (int k = trig + 1; k < toks.size() && toks.get(k).end() <= figureBegin; k++) {
            Token t = toks.get(k);
            if (t.pos().equals("VERB") && !CUES.is("estimate-verb", t.lower())
                    && lexicon.entriesFor(t.text()).stream().noneMatch(e -> e.eventClass() == EventClass.Casualty)) {
                return false;
            }
        }
        return true;
    }

    private static String lastWord(String phrase) {
        String[] words = phrase.toLowerCase().split("\\s+");
        return words[words.length - 1];
    }

    /** The frame is about what the figure counts: its class's theme, or one of its items, names the unit. */
    private boolean counts(Frame f, Quantity q) {
        if (q.unit() == null) {
            return q.isMoney() && (f.eventClass == EventClass.Payment || f.eventClass == EventClass.Trade);
        }
        String unit = q.unit().toLowerCase();
        return lexicon.themeClass(unit) == f.eventClass || CUES.is("cargo-unit", unit) && (MOVING.contains(f.eventClass) || f.eventClass == EventClass.Trade)
                || f.items.stream().anyMatch(i -> lastWord(i).equals(unit) || lexicon.canonicalUnit(lastWord(i)).equals(lexicon.canonicalUnit(unit)));
    }

    private boolean accepts(EventClass c, Quantity q) {
        if (q.unit() == null && q.currency() == null) {
            return false; // a bare number says nothing the graph could compare
        }
        EventClass unitClass = q.unit() == null ? null : lexicon.themeClass(q.unit());
        return switch (c) {
            case Payment, Trade -> q.isMoney();
            case Deployment -> unitClass == EventClass.Deployment;
            case Casualty -> !q.isMoney() && q.unit() != null && !"percent".equals(q.unit())
                    && !CUES.is("not-casualty", q.unit().toLowerCase());
            // heads ("4,000 workers", "80,000 Palestinians", "120,000 labour permits" in a labour frame), wages
            case LaborMigration -> unitClass == EventClass.LaborMigration || q.isMoney() && q.per() != null
                    || q.unit() != null && Character.isUpperCase(q.unit().charAt(0)) && q.unit().endsWith("s")
                    || !q.isMoney() && q.unit() != null && !"percent".equals(q.unit()) && unitClass == null;
            case Sanction -> !q.isMoney() && q.unit() != null && !"percent".equals(q.unit()); // people and firms listed
            // "a contract for 96 helicopters, worth about $10 billion": a deal's value (a payment frame, if any, wins it)
            case ArmsTransfer -> q.isMoney() && q.per() == null || !q.isMoney() && unitClass != EventClass.Deployment && unitClass != EventClass.LaborMigration
                    && !"percent".equals(q.unit()) && !PARTY_NOUNS.contains(q.unit().toLowerCase());
            case Aid -> !"percent".equals(q.unit()) && unitClass != EventClass.Deployment;
            default -> false;
        };
    }

    /** The first token of the trigger's clause. */
    private static int clauseStart(List<Token> toks, int trig) {
        for (int k = trig - 1; k >= 0; k--) {
            if (CUES.is("clause-break", toks.get(k).text()) && !toks.get(k).lower().equals("that")) {
                return k + 1;
            }
        }
        return 0;
    }

    /**
     * "fell from 34,000 in 2017 to 11,000 by 2018": a time bound to the starting figure of a change dates
     * the baseline, not the event, which is the state the change reached. Such times are left out when the
     * sentence names another one.
     */
    static List<TimeMention> withoutBaselineTimes(List<TimeMention> ts, List<Quantity> qs, List<Token> toks) {
        List<TimeMention> kept = new ArrayList<>();
        for (TimeMention t : ts) {
            boolean baseline = qs.stream().anyMatch(q -> t.begin() >= q.end() && t.begin() - q.end() <= 2
                    && startsChange(toks, q) && qs.stream().anyMatch(later -> later.begin() > t.end()));
            if (!baseline) {
                kept.add(t);
            }
        }
        return kept.size() == ts.size() || kept.isEmpty() ? ts : kept;
    }

    /** The figure follows "from" (or "between"): the starting point of a change or range told with times. */
    private static boolean startsChange(List<Token> toks, Quantity q) {
        if (q.text().toLowerCase().startsWith("from ")) {
            return true;
        }
        for (int k = toks.size() - 1; k >= 0; k--) {
            if (toks.get(k).end() <= q.begin()) {
                return toks.get(k).lower().matches("from|between");
            }
        }
        return false;
    }

    /** The time expression nearest the trigger within its clause ("..., which led to the deployment" has none). */
    private TimeValue clauseTime(List<TimeMention> ts, List<Token> toks, int trig) {
        int start = 0;
        for (int k = trig - 1; k >= 0; k--) {
            if (CUES.is("clause-break", toks.get(k).text()) && !toks.get(k).lower().equals("that")) {
                start = k + 1;
                break;
            }
        }
        int end = clauseEnd(toks, trig);
        int from = toks.get(start).begin();
        int to = end >= toks.size() ? Integer.MAX_VALUE : toks.get(end).begin();
        return nearestTime(ts.stream().filter(t -> t.begin() >= from && t.begin() < to).toList(), toks.get(trig));
    }

    /**
     * "The board has approved the release of $1.2 billion ..., the Fund said in a statement late on Wednesday": an event
     * whose own clause tells no time happened by the day the source told of it, the time right after a reporting verb
     * that follows the trigger. Null when there is none.
     */
    private static TimeValue reportTime(List<TimeMention> ts, List<Token> toks, int trig) {
        for (int k = trig + 1; k < toks.size(); k++) {
            if (!toks.get(k).pos().equals("VERB") || !CUES.is("report-verb", toks.get(k).lower())) {
                continue;
            }
            int from = toks.get(k).end();
            int to = k + 7 < toks.size() ? toks.get(k + 7).end() : Integer.MAX_VALUE;
            for (TimeMention t : ts) {
                if (t.begin() >= from && t.end() <= to) {
                    return t.value();
                }
            }
            return null;
        }
        return null;
    }

    private static TimeValue nearestTime(List<TimeMention> ts, Token trig) {
        TimeMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeMention t : ts) {
            int d = Math.abs(t.begin() - trig.begin());
            if (d < bestDistance) {
                bestDistance = d;
                best = t;
            }
        }
        return best == null ? null : best.value();
    }

    private static Modality modality(List<Token> toks, int trig, Attribution.Found found) {
        for (int k = Math.max(0, trig - 4); k < trig; k++) {
            if (CUES.is("negation", toks.get(k).text())) {
                return Modality.Negated;
            }
        }
        if (refusedBefore(toks, trig)) {
            return Modality.Negated;
        }
        for (int k = 0; k < trig; k++) {
            String w = toks.get(k).lower();
            if (w.equals("denied") || w.equals("denies") || w.equals("deny")) {
                return Modality.Negated;
            }
        }
        for (int k = Math.max(0, trig - 4); k < trig; k++) {
            boolean month = k > 0 && toks.get(k).text().equals("May"); // "visited Beijing in May" is no "may"
            if (CUES.is("hypothetical", toks.get(k).text()) && !month) {
                return Modality.Hypothetical;
            }
        }
        if (found.hedge() != null) {
            return found.hedge().startsWith("estimat") ? Modality.Estimated : Modality.Reported;
        }
        return found.source() != null ? Modality.Reported : Modality.Asserted;
    }

    /** "refused to back the new sanctions": a refusal governs the event a few words on. */
    private static boolean refusedBefore(List<Token> toks, int trig) {
        for (int k = Math.max(0, trig - 7); k < trig; k++) {
            if (CUES.is("refusal", toks.get(k).lower()) && k + 1 < trig && toks.get(k + 1).lower().equals("to")) {
                return true;
            }
        }
        return false;
    }

    /** Negated in its own verb group ("did not send", "unable to pay"), not a reported denial. */
    private static boolean plainlyNegated(List<Token> toks, int trig) {
        if (refusedBefore(toks, trig)) {
            return true;
        }
        for (int k = Math.max(0, trig - 3); k < trig; k++) {
            String w = toks.get(k).lower();
            if (CUES.is("negation", w) && !w.startsWith("den")) {
                return true;
            }
        }
        return false;
    }

    private static double modalityWeight(Modality m) {
        return switch (m) {
            case Asserted -> 1.0;
            case Reported -> 0.9;
            case Estimated -> 0.85;
            case Hypothetical -> 0.5;
            case Negated -> 0.4;
        };
    }

    /**
     * An entity mention placed on tokens [from, to).
     *
     * @param nationality for a person, the state of the demonym before the person's title ("South Korean President
     *                    X"), else null
     */
    private record Arg(EntityMention mention, int from, int to, Entity nationality) {
    }

    private static List<Arg> args(List<Token> toks, List<EntityMention> mentions) {
        List<Arg> args = new ArrayList<>();
        for (EntityMention m : mentions) {
            int from = -1;
            int to = -1;
            for (int k = 0; k < toks.size(); k++) {
                Token t = toks.get(k);
                if (t.end() > m.begin() && t.begin() < m.end()) {
                    if (from < 0) {
                        from = k;
                    }
                    to = k + 1;
                }
            }
            boolean inside = mentions.stream().anyMatch(o -> o != m && o.begin() <= m.begin() && m.end() <= o.end()
                    && (o.end() - o.begin()) > (m.end() - m.begin()));
            // "Russian President Vladimir Putin": the demonym qualifies the person named after it
            boolean qualifies = m.kind() == MentionKind.DEMONYM && mentions.stream().anyMatch(o -> o != m
                    && o.begin() > m.end() && o.begin() - m.end() <= 40 && o.entity().type() == EntityType.Person
                    && onlyTitlesBetween(toks, m.end(), o.begin()));
            inside |= qualifies;
            if (from >= 0 && !inside && shortFormOfLongerName(toks, m, to, mentions)) {
                continue;
            }
            if (from >= 0 && !inside) {
                args.add(new Arg(m, from, to, nationalityOf(m, mentions, toks)));
            }
        }
        return args;
    }

    /** The state of the demonym that qualifies a person ("Turkish President X", "Japanese Prime Minister X"), or null. */
    /**
     * "the Horn of Africa" is no mention of the newspaper "Horn Daily": a one-word short form of a longer name,
     * followed by "of" and a capitalized word that starts no state or person ("Kagame of Rwanda" stays), is the start
     * of another name.
     */
    private static boolean shortFormOfLongerName(List<Token> toks, EntityMention m, int to, List<EntityMention> mentions) {
        if (m.entity().type() != EntityType.Organization && m.entity().type() != EntityType.Person || m.surface() == null
                || m.surface().contains(" ") || m.surface().equalsIgnoreCase(m.entity().label()) || to + 1 >= toks.size()) {
            return false;
        }
        Token next = toks.get(to + 1);
        boolean party = mentions.stream().anyMatch(o -> o.begin() == next.begin()
                && (o.entity().type() == EntityType.State || o.entity().type() == EntityType.Person));
        return toks.get(to).lower().equals("of") && Character.isUpperCase(next.text().charAt(0)) && !party;
    }

    private static Entity nationalityOf(EntityMention person, List<EntityMention> mentions, List<Token> toks) {
        if (person.entity().type() != EntityType.Person) {
            return null;
        }
        Entity found = null;
        for (EntityMention d : mentions) {
            if (d.kind() == MentionKind.DEMONYM && d.entity().type() == EntityType.State && d.end() < person.begin()
                    && person.begin() - d.end() <= 40 && onlyTitlesBetween(toks, d.end(), person.begin())) {
                found = d.entity(); // the nearest one before the name
            }
        }
        return found;
    }

    private static boolean onlyTitlesBetween(List<Token> toks, int from, int to) {
        for (Token t : toks) {
            // "Prime" in "Japanese Prime Minister" is tagged an adjective: any noun or adjective may be a title word
            if (t.begin() >= from && t.end() <= to && !(t.isProperNoun() || t.pos().equals("PUNCT") && t.text().equals(".")
                    || t.pos().matches("NOUN|ADJ")
                    || Character.isUpperCase(t.text().charAt(0)) && !CUES.is("preposition", t.lower()))) { // "Foreign/ADP Minister"
                return false;
            }
        }
        return true;
    }

    private static boolean insideArg(List<Arg> args, int k) {
        for (Arg a : args) {
            if (k >= a.from && k < a.to && a.mention.kind() != MentionKind.DEMONYM) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject: the nearest entity before the trigger in its clause that no preposition governs,
     * skipping an apposition (", the leader of North Korea,").
     */
    private Arg subject(List<Token> toks, List<Arg> args, int trig, boolean verb) {
        if (verb && trig > 1 && toks.get(trig - 1).pos().equals("CCONJ")) {
            // "visited Beijing and met X": the second verb shares the first one's subject
            for (int v = trig - 2; v >= 0; v--) {
                if (toks.get(v).pos().equals("VERB")) {
                    return subject(toks, args, v, true);
                }
                if (CUES.is("clause-break", toks.get(v).text())) {
                    break;
                }
            }
        }
        if (verb && trig > 1 && toks.get(trig).lower().endsWith("ing") && toks.get(trig - 1).text().equals(",")) {
            // "X boarded the boats, injuring eight sailors": a participle after a comma shares the clause's subject
            for (int v = trig - 2; v >= 0; v--) {
                if (toks.get(v).pos().equals("VERB") && !toks.get(v).lower().endsWith("ing")) {
                    return subject(toks, args, v, true);
                }
                if (CUES.is("clause-break", toks.get(v).text())) {
                    break;
                }
            }
        }
        Arg beforeRelative = verb ? subjectBeforeRelativeClause(toks, args, trig) : null;
        if (beforeRelative != null) {
            return beforeRelative;
        }
        int clauseStart = 0;
        for (int k = trig - 1; k >= 0; k--) {
            Token t = toks.get(k);
            // "Ryder said [that] soldiers had been killed": the reporter is not the subject; "two companies
            // accused of supplying drones": a reduced relative clause has its own subject
            boolean reducedRelative = t.lower().matches("accused|suspected") && k > 0 && toks.get(k - 1).pos().equals("NOUN");
            if (CUES.is("clause-break", t.text()) || attribution.isActiveReport(toks, k) || reducedRelative
                    || subordinateAfterVerb(toks, k, trig)) {
                clauseStart = k + 1;
                break;
            }
        }
        Arg best = null;
        for (Arg a : args) {
            if (a.to > trig || a.from < clauseStart) {
                continue;
            }
            // "a number of North Korean soldiers": the soldiers' state; "by Putin's reception": a noun's possessor
            boolean owner = ownsTheme(toks, a) || !verb && adjacentModifier(toks, a.to, trig) || verb && memberOf(toks, a);
            if (a.from > 0 && CUES.is("preposition", toks.get(a.from - 1).text()) && !owner) {
                continue;
            }
            if (a.from > 1 && toks.get(a.from - 1).pos().equals("DET") && !owner
                    && CUES.is("preposition", toks.get(a.from - 2).text())) {
                continue;
            }
            if (!owner && governedThroughModifiers(toks, a.from)) {
                continue; // "an earthquake in western Afghanistan killed": the place is no subject
            }
            if (!owner && a.mention.entity().type() == EntityType.Person && prepBeforeTitles(toks, a.from)) {
                continue; // "received by President X before holding talks": X is governed by "by"
            }
            if (insideApposition(toks, a.from, trig)) {
                continue;
            }
            if (!verb && !adjacentModifier(toks, a.to, trig)) {
                continue; // a noun's subject is its possessor or modifier: "Kim's recent meeting", "troop deployment"
            }
            if (best == null || a.from > best.from) {
                best = a;
            }
        }
        if (best == null && verb && clauseStart > 0) {
            best = relativeAntecedent(toks, args, clauseStart - 1);
        }
        return best;
    }

    /**
     * "Ruto, who visited Beijing in May, signed the deal": a verb right after a relative clause set off by commas has
     * the entity before the clause as its subject. Null when the verb does not follow such a clause.
     */
    private static Arg subjectBeforeRelativeClause(List<Token> toks, List<Arg> args, int trig) {
        int c = trig - 1;
        while (c >= 0 && toks.get(c).pos().matches("AUX|ADV|PART")) {
            c--;
        }
        if (c < 2 || !toks.get(c).text().equals(",")) {
            return null;
        }
        for (int r = c - 1; r > 0; r--) {
            if (toks.get(r).text().equals(",")) {
                return null; // no relative clause right before: the comma closes something else
            }
            if (toks.get(r).lower().matches("which|who") && toks.get(r - 1).text().equals(",")) {
                Arg a = relativeAntecedent(toks, args, r);
                // "In Kenya, which hosts refugees, aid was sent": an entity under a preposition is no subject
                return a == null || a.from > 0 && CUES.is("preposition", toks.get(a.from - 1).text()) ? null : a;
            }
        }
        return null;
    }

    /**
     * "Russia, which deployed 2,000 peacekeepers in 2020, ...", "Ruto, who visited Beijing in May, ...": the subject
     * of a verb in a relative clause with no subject of its own is the entity the relative pronoun follows ("which"
     * for a state or organization, "who" for a person). Null when the pronoun follows no entity.
     */
    private static Arg relativeAntecedent(List<Token> toks, List<Arg> args, int pronoun) {
        String rel = toks.get(pronoun).lower();
        if (!rel.equals("which") && !rel.equals("who")) {
            return null;
        }
        int end = pronoun > 0 && toks.get(pronoun - 1).text().equals(",") ? pronoun - 1 : pronoun;
        for (Arg a : args) {
            if (a.to == end && a.mention.kind() != MentionKind.DEMONYM
                    && (a.mention.entity().type() == EntityType.Person) == rel.equals("who")
                    && a.mention.entity().type() != EntityType.Place && a.mention.entity().type() != EntityType.Treaty) {
                return a;
            }
        }
        return null;
    }

    /**
     * The verb whose object an event noun heads ("announced $45 million in new aid", "agreed on a package of
     * sanctions", "held talks"), or -1: only determiners, modifiers, figures and "of"/"in"/"on" may stand between.
     */
    private static int supportVerb(List<Token> toks, int trig) {
        for (int k = trig - 1; k >= Math.max(0, trig - 10); k--) {
            Token t = toks.get(k);
            if (t.pos().equals("VERB") || t.pos().equals("AUX") && !BE.contains(t.lower())) {
                return CUES.is("support-verb", t.lower()) ? k : -1;
            }
            // "agreed on a package": "on" only right after the verb ("lifted its ban on arms exports" is no support)
            // "held more than three hours of talks": "than" inside a figure
            boolean modifier = t.pos().matches("DET|ADJ|NUM|NOUN|SYM") || t.lower().matches("its|their|his|her|\\$|us\\$|€|£|-|than")
                    || t.lower().matches("of|in") && t.pos().equals("ADP")
                    || t.lower().equals("on") && k > 0 && toks.get(k - 1).pos().equals("VERB")
                    // "wrapped up a three-day visit": the particle of a phrasal verb
                    || t.lower().matches("up|off|out") && k > 0 && toks.get(k - 1).pos().equals("VERB");
            if (!modifier) {
                return -1;
            }
        }
        return -1;
    }

    /** The entities joined to {@code first} by "and" or commas before it: "Kenya, Uganda and Ethiopia". */
    private static List<Arg> coordinatedBefore(List<Token> toks, List<Arg> args, Arg first) {
        List<Arg> out = new ArrayList<>();
        Arg current = first;
        while (true) {
            int k = current.from - 1;
            if (current.mention.entity().type() == EntityType.Person) {
                k = beforeTitle(toks, args, current.from); // "X and Ugandan President Y": the conjunction before the title
            }
            if (k < 1 || !(toks.get(k).pos().equals("CCONJ") && !toks.get(k).lower().equals("but")
                    || toks.get(k).text().equals(","))) {
                return out;
            }
            if (toks.get(k).lower().equals("and") && k > 0 && toks.get(k - 1).text().equals(",")) {
                k--; // Oxford comma
            }
            final int end = k;
            Arg prev = args.stream().filter(a -> a.to == end).findFirst().orElse(null);
            if (prev == null || prev.mention.kind() == MentionKind.DEMONYM) {
                return out;
            }
            out.add(prev);
            current = prev;
        }
    }

    /**
     * "About 200 Eritrean fighters and more than 150 Ethiopian soldiers were killed": a subject of counted people,
     * each conjunct with its own demonym, names a party per conjunct. The demonyms before {@code last}, each
     * owning its noun, joined by "and" or commas over figure words only. Empty when {@code last} owns no noun.
     */
    private List<Arg> coordinatedOwners(List<Token> toks, List<Arg> args, Arg last) {
        List<Arg> out = new ArrayList<>();
        Arg current = last;
        while (ownsTheme(toks, current)) {
            int k = current.from - 1;
            // the figure of the conjunct: "more than 150", "about 300", "at least 12", "some"
            while (k >= 0 && (toks.get(k).pos().matches("NUM|ADV|ADJ|DET") || CUES.is("figure-word", toks.get(k).lower()))) {
                k--;
            }
            if (k < 2 || !(toks.get(k).lower().equals("and") || toks.get(k).text().equals(","))) {
                return out;
            }
            final int noun = k - 1;
            Arg prev = args.stream().filter(a -> a.to == noun && ownsTheme(toks, a)).findFirst().orElse(null);
            if (prev == null || out.contains(prev)) {
                return out;
            }
            out.add(prev);
            current = prev;
        }
        return out;
    }

    /**
     * The token before the title words of a person's name ("Ugandan President" in "X and Ugandan President Y"):
     * capitalized words and a determiner that no other argument holds, at most four.
     */
    private static int beforeTitle(List<Token> toks, List<Arg> args, int nameFrom) {
        int k = nameFrom - 1;
        int titles = 0;
        while (k >= 0 && titles < 4 && !insideAnyArg(args, k) && (toks.get(k).pos().equals("DET")
                || Character.isUpperCase(toks.get(k).text().charAt(0)) && toks.get(k).pos().matches("PROPN|ADJ|NOUN"))) {
            titles++;
            k--;
        }
        return k;
    }

    private static boolean insideAnyArg(List<Arg> args, int k) {
        return args.stream().anyMatch(a -> k >= a.from && k < a.to);
    }

    /**
     * "Britain imposed sanctions after 300 protesters were killed": a subordinator that opens a clause of its own
     * (a noun phrase follows it) after the sentence's main verb starts the trigger's clause; what came before is
     * the main clause's.
     */
    private static boolean subordinateAfterVerb(List<Token> toks, int k, int trig) {
        if (!toks.get(k).lower().matches("after|when|before|until|once") || k + 1 >= trig
                || !toks.get(k + 1).pos().matches("DET|NUM|NOUN|PROPN|PRON|ADJ")) {
            return false;
        }
        for (int j = k - 1; j >= 0; j--) {
            if (toks.get(j).pos().equals("VERB") && !toks.get(j).lower().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Wagner commander, Dmitry Utkin": a person named in apposition after a title that follows the
     * entity; null when none.
     */
    private static Arg titledApposition(List<Token> toks, List<Arg> args, Arg a) {
        int k = a.to;
        boolean titled = false;
        while (k < toks.size() && toks.get(k).pos().matches("NOUN|ADJ") && ENTITY_CUES.is("person-title", toks.get(k).lower())) {
            titled = true;
            k++;
        }
        if (!titled || k >= toks.size() || !toks.get(k).text().equals(",")) {
            return null;
        }
        int at = k + 1;
        return args.stream().filter(b -> b.from == at && b.mention.entity().type() == EntityType.Person).findFirst().orElse(null);
    }

    /**
     * The verb of a relative clause right after an event noun whose object the noun is ("a loan that
     * Washington extended", "the aid which Japan pledged"), or -1. The verb must be a support verb of the lexicon.
     */
    private static int relativeSupport(List<Token> toks, List<Arg> args, int trig) {
        int k = trig + 1;
        while (k < toks.size() && k <= trig + 6 && (toks.get(k).lower().equals("of") || toks.get(k).pos().matches("NUM|SYM")
                || toks.get(k).lower().matches("\\$|dollars|euros|pounds|yen|rupees|billion|million"))) {
            k++; // "a loan of 3 billion dollars that Germany extended"
        }
        if (k >= toks.size() || !toks.get(k).lower().matches("that|which")) {
            return -1;
        }
        final int after = k + 1;
        Arg subject = args.stream().filter(a -> a.from == after || a.from == after + 1 && toks.get(after).pos().equals("DET"))
                .findFirst().orElse(null);
        if (subject == null) {
            return -1;
        }
        for (int v = subject.to; v < Math.min(toks.size(), subject.to + 4); v++) {
            Token t = toks.get(v);
            if (t.pos().equals("VERB")) {
                return CUES.is("support-verb", t.lower()) ? v : -1;
            }
            if (!t.pos().matches("AUX|ADV|PART")) {
                return -1;
            }
        }
        return -1;
    }

    /** A preposition governs the name through capitalized titles: "by President X", "with Chancellor X". */
    private static boolean prepBeforeTitles(List<Token> toks, int argFrom) {
        int k = argFrom - 1;
        int titles = 0;
        while (k >= 0 && titles < 4 && Character.isUpperCase(toks.get(k).text().charAt(0))
                && toks.get(k).pos().matches("PROPN|NOUN") && ENTITY_CUES.is("person-title", toks.get(k).lower())) {
            titles++;
            k--;
        }
        return titles > 0 && k >= 0 && toks.get(k).pos().equals("ADP") && CUES.is("preposition", toks.get(k).lower());
    }

    /**
     * The "that"/"which" opening a relative clause that ends right before the verb {@code trig} ("helicopters that
     * Poland is buying from the United States arrived"), or -1.
     */
    private static int relativeBefore(List<Token> toks, int trig) {
        boolean verbSeen = false;
        for (int k = trig - 1; k >= Math.max(0, trig - 12); k--) {
            Token t = toks.get(k);
            if (t.lower().matches("that|which")) {
                return verbSeen && k > 0 && toks.get(k - 1).pos().equals("NOUN") ? k : -1;
            }
            if (t.text().equals(",") || CUES.is("clause-break", t.lower()) || attributionLike(t)) {
                return -1;
            }
            if (t.pos().equals("VERB")) {
                verbSeen = true;
            }
        }
        return -1;
    }

    /** The "that"/"which" after a noun that opens the relative clause holding the verb {@code trig}, or -1. */
    private static int relativeOpener(List<Token> toks, int trig) {
        for (int k = trig - 1; k >= Math.max(1, trig - 6); k--) {
            Token t = toks.get(k);
            if (t.lower().matches("that|which")) {
                return toks.get(k - 1).pos().equals("NOUN") ? k : -1;
            }
            if (t.pos().equals("VERB") || t.text().equals(",")) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean attributionLike(Token t) {
        return CUES.is("report-verb", t.lower());
    }

    /**
     * "X signed the agreement with Y after talks": a meeting noun with no parties of its own, tied to the clause by
     * "after", "before", "during"..., was held by the parties of the clause's event.
     */
    private static void shareParties(List<Frame> frames, List<Token> toks) {
        for (Frame f : frames) {
            if (f.eventClass != EventClass.Meeting || f.entry.verb() || f.participantCount() - roleCount(f, Role.location) >= 2) {
                continue;
            }
            int k = f.trigger - 1;
            while (k >= 0 && toks.get(k).pos().matches("DET|ADJ")) {
                k--;
            }
            if (k < 0 || !CUES.is("circumstance-prep", toks.get(k).lower())) {
                continue;
            }
            for (Frame g : frames) {
                if (g == f || !g.entry.verb() || g.trigger > f.trigger
                        || g.participantCount() - roleCount(g, Role.location) - roleCount(g, Role.treaty) < 2) {
                    continue;
                }
                for (Role r : List.of(Role.agent, Role.participant, Role.recipient)) {
                    g.roles.getOrDefault(r, new LinkedHashSet<>()).forEach(e -> f.add(Role.participant, e));
                }
                g.roles.getOrDefault(Role.location, new LinkedHashSet<>()).forEach(e -> f.add(Role.location, e));
                break;
            }
        }
    }

    private static int roleCount(Frame f, Role r) {
        return f.roles.getOrDefault(r, new LinkedHashSet<>()).size();
    }

    /** The person whose apposition holds the noun: "Hegseth, on a two-day visit, met": Hegseth; else null. */
    private static Arg appositionOwner(List<Token> toks, List<Arg> args, int trig) {
        for (int k = trig - 1; k >= Math.max(1, trig - 7); k--) {
            Token t = toks.get(k);
            if (t.text().equals(",")) {
                final int end = k;
                return args.stream().filter(a -> a.to == end && a.mention.entity().type() == EntityType.Person)
                        .findFirst().orElse(null);
            }
            if (t.lower().equals("who") && k > 1 && toks.get(k - 1).text().equals(",")) {
                // "Haque, who is on a three-day visit to Malaysia, met": the person the relative clause describes
                return relativeAntecedent(toks, args, k);
            }
            if (!t.pos().matches("ADP|DET|ADJ|NUM|NOUN|AUX") && !t.text().equals("-")) {
                return null;
            }
        }
        return null;
    }

    /** A "when" clause opens between the trigger and the entity: it tells the circumstances of the event. */
    private static boolean whenBetween(List<Token> toks, int trig, int argFrom) {
        for (int k = trig + 1; k < argFrom; k++) {
            if (toks.get(k).lower().equals("when")) {
                return true;
            }
        }
        return false;
    }

    /** A preposition before lower-case adjectives and a determiner governs the entity: "in western Afghanistan". */
    private static boolean governedThroughModifiers(List<Token> toks, int argFrom) {
        int k = argFrom - 1;
        while (k >= 0 && argFrom - k <= 3 && (toks.get(k).pos().equals("DET")
                || toks.get(k).pos().equals("ADJ") && Character.isLowerCase(toks.get(k).text().charAt(0)))) {
            k--;
        }
        return k >= 0 && k < argFrom - 1 && CUES.is("preposition", toks.get(k).text());
    }

    /** "gunmen from the X gang", "fighters of X": the group whose people are the subject acts through them. */
    private static boolean memberOf(List<Token> toks, Arg a) {
        int k = a.from - 1;
        if (k >= 0 && toks.get(k).pos().equals("DET")) {
            k--;
        }
        return k >= 1 && toks.get(k).lower().matches("from|of") && CUES.is("member-noun", toks.get(k - 1).lower());
    }

    /**
     * "Peru's president arrived", "Kenya's foreign minister has arrived": the subject is a state's (or an
     * organization's) office-holder, a person even when unnamed.
     */
    private static boolean ownedTitleBefore(List<Token> toks, int trig) {
        int k = trig - 1;
        while (k >= 0 && toks.get(k).pos().matches("AUX|ADV")) {
            k--; // "has arrived", "finally arrived"
        }
        boolean titled = false;
        for (int n = 0; k >= 0 && n < 4; k--, n++) {
            Token t = toks.get(k);
            if (t.text().matches("['’]s?") || t.text().matches(".+['’]s")) {
                return titled;
            }
            if (!t.pos().matches("ADJ|NOUN|PROPN")) {
                return false;
            }
            titled |= ENTITY_CUES.is("person-title", t.lower());
        }
        return false;
    }

    /**
     * "Kenyan-Ugandan trade", "the Russia-Ukraine talks": two states (names or demonyms) joined by a hyphen right
     * before a noun of a two-sided event are its two sides; none when the noun has no such pair before it.
     */
    private static List<Arg> hyphenedPairBefore(List<Token> toks, List<Arg> args, int trig) {
        Arg second = null;
        for (Arg a : args) {
            if (a.to == trig && a.mention.entity().type() == EntityType.State) {
                second = a;
            }
        }
        if (second == null) {
            return List.of();
        }
        for (Arg first : args) {
            if (first.mention.entity().type() != EntityType.State || first.mention.entity().equals(second.mention.entity())) {
                continue;
            }
            boolean glued = first.to == second.from && toks.get(second.from).text().startsWith("-"); // "Kenyan" "-Ugandan"
            boolean dashed = first.to + 1 == second.from && toks.get(first.to).text().equals("-"); // "US" "-" "China"
            if (glued || dashed) {
                return List.of(first, second);
            }
        }
        return List.of();
    }

    /** Classes whose object is a party to the event itself: whom one meets or visits. */
    private static final Set<EventClass> MEETING_PARTIES = Set.of(EventClass.Meeting, EventClass.Visit);

    /**
     * "met Togo's president", "received Peru's foreign minister": a title owned by the possessor, naming no one
     * after it. The one met stands for that state (or organization), which so takes part in the meeting.
     */
    private static boolean titleAfterPossessor(List<Token> toks, Arg a) {
        int k = a.to;
        if (k < toks.size() && toks.get(k).text().matches("['’]s?")) {
            k++;
        }
        for (int n = 0; k < toks.size() && n < 4; k++, n++) {
            Token t = toks.get(k);
            if (ENTITY_CUES.is("person-title", t.lower())) {
                return true;
            }
            if (!t.pos().matches("ADJ|NOUN|PROPN")) {
                return false;
            }
        }
        return false;
    }

    /** "Russia's" / "Russia’s": the entity owns what follows. */
    private static boolean possessor(List<Token> toks, Arg a) {
        Token last = toks.get(a.to - 1);
        String rest = last.text().substring(Math.min(last.text().length(), a.mention.end() - last.begin()));
        String next = a.to < toks.size() ? toks.get(a.to).text() : "";
        return rest.matches("['’]s?") || next.matches("['’]s?");
    }

    /** A person named right after a possessed title: "Russia's defence minister, Sergei Shoigu". */
    private static boolean personInApposition(List<Token> toks, List<Arg> args, Arg owner) {
        for (Arg a : args) {
            if (a.from <= owner.from || a.mention.entity().type() != EntityType.Person) {
                continue;
            }
            for (int k = owner.to; k < a.from; k++) {
                if (!toks.get(k).pos().matches("NOUN|ADJ|ADV|PROPN|PUNCT|PART")) {
                    return false;
                }
            }
            return a.from - owner.to <= 8;
        }
        return false;
    }

    /** The name in apposition after a possessed title: "invited Russia's defence minister, Sergei Shoigu". */
    private static boolean appositionAfterPossessor(List<Token> toks, List<Arg> args, int trig, Arg a) {
        for (Arg o : args) {
            if (o.from > trig && o.from < a.from && possessor(toks, o) && directlyAfter(toks, trig, o.from)
                    && personInApposition(toks, args, o)) {
                return args.stream().filter(x -> x.from > o.from && x.mention.entity().type() == EntityType.Person)
                        .findFirst().map(x -> x == a).orElse(false);
            }
        }
        return false;
    }

    /** Only a possessive, determiners, adjectives and nouns stand between {@code from} and the trigger. */
    private static boolean adjacentModifier(List<Token> toks, int from, int trig) {
        for (int k = from; k < trig; k++) {
            Token t = toks.get(k);
            boolean possessive = t.text().equals("'s") || t.text().equals("’s") || t.text().equals("'")
                    || t.text().equals("’") || t.pos().equals("PART") && t.lower().endsWith("s");
            // "Lee's two-day visit": the hyphen of a compound modifier
            boolean hyphen = t.text().equals("-") && k > from && k + 1 < trig;
            if (!possessive && !hyphen && !t.pos().matches("ADJ|NOUN|NUM")) {
                return false;
            }
        }
        return trig - from <= 5;
    }

    /**
     * "the Pentagon said that it had sent ...": a pronoun subject refers back to the nearest fitting
     * entity before it in the sentence ("it" a state or organization, "he"/"she" a person).
     */
    private static Arg pronounAntecedent(List<Token> toks, List<Arg> args, int trig) {
        int pronoun = -1;
        for (int k = trig - 1; k >= Math.max(0, trig - 4); k--) {
            if (toks.get(k).pos().equals("PRON") && toks.get(k).lower().matches("it|they|he|she")) {
                pronoun = k;
                break;
            }
            if (!toks.get(k).pos().matches("AUX|ADV|PART")) {
                break;
            }
        }
        if (pronoun < 0) {
            return null;
        }
        boolean person = toks.get(pronoun).lower().matches("he|she");
        Arg best = null;
        for (Arg a : args) {
            EntityType type = a.mention.entity().type();
            boolean fits = person ? type == EntityType.Person
                    : type == EntityType.State || type == EntityType.Organization;
            if (a.to <= pronoun && fits && a.mention.kind() != MentionKind.DEMONYM
                    && (a.from == 0 || !CUES.is("preposition", toks.get(a.from - 1).text()))) {
                best = a;
            }
        }
        return best;
    }

    /**
     * "Egyptian workers", "5,000 Egyptian seasonal farm workers": a worker noun follows the demonym, after at most three
     * modifiers.
     */
    private boolean workerNounAfter(List<Token> toks, Arg a) {
        for (int k = a.to; k < Math.min(toks.size(), a.to + 4); k++) {
            Token t = toks.get(k);
            if (lexicon.themeClass(t.text()) == EventClass.LaborMigration) {
                return true;
            }
            if (!t.pos().matches("ADJ|NOUN") && !t.text().equals("-")) {
                return false;
            }
        }
        return false;
    }

    /** A demonym right before a moved thing or a trigger noun: "North Korean troops", "North Korean laborers". */
    private boolean ownsTheme(List<Token> toks, Arg a) {
        if (a.mention.kind() != MentionKind.DEMONYM || a.to >= toks.size()) {
            return false;
        }
        String next = toks.get(a.to).text();
        return lexicon.themeClass(next) != null || !lexicon.entriesFor(next).isEmpty();
    }

    /** True when the token sits between two commas that open with a determiner: ", the leader of X,". */
    private static boolean insideApposition(List<Token> toks, int k, int trig) {
        int open = -1;
        for (int j = k - 1; j >= 0; j--) {
            if (toks.get(j).text().equals(",")) {
                open = j;
                break;
            }
        }
        if (open < 0 || open + 1 >= toks.size() || !toks.get(open + 1).pos().equals("DET")) {
            return false;
        }
        for (int j = k + 1; j < trig; j++) {
            if (toks.get(j).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A transfer told as a participle after its noun whose main verb is an arrival ("rice donated by China
     * arrived in ..."): the arrival verb's entry, else null.
     */
    private EventLexicon.Entry arrivalAfterParticiple(List<Token> toks, int trig, int argFrom) {
        if (trig == 0 || !toks.get(trig - 1).pos().equals("NOUN") || toks.get(trig).lower().endsWith("ing")) {
            return null;
        }
        int v = nextVerb(toks, trig, argFrom);
        if (v < 0 || newPredicateBetween(toks, v, argFrom)) {
            return null;
        }
        return lexicon.entriesFor(toks.get(v).text()).stream()
                .filter(e -> e.verb() && e.byTheme() && CUES.is("arrival-verb", toks.get(v).lower())).findFirst().orElse(null);
    }

    private static int nextVerb(List<Token> toks, int trig, int before) {
        for (int k = trig + 1; k < before; k++) {
            if (toks.get(k).pos().equals("VERB")) {
                return k;
            }
        }
        return -1;
    }

    /** "territories lost to Ukraine", "to support its war": a new predicate starts before the entity. */
    private static boolean newPredicateBetween(List<Token> toks, int trig, int argFrom) {
        for (int k = trig + 1; k < argFrom; k++) {
            Token t = toks.get(k);
            if (!t.pos().equals("VERB") || CUES.is("list-preposition", t.lower())) {
                continue; // "..., including X": a list goes on, no new predicate starts
            }
            if (t.lower().endsWith("ed") && k + 1 < toks.size() && toks.get(k + 1).pos().equals("NOUN")
                    && toks.get(k - 1).pos().matches("ADP|DET")) {
                continue; // "aid for displaced families in Gaza": a participle before its noun is a modifier
            }
            String before = toks.get(k - 1).pos();
            if (!before.matches("DET|ADJ|ADV|CCONJ") || toks.get(k - 1).lower().equals("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The preposition before an entity, looking through "the (western) city of", "the port of": "a strike on
     * the city of Lviv" is a strike on Lviv. Empty when there is none.
     */
    private static String placePrepBefore(List<Token> toks, int argFrom) {
        int k = argFrom - 1;
        if (k >= 1 && toks.get(k).text().matches(".+['’]s|['’]s?") && toks.get(k).pos().matches("PROPN|PART|NOUN")) {
            k -= toks.get(k).text().length() <= 2 ? 2 : 1; // "in Somalia's Gedo region": the place is in the possessor's land
        }
        while (k >= 1 && toks.get(k).pos().equals("ADJ") && Character.isLowerCase(toks.get(k).text().charAt(0))
                && argFrom - k <= 3) {
            k--; // "in western Afghanistan", "in northern Gaza"
        }
        if (k >= 1 && toks.get(k).lower().equals("of") && CUES.is("place-noun", toks.get(k - 1).lower())) {
            k -= 2;
            while (k >= 0 && toks.get(k).pos().matches("DET|ADJ")) {
                k--;
            }
        }
        return k >= 0 && toks.get(k).pos().matches("ADP|SCONJ") ? toks.get(k).lower() : ""; // the tagger may call "in" SCONJ
    }

    private static String governingPrep(List<Token> toks, int argFrom, int trig) {
        for (int k = argFrom - 1; k > trig; k--) {
            Token t = toks.get(k);
            if (t.lower().equals("of") && k - 1 > trig && CUES.is("place-noun", toks.get(k - 1).lower())) {
                k--; // "at the port of Colombo": the preposition before the port governs the place
                continue;
            }
            if (t.lower().equals("of") && k - 1 > trig && CUES.is("direction", toks.get(k - 1).lower())) {
                return "near"; // "in Lusail, north of Doha": a bearing from a place is near it
            }
            if (t.lower().matches("about|around|over|under|nearly|some|least|at") && k + 1 < toks.size()
                    && toks.get(k + 1).pos().equals("NUM") || t.lower().equals("at") && k + 1 < toks.size()
                    && toks.get(k + 1).lower().equals("least")) {
                continue; // "barred about 5,000 Pakistanis": "about" qualifies the figure, it governs nothing
            }
            if (t.lower().equals("of") && k - 1 > trig && toks.get(k - 1).lower().matches("tens|dozens|scores|hundreds|thousands|millions")) {
                continue; // "deported thousands of Ethiopian workers": the "of" belongs to the vague figure
            }
            if (qualifierBeforeNumber(toks, k, argFrom) && t.lower().matches("than|to|up|as|many|more")) {
                continue; // "more than 300 Belarusian firms", "up to 20,000 Pakistani workers": no preposition either
            }
            if (t.pos().equals("ADP") && CUES.is("preposition", t.lower()) || t.pos().equals("PART") && t.lower().equals("to")
                    || CUES.is("list-preposition", t.lower())) {
                return t.lower();
            }
            if (t.lower().equals("near") && t.pos().matches("ADJ|ADV")) {
                return "near"; // "shot dead near/ADJ the village of X": the tagger takes "near" for an adjective
            }
            // "on RSF leader Mohamed Dagalo": titles and modifiers stand between a preposition and its entity
            // ("army" in "Ethiopian army chief" is sometimes tagged ADP: a word that is no preposition is a modifier)
            // "with her Qatari counterpart": a possessive pronoun stands between the preposition and its party
            if (!t.pos().matches("DET|ADJ|NUM|PROPN|NOUN|ADP") && !t.text().equals("'s") && !t.text().equals("’s")
                    && !t.lower().matches("his|her|its|their")) {
                return null;
            }
        }
        return null;
    }

    private static boolean coordinated(List<Token> toks, int argFrom) {
        int k = argFrom - 1;
        int titles = 0;
        // "Kim and Russian President Vladimir Putin": skip the determiner and a title before the name
        while (k >= 0 && (toks.get(k).pos().equals("DET") || titles < 4 && Character.isUpperCase(toks.get(k).text().charAt(0))
                && toks.get(k).pos().matches("PROPN|ADJ|NOUN"))) {
            titles++;
            k--;
        }
        return k >= 0 && (toks.get(k).text().equals(",") || toks.get(k).pos().equals("CCONJ"));
    }

    /**
     * "met Sudanese army chief X", "met the country's foreign minister X": a person after a lower-case title
     * phrase is still the verb's object. Every word between is a determiner, adjective, capitalized word or
     * common noun, and the last common noun before the name is a person title (data: entity/cues.tsv).
     */
    private static boolean titledPersonNext(List<Token> toks, List<Arg> args, Arg demonym) {
        for (Arg b : args) {
            if (b.from >= demonym.to) {
                return b.mention.entity().type() == EntityType.Person && titledPersonAfter(toks, demonym.to - 1, b.from);
            }
        }
        return false;
    }

    private static boolean titledPersonAfter(List<Token> toks, int trig, int argFrom) {
        boolean titled = false;
        for (int k = trig + 1; k < argFrom; k++) {
            Token t = toks.get(k);
            if (t.text().equals(",") && k == argFrom - 1 && titled) {
                continue; // "sanctioned the RSF commander, Mohamed Dagalo": the name in apposition to the title
            }
            boolean mistagged = t.pos().equals("ADP") && !CUES.is("preposition", t.lower()); // "army/ADP chief"
            if (!t.pos().matches("DET|ADJ|NOUN|PROPN|PART") && !mistagged && !t.lower().matches("his|her|its|their")) {
                return false;
            }
            if (t.pos().equals("NOUN") || mistagged) {
                titled = ENTITY_CUES.is("person-title", t.lower());
            } else if (t.pos().equals("PROPN") && ENTITY_CUES.is("person-title", t.lower())) {
                titled = true; // "meet Russian Foreign Minister X": a capitalized title
            }
        }
        return titled;
    }

    private static boolean directlyAfter(List<Token> toks, int trig, int argFrom) {
        for (int k = trig + 1; k < argFrom; k++) {
            Token t = toks.get(k);
            boolean title = Character.isUpperCase(t.text().charAt(0)) && (t.pos().matches("PROPN|NOUN|ADJ")
                    || t.pos().equals("ADP") && !CUES.is("preposition", t.lower())); // "met Philippine President X", "Foreign/ADP"
            // "deported thousands of Ethiopian workers": a vague figure and its "of"
            boolean vague = t.lower().matches("tens|dozens|scores|hundreds|thousands|millions")
                    || t.lower().equals("of") && k > trig + 1 && toks.get(k - 1).lower().matches("tens|dozens|scores|hundreds|thousands|millions");
            boolean possessive = t.lower().matches("his|her|its|their"); // "met his German counterpart"
            boolean approx = t.lower().matches("about|around|some|nearly|almost|roughly|approximately|over|least|at")
                    || qualifierBeforeNumber(toks, k, argFrom); // "sanctioned more than 300 Belarusian firms"
            if (!t.pos().matches("DET|ADJ|NUM") && !title && !possessive && !approx && !vague && !t.text().equals(".")) {
                return false;
            }
        }
        return true;
    }

    private int clauseEnd(List<Token> toks, int trig) {
        int fronted = frontedPhraseEnd(toks);
        if (trig < fronted) {
            return fronted; // "During his visit to Hanoi, Modi met ...": the fronted phrase ends at its comma
        }
        for (int k = trig + 1; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (t.text().equals(",") && reporterFollows(toks, k)) {
                return k; // "..., Ukraine's general staff said."
            }
            if (CUES.is("clause-break", t.text()) && !t.lower().equals("that")) {
                return k;
            }
            if (t.text().equals(",") && k + 1 < toks.size() && toks.get(k + 1).pos().equals("VERB")
                    && !CUES.is("list-preposition", toks.get(k + 1).lower())) {
                return k; // (", including X" goes on listing the clause's parties)
            }
            if (t.text().equals(",") && k + 2 < toks.size() && toks.get(k + 1).pos().equals("CCONJ")
                    && toks.get(k + 2).pos().equals("DET")) {
                return k; // ", and a summit ...": a new clause
            }
        }
        return toks.size();
    }

    private boolean reporterFollows(List<Token> toks, int comma) {
        for (int k = comma + 1; k < Math.min(toks.size(), comma + 8); k++) {
            if (attribution.isActiveReport(toks, k)) {
                return toks.size() - k <= 4; // a trailing attribution closes the sentence: ", officials said."
            }
            if (toks.get(k).pos().equals("VERB") || toks.get(k).text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The comma that closes a phrase fronted before the main clause ("In Nairobi, ...", "On Wednesday, ...",
     * "During his visit to Hanoi, ..."), or -1 when the sentence does not open with a preposition.
     */
    private static int frontedPhraseEnd(List<Token> toks) {
        if (toks.isEmpty() || !toks.get(0).pos().matches("ADP|SCONJ") || !CUES.is("preposition", toks.get(0).lower())) {
            return -1;
        }
        for (int k = 1; k < Math.min(toks.size(), 16); k++) {
            if (toks.get(k).text().equals(",")) {
                return k;
            }
            if (toks.get(k).pos().equals("VERB") && !toks.get(k).lower().endsWith("ing")) {
                return -1; // "In 2023 Kenya sent ...": no comma, the phrase runs into the clause
            }
        }
        return -1;
    }

    /** "In Nairobi, Ruto met ...": the place of a fronted phrase is where the clause after it happened. */
    private static Arg frontedPlace(List<Token> toks, List<Arg> args, int trig, EventClass c) {
        int comma = frontedPhraseEnd(toks);
        if (comma < 0 || trig < comma || !toks.get(0).lower().matches("in|at|inside|near|outside|during|after|while|on")) {
            return null;
        }
        for (Arg a : args) {
            EntityType type = a.mention.entity().type();
            boolean place = type == EntityType.Place || type == EntityType.State && c == EventClass.Casualty;
            // "During his visit to Hanoi, ...": the place visited is where the clause after it happened
            boolean governed = a.from > 0 && toks.get(a.from - 1).lower().matches("in|at|to|inside|near|outside");
            if (a.to <= comma && place && governed && a.mention.kind() != MentionKind.DEMONYM) {
                return a;
            }
        }
        return null;
    }

    private static int endOffset(List<Token> toks, int clauseEnd) {
        return clauseEnd >= toks.size() ? toks.get(toks.size() - 1).end() : toks.get(clauseEnd).begin();
    }

    private static String window(List<Token> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < Math.min(to, toks.size()); k++) {
            sb.append(toks.get(k).lower()).append(' ');
        }
        return sb.toString();
    }

    /** "participated in imposing sanctions": the tagger may call a gerund after a preposition ADJ or NOUN. */
    private static boolean isGerund(List<Token> toks, int i) {
        Token t = toks.get(i);
        return i > 0 && t.lower().endsWith("ing") && t.pos().matches("ADJ|NOUN") && toks.get(i - 1).pos().equals("ADP");
    }

    /** "400,000 Nepalis work in Qatar": the tagger may call "work" after a plural subject a noun. */
    private static boolean verbTaggedNoun(List<Token> toks, int i) {
        Token t = toks.get(i);
        return t.pos().equals("NOUN") && t.lower().matches("work|live") && i > 0 && i + 1 < toks.size()
                && toks.get(i - 1).pos().matches("PROPN|NOUN") && toks.get(i - 1).lower().endsWith("s")
                && toks.get(i + 1).lower().matches("in|for|as|abroad");
    }

    /**
     * "The EU imposed similar sanctions": the tagger may call a past tense ADP. No "-ed" word is a preposition
     * between a noun and the words of a noun phrase ("provided that", "granted the" after a comma stay out).
     */
    private static boolean verbTaggedAdposition(List<Token> toks, int i) {
        Token t = toks.get(i);
        return t.pos().equals("ADP") && t.lower().endsWith("ed") && i > 0 && i + 1 < toks.size()
                && toks.get(i - 1).pos().matches("PROPN|NOUN|PRON")
                && toks.get(i + 1).pos().matches("ADJ|NOUN|NUM|DET|PROPN") && !toks.get(i + 1).lower().equals("that");
    }

    private static boolean isVerbLike(Token t) {
        return t.pos().equals("VERB") || t.pos().equals("AUX") && !BE.contains(t.lower());
    }

    /** "were sent", "had been killed and wounded", "being shipped"; not "is receiving". */
    private static boolean isPassive(List<Token> toks, int trig) {
        if (toks.get(trig).lower().endsWith("ing")) {
            return false;
        }
        for (int k = trig - 1; k >= Math.max(0, trig - 5); k--) {
            Token t = toks.get(k);
            if (BE.contains(t.lower())) {
                return true;
            }
            boolean chain = t.pos().equals("CCONJ") || t.pos().equals("VERB") && k + 1 < trig
                    && toks.get(k + 1).pos().equals("CCONJ");
            if (!t.pos().matches("ADV|AUX|PART") && !chain) {
                return false;
            }
        }
        return false;
    }
}
