package org.newskg.event;

import static org.newskg.event.EventFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.entity.Entity;

/** The event stage through the real pipeline, on short texts written for these tests. */
class EventExtractorTest {

    @Test
    void aDeploymentWithItsFigureAndDestination() {
        EventMention e = first(events("Iran has sent about 1,500 troops to Syria, officials said."), EventClass.Deployment)
                .orElseThrow();
        assertEquals(List.of("Q794"), keys(e, Role.agent));
        assertEquals(List.of("Q858"), keys(e, Role.recipient));
        Quantity q = e.quantities().get(0);
        assertEquals(0, q.value().compareTo(new BigDecimal("1500")));
        assertEquals("troops", q.unit());
        assertEquals(Qualifier.Approximately, q.qualifier());
        assertEquals("officials", e.attributedTo());
        assertEquals("transfer.v", e.rule());
    }

    @Test
    void aPassiveSubjectTakesTheFirstObjectRoleThatFits() {
        // visit.v lists its object role as "recipient|location": the passive subject must pick one of them
        EventMention visit = first(events("Kenya was visited by Indian Prime Minister Narendra Modi on Monday."), EventClass.Visit)
                .orElseThrow();
        assertEquals(List.of("Q114"), keys(visit, Role.recipient));
        assertTrue(keys(visit, Role.agent).contains("Q1058"), "the agent of a passive comes after 'by'");
    }

    @Test
    void aPersonAfterALowerCaseTitlePhraseIsTheObject() {
        EventMention meeting = first(events("Kenyan President William Ruto met Ethiopian army chief Birhanu Jula in "
                + "Nairobi on Tuesday."), EventClass.Meeting).orElseThrow();
        List<String> labels = meeting.participants().getOrDefault(Role.participant, List.of()).stream()
                .map(Entity::label).toList();
        assertTrue(labels.contains("Birhanu Jula"), "the person met: " + meeting.participants());
        assertTrue(labels.contains("William Ruto"), "the one who met: " + meeting.participants());
    }

    @Test
    void whatIsMovedDecidesTheClass() {
        List<EventMention> es = events("Belarus supplied artillery shells and fuel to Russia.");
        EventMention arms = first(es, EventClass.ArmsTransfer).orElseThrow();
        assertTrue(arms.items().contains("artillery shells"), arms.items().toString());
        assertEquals(List.of("Q184"), keys(arms, Role.agent));
        assertTrue(first(es, EventClass.Aid).isPresent(), "fuel is aid");
    }

    @Test
    void aPassiveNamesItsAgentAfterBy() {
        EventMention e = first(events("Drones were supplied to Russia by Iran last year."), EventClass.ArmsTransfer)
                .orElseThrow();
        assertEquals(List.of("Q794"), keys(e, Role.agent));
        assertEquals(List.of("Q159"), keys(e, Role.recipient));
        assertEquals("2024", e.time().value());
        assertEquals("gYear", e.time().datatype());
    }

    @Test
    void aPaymentWithARate() {
        EventMention e = first(events("Syria pays Iran $3,000 per month for each adviser."), EventClass.Payment).orElseThrow();
        Quantity q = e.quantities().get(0);
        assertEquals("USD", q.currency());
        assertEquals("P1M", q.per());
        assertEquals(List.of("Q858"), keys(e, Role.agent));
        assertEquals(List.of("Q794"), keys(e, Role.recipient));
    }

    @Test
    void aSigningOfAnUnnamedAgreementByTwoStates() {
        EventMention e = first(events("Kenya and Ethiopia signed a water sharing agreement in Nairobi on Monday."),
                EventClass.TreatySigning).orElseThrow();
        assertTrue(keys(e, Role.agent).containsAll(List.of("Q114", "Q115")), e.participants().toString());
        assertEquals(0, keys(e, Role.treaty).size(), "a kind of agreement names no treaty entity: the parties key the signing");
        assertEquals("2025-03-10", e.time().value());
        assertEquals("Q3870", keys(e, Role.location).get(0));
    }

    @Test
    void aMeetingAndAVisit() {
        List<EventMention> es = events("Xi Jinping travelled to Moscow and met Vladimir Putin at the Kremlin.");
        EventMention visit = first(es, EventClass.Visit).orElseThrow();
        // the head of state visits, and his state with him
        assertEquals(List.of("Q15031", "Q148"), keys(visit, Role.agent));
        EventMention meeting = first(es, EventClass.Meeting).orElseThrow();
        assertTrue(keys(meeting, Role.participant).containsAll(List.of("Q15031", "Q7747")), meeting.participants().toString());
    }

    @Test
    void sanctionsNeedATarget() {
        EventMention e = first(events("The European Union imposed new sanctions on Belarus in January."), EventClass.Sanction)
                .orElseThrow();
        assertEquals(List.of("Q184"), keys(e, Role.target));
        assertEquals("2025-01", e.time().value());
        assertFalse(first(events("Sanctions have devastated the economy for years."), EventClass.Sanction).isPresent(),
                "a topic is not an event");
    }

