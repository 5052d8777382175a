package org.newskg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newskg.entity.Entity;
import org.newskg.entity.EntityType;
import org.newskg.event.EventClass;
import org.newskg.event.EventLexicon;
import org.newskg.event.EventMention;
import org.newskg.event.Modality;
import org.newskg.event.Role;
import org.newskg.event.TimeValue;

/** Which mentions of one article are told as one event. */
class EventFusionTest {
    private static final EventFusion FUSION = new EventFusion(EventLexicon.loadDefault());
    private static final Entity JAPAN = new Entity("Q17", EntityType.State, "Japan", "Q17");
    private static final Entity KENYA = new Entity("Q114", EntityType.State, "Kenya", "Q114");

    private static final Entity CHILE = new Entity("Q298", EntityType.State, "Chile", "Q298");
    private static final Entity BORIC = new Entity("person-gabriel-boric", EntityType.Person, "Gabriel Boric", null);
    private static final Entity LULA = new Entity("person-lula", EntityType.Person, "Lula", null);

    private static EventMention meeting(Map<Role, List<Entity>> parties, TimeValue time, int sentence) {
        return new EventMention(EventClass.Meeting, parties, List.of(), List.of(), time, sentence, sentence * 100,
                sentence * 100 + 90, sentence * 100 + 5, sentence * 100 + 12, null, null, Modality.Asserted, "meet.v", 0.8);
    }

    private static EventMention aid(Map<Role, List<Entity>> parties, TimeValue time, int sentence) {
        return new EventMention(EventClass.Aid, parties, List.of("rice"), List.of(), time, sentence, sentence * 100,
                sentence * 100 + 90, sentence * 100 + 5, sentence * 100 + 12, null, null, Modality.Asserted, "transfer.v", 0.8);
    }

    @Test
    void aPartialAccountJoinsTheFullerOneOfTheSameYearOnly() {
        EventMention full = aid(Map.of(Role.agent, List.of(JAPAN), Role.recipient, List.of(KENYA)),
                new TimeValue("on Monday", "2025-03-10", "date"), 0);
        EventMention sameYear = aid(Map.of(Role.agent, List.of(JAPAN)), null, 1);
        EventMention otherYear = aid(Map.of(Role.agent, List.of(JAPAN)), new TimeValue("in 2019", "2019", "gYear"), 2);
        Map<EventMention, String> keys = FUSION.keys(List.of(full, sameYear, otherYear));
        assertEquals(keys.get(full), keys.get(sameYear), "an undated partial retelling joins the full account");
        assertNotEquals(keys.get(full), keys.get(otherYear), "a gift told in another year is another gift");
    }

    @Test
    void aMeetingRetoldWithFewerPartiesJoinsTheFullerAccountOfItsYear() {
        EventMention full = meeting(Map.of(Role.participant, List.of(CHILE, KENYA, BORIC)),
                new TimeValue("on Monday", "2025-03-10", "date"), 0);
        EventMention oneSide = meeting(Map.of(Role.participant, List.of(CHILE, BORIC)), null, 1);
        EventMention otherPeople = meeting(Map.of(Role.participant, List.of(BORIC, LULA)), null, 2);
        EventMention earlier = meeting(Map.of(Role.participant, List.of(CHILE, BORIC)),
                new TimeValue("in 2019", "2019", "gYear"), 3);
        Map<EventMention, String> keys = FUSION.keys(List.of(full, oneSide, otherPeople, earlier));
        assertEquals(keys.get(full), keys.get(oneSide), "the same meeting told naming one side");
        assertNotEquals(keys.get(full), keys.get(otherPeople), "a party the fuller account lacks: another meeting");
        assertNotEquals(keys.get(full), keys.get(earlier), "a meeting told in another year is another meeting");
    }

    @Test
    void aLeaderMeetingPeopleOfNoKnownStateIsKeyedByThePeople() {
        EventMention withBoric = meeting(Map.of(Role.participant, List.of(CHILE, BORIC)), null, 0);
        EventMention withLula = meeting(Map.of(Role.participant, List.of(CHILE, LULA)), null, 5);
        assertNotEquals(FUSION.key(withBoric), FUSION.key(withLula), "one state alone does not identify a meeting");
        assertEquals("Gabriel Boric meets Lula", FUSION.label(meeting(Map.of(Role.participant, List.of(CHILE, BORIC, LULA)), null, 0)));
    }
}