    @Test
    void casualtiesAreReportedWithTheirSource() {
        EventMention e = first(events("Dozens of Ukrainian soldiers were reportedly killed near Bakhmut, according to the general staff."),
                EventClass.Casualty).orElseThrow();
        assertEquals(List.of("Q212"), keys(e, Role.target));
        assertEquals("reportedly", e.hedge());
        assertEquals(Modality.Reported, e.modality());
        assertNotNull(e.attributedTo());
    }

    @Test
    void deniedAndHypotheticalEventsAreMarkedNotAsserted() {
        EventMention denied = first(events("Iran denied sending troops to Yemen."), EventClass.Deployment).orElseThrow();
        assertEquals(Modality.Negated, denied.modality());
        EventMention maybe = first(events("Turkey could send troops to Libya."), EventClass.Deployment).orElseThrow();
        assertEquals(Modality.Hypothetical, maybe.modality());
        assertTrue(maybe.confidence() < 0.5);
    }

    @Test
    void aChangeIsDatedByTheFigureItReached() {
        EventMention e = first(events("The number of Filipino workers in Kuwait dropped from 40,000 in 2015 to about 9,000 "
                + "by the end of 2020, officials said."), EventClass.LaborMigration).orElseThrow();
        assertEquals("2020", e.time().value(), "the baseline year of the first figure does not date the event");
        assertEquals(2, e.quantities().size());
    }

    @Test
    void aFigureBeforeTheThingMovedDoesNotHideIt() {
        EventMention arms = first(events("Belarus has reportedly shipped at least 300 drones and dozens of launchers to Sudan."),
                EventClass.ArmsTransfer).orElseThrow();
        assertEquals(List.of("Q184"), keys(arms, Role.agent));
        assertTrue(arms.quantities().stream().anyMatch(q -> q.value() != null && q.value().intValue() == 300));
        EventMention aid = first(events("Japan provided about $2 billion in loans and grants to Kenya last year."), EventClass.Aid)
                .orElseThrow();
        assertEquals(List.of("Q114"), keys(aid, Role.recipient));
        assertEquals("USD", aid.quantities().get(0).currency());
    }

    @Test
    void figuresGoToTheEventThatCountsThem() {
        List<EventMention> es = events("The European Union imposed sanctions on five Belarusian officials and two companies "
                + "accused of supplying drones to Russia.");
        EventMention sanction = first(es, EventClass.Sanction).orElseThrow();
        assertEquals(2, sanction.quantities().size(), sanction.quantities().toString());
        first(es, EventClass.ArmsTransfer).ifPresent(a -> assertTrue(a.quantities().isEmpty(), "firms are not arms"));
    }

    @Test
    void liftingABanIsASanctionEvent() {
        EventMention e = first(events("Canada lifted its ban on arms exports to Turkey last year."), EventClass.Sanction).orElseThrow();
        assertEquals(List.of("Q16"), keys(e, Role.agent));
        assertEquals(List.of("Q43"), keys(e, Role.target));
        EventMention other = first(events("The United States imposed sanctions on Iran's oil exports to China."), EventClass.Sanction)
                .orElseThrow();
        assertEquals(List.of("Q794"), keys(other, Role.target), "the buyer of the exports is not a target");
    }

    @Test
    void aStrikeOnTheCityOfAPlaceHitsItsState() {
        EventMention e = first(events("A Russian missile strike on the eastern city of Kharkiv on Friday killed 12 people "
                + "and wounded 40, the governor said."), EventClass.Casualty).orElseThrow();
        assertEquals(List.of("Q159"), keys(e, Role.agent));
        assertEquals(List.of("Q212"), keys(e, Role.target), "the place's state suffers");
        assertEquals(List.of("Kharkiv"), labels(e, Role.location));
        assertEquals(List.of(12, 40), e.quantities().stream().map(q -> q.value().intValue()).toList(),
                "the figure of the second verb joins the event");
        assertEquals("people", e.quantities().get(1).unit());
    }

    @Test
    void aParticipleAfterACommaSharesTheSubjectOfItsClause() {
        EventMention e = first(events("Indonesian police officers boarded Malaysian fishing boats near the border, "
                + "injuring three Malaysian fishermen."), EventClass.Casualty).orElseThrow();
        assertEquals(List.of("Q252"), keys(e, Role.agent));
        assertEquals(List.of("Q833"), keys(e, Role.target));
    }

    @Test
    void whoFiredTheWeaponCausedTheCasualties() {
        List<EventMention> es = events("Two Nepali workers were killed when a rocket fired by Hezbollah from Lebanon "
                + "hit a farm in northern Israel.");
        EventMention e = first(es, EventClass.Casualty).orElseThrow();
        assertEquals(List.of("Hezbollah"), labels(e, Role.agent));
        // where the rocket came from, and (told in the "when" clause) where it hit and killed
        assertEquals(java.util.Set.of("Lebanon", "Israel"), java.util.Set.copyOf(labels(e, Role.location)));
        assertEquals(List.of("Nepal"), labels(e, Role.target));
        assertFalse(first(es, EventClass.LaborMigration).isPresent(), "workers named without a destination are no migration");
    }

    @Test
    void whereADonationArrivedIsWhereItWent() {
        EventMention e = first(events("A second consignment of wheat donated by Ukraine arrived at the port of Djibouti on Friday."),
                EventClass.Aid).orElseThrow();
        assertEquals(List.of("Q212"), keys(e, Role.agent));
        assertEquals(List.of("Djibouti"), labels(e, Role.recipient));
        assertEquals("2025-03-07", e.time().value());
    }

    @Test
    void laterFiguresOfTheSameMovementJoinTheEvent() {
        List<EventMention> es = events("A first group of 120 Nepali workers arrived in Qatar on Monday. Up to 3,000 more workers "
                + "are expected by June, and officials said the country could take as many as 8,000. The workers will earn "
                + "about 1,200 riyals a month.");
        List<EventMention> moves = es.stream().filter(e -> e.eventClass() == EventClass.LaborMigration).toList();
        assertEquals(1, moves.size(), es.toString());
        assertEquals(List.of(120, 3000, 8000, 1200), moves.get(0).quantities().stream().map(q -> q.value().intValue()).toList());
        assertFalse(events("Iran sent 300 troops to Syria. Tehran has 40 embassies in Africa.").stream()
                .anyMatch(e -> e.quantities().size() > 1), "a count of something else stays out");
    }

    @Test
    void peopleBarredFromWorkAreALabourMigration() {
        EventMention e = first(events("Oman barred about 5,000 Pakistanis from Muscat who had worked in the ports."),
                EventClass.LaborMigration).orElseThrow();
        assertEquals(List.of("Oman"), labels(e, Role.agent));
        assertEquals(List.of("Pakistan"), labels(e, Role.target));
        assertEquals(5000, e.quantities().get(0).value().intValue());
        assertFalse(first(events("Oman barred about 5,000 Pakistanis from entering the country."), EventClass.LaborMigration)
                .isPresent(), "without work it is no labour migration");
    }

    @Test
    void theShipmentGoesOnAboutTheTransferJustTold() {
        List<EventMention> es = events("Japan donated 5,000 tons of rice to Kenya last month. The shipment of 2,000 tons "
                + "was handed over to Kenya's agriculture ministry on Monday, officials said.");
        List<EventMention> aid = es.stream().filter(e -> e.eventClass() == EventClass.Aid).toList();
        assertEquals(2, aid.size(), es.toString());
        EventMention second = aid.get(1);
        assertEquals(List.of("Q17"), keys(second, Role.agent), "the giver of the shipment told before");
        assertEquals(List.of("Q114"), keys(second, Role.recipient));
        assertEquals(2000, second.quantities().get(0).value().intValue());
        assertTrue(events("The shipment was handed over to Kenya on Monday.").isEmpty(), "nothing told before: no event");
    }

    @Test
    void aGiftWithOnlyAGiverAndNoFigureIsATopic() {
        assertFalse(first(events("Turkey has become Azerbaijan's closest partner, providing critical goods and technologies."),
                EventClass.Aid).isPresent());
        // a figure without anyone who receives it tells no flow (measured: such events were receivers missed, not facts)
        assertFalse(first(events("Turkey provided 5,000 tons of flour last winter."), EventClass.Aid).isPresent());
        assertTrue(first(events("Turkey provided 5,000 tons of flour to Syria last winter."), EventClass.Aid).isPresent(),
                "with its receiver the gift is told");
    }

    @Test
    void partiesWithTheirOwnTimesAreTwoEvents() {
        List<EventMention> es = events("Japan signed a similar agreement with Australia in 2022 and with Britain last year.").stream()
                .filter(e -> e.eventClass() == EventClass.TreatySigning).toList();
        assertEquals(2, es.size(), es.toString());
        assertEquals(List.of("Australia"), labels(es.get(0), Role.participant));
        assertEquals("2022", es.get(0).time().value());
        assertEquals(List.of("United Kingdom"), labels(es.get(1), Role.participant));
        assertEquals("2024", es.get(1).time().value());
        assertEquals(1, events("Japan signed agreements with Australia and Britain last year.").size(), "one time: one event");
    }

    @Test
    void theCountryReferredToIsTheStateNamedLast() {
        List<EventMention> es = events("Kenya faces its worst drought in decades. Japan donated 4,000 tons of rice to the country "
                + "in January.");
        EventMention e = first(es, EventClass.Aid).orElseThrow();
        assertEquals(List.of("Q17"), keys(e, Role.agent));
        assertEquals(List.of("Q114"), keys(e, Role.recipient));
    }

    @Test
    void aWageIsPaidAndIsTheMigrationsWage() {
        List<EventMention> es = events("About 3,000 Nepali workers in Qatar earn roughly $900 a month from Qatari firms.");
        EventMention move = first(es, EventClass.LaborMigration).orElseThrow();
        assertTrue(move.quantities().stream().anyMatch(q -> "P1M".equals(q.per())), move.quantities().toString());
        first(es, EventClass.Payment).ifPresent(p -> assertTrue(p.quantities().stream().anyMatch(q -> "USD".equals(q.currency()))));
    }
}
