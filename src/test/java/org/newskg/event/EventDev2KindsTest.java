package org.newskg.event;

import static org.newskg.event.EventFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kinds of construction the second development set (dev2) showed the extractor missing: goods carried or unloaded
 * by planes and ships, vehicles handed over, deliveries taken, workers leaving for jobs abroad, riots that "left"
 * people dead, export figures, payments to agencies and purchases of another state's debt. Every sentence is
 * invented for the test, on other countries than the development set, so no rule can hold for one wording only.
 */
class EventDev2KindsTest {

    // --- goods carried by a plane or unloaded by a ship: the city names the receiving state ---

    @Test
    void aPlaneThatCarriesGoodsToACityDeliversAidToItsState() {
        EventMention e = only("A Qatari air force plane carried 60 tonnes of tents and food to Beirut on Friday.", EventClass.Aid);
        assertEquals(List.of("Qatar"), labels(e, Role.agent));
        assertEquals(List.of("Lebanon"), labels(e, Role.recipient));
        assertTrue(hasValue(e, "60"), e.quantities().toString());
        EventMention other = only("Two Emirati cargo planes carried 35 tonnes of medical supplies to Khartoum last week.", EventClass.Aid);
        assertEquals(List.of("Sudan"), labels(other, Role.recipient));
    }

    @Test
    void aShipThatUnloadsGoodsInAPortDeliversThem() {
        EventMention e = only("A Japanese navy ship unloaded 40 tonnes of rice in Port-au-Prince last week.", EventClass.Aid);
        assertEquals(List.of("Japan"), labels(e, Role.agent));
        assertEquals(List.of("Haiti"), labels(e, Role.recipient));
        EventMention other = only("On Monday a Turkish vessel unloaded 2,000 tonnes of flour in Benghazi.", EventClass.Aid);
        assertTrue(hasValue(other, "2000"), other.quantities().toString());
    }

    // --- vehicles given are goods, even for the police ---

    @Test
    void vehiclesGivenToThePoliceAreAidNotADeployment() {
        EventMention e = only("South Korea donated 50 police cars to the Philippine National Police last month.", EventClass.Aid);
        assertEquals(List.of("South Korea"), labels(e, Role.agent));
        assertTrue(hasValue(e, "50"), e.quantities().toString());
        assertTrue(events("South Korea donated 50 police cars to the Philippine National Police last month.").stream()
                .noneMatch(m -> m.eventClass() == EventClass.Deployment), "cars are not troops");
        EventMention other = only("Germany handed over 15 ambulances to Moldova in April.", EventClass.Aid);
        assertEquals(List.of("Moldova"), labels(other, Role.recipient));
    }

    @Test
    void takingDeliveryMakesTheSubjectTheRecipient() {
        EventMention e = only("Kenya took delivery of 12 patrol vehicles from Italy last month.", EventClass.Aid);
        assertEquals(List.of("Kenya"), labels(e, Role.recipient));
        assertTrue(labels(e, Role.agent).stream().noneMatch("Kenya"::equals), e.participants().toString());
    }

    // --- workers leaving for jobs abroad ---

    @Test
    void workersWhoLeaveOrGoAbroadForWorkAreLabourMigration() {
        EventMention went = only("About 3,000 Nepalis went to Israel on farm work permits last year.", EventClass.LaborMigration);
        assertEquals(List.of("Israel"), labels(went, Role.recipient));
        assertEquals(List.of("Nepal"), labels(went, Role.agent));
        EventMention left = only("About 8,000 Bangladeshi workers left for jobs in Malaysia in March.", EventClass.LaborMigration);
        assertEquals(List.of("Malaysia"), labels(left, Role.recipient));
        assertTrue(hasValue(left, "8000"), left.quantities().toString());
        EventMention forCountry = only("In 2023 some 40,000 Sri Lankans left for Kuwait on domestic work contracts.",
                EventClass.LaborMigration);
        assertEquals(List.of("Kuwait"), labels(forCountry, Role.recipient));
    }

    @Test
    void aMinisterWhoLeavesForACapitalIsNoMigration() {
        assertTrue(events("The Polish foreign minister left for Kyiv on Monday.").stream()
                .noneMatch(m -> m.eventClass() == EventClass.LaborMigration));
    }

    // --- "left N dead" ---

    @Test
    void violenceThatLeftPeopleDeadIsACasualty() {
        EventMention e = only("Fighting in Goma left 12 dead on Sunday.", EventClass.Casualty);
        assertEquals(List.of("Goma"), labels(e, Role.location));
        assertTrue(hasValue(e, "12"), e.quantities().toString());
        EventMention other = only("Protests in Nairobi on Tuesday left at least six people dead and dozens injured.", EventClass.Casualty);
        assertTrue(hasValue(other, "6"), other.quantities().toString());
    }

    // --- export figures of one state to another ---

    @Test
    void exportsOfOneStateToAnotherWithAValueAreTrade() {
        EventMention e = only("Kenya's exports to Uganda reached $900 million last year.", EventClass.Trade);
        assertTrue(labels(e, Role.participant).containsAll(List.of("Kenya", "Uganda")), e.participants().toString());
        EventMention other = only("Vietnam's exports to Japan rose to $24 billion in 2024.", EventClass.Trade);
        assertTrue(labels(other, Role.participant).containsAll(List.of("Vietnam", "Japan")), other.participants().toString());
    }

    // --- payments ---

    @Test
    void payingAnAgencyASumIsAPayment() {
        EventMention e = only("Brazil is paying the World Food Programme $12 million over two years.", EventClass.Payment);
        assertEquals(List.of("Brazil"), labels(e, Role.agent));
        assertEquals(List.of("World Food Programme"), labels(e, Role.recipient));
        EventMention transfer = only("Norway transferred $40 million in budget support to Ukraine.", EventClass.Payment);
        assertEquals(List.of("Ukraine"), labels(transfer, Role.recipient));
    }

    @Test
    void buyingAnotherStatesDebtPaysThatState() {
        EventMention e = only("Japan bought $200 million of Philippine government bonds in May.", EventClass.Payment);
        assertEquals(List.of("Japan"), labels(e, Role.agent));
        assertEquals(List.of("Philippines"), labels(e, Role.recipient));
        EventMention other = only("The Saudi central bank purchased $3 billion of Egyptian treasury bills last week.", EventClass.Payment);
        assertEquals(List.of("Egypt"), labels(other, Role.recipient));
    }

    @Test
    void buyingGoodsStaysTrade() {
        EventMention e = only("Indonesia bought 300,000 tonnes of rice from Vietnam in May.", EventClass.Trade);
        assertTrue(events("Indonesia bought 300,000 tonnes of rice from Vietnam in May.").stream()
                .noneMatch(m -> m.eventClass() == EventClass.Payment), e.toString());
    }

    // --- a sender with no receiver named gives to the one partner the article has it send to ---

    @Test
    void aSenderWithNoReceiverGivesToItsOnePartnerOfTheArticle() {
        List<EventMention> es = events("New Zealand deployed 120 police officers to Tonga on Monday. Wellington also "
                + "transferred NZ$10 million in budget support.");
        EventMention pay = es.stream().filter(m -> m.eventClass() == EventClass.Payment).findFirst().orElseThrow();
        assertEquals(List.of("Tonga"), labels(pay, Role.recipient));
        List<EventMention> aid = events("Japan sent 200 engineers to East Timor in May. A Japanese navy ship also "
                + "unloaded 50 tonnes of medicines last week.");
        EventMention given = aid.stream().filter(m -> m.eventClass() == EventClass.Aid).findFirst().orElseThrow();
        assertEquals(List.of("East Timor"), labels(given, Role.recipient));
    }

    @Test
    void aSenderWithSeveralPartnersKeepsItsReceiverOpen() {
        List<EventMention> es = events("France sent 300 troops to Chad and 200 troops to Niger. Paris also donated 20 tonnes of rice.");
        es.stream().filter(m -> m.eventClass() == EventClass.Aid)
                .forEach(m -> assertTrue(labels(m, Role.recipient).isEmpty(), m.participants().toString()));
    }

    // --- "put X under sanctions", signing a roadmap, exchanging memorandums ---

    @Test
    void puttingAPartyUnderSanctionsSanctionsIt() {
        EventMention e = only("The United States put Amal Investment Bank under sanctions in January.", EventClass.Sanction);
        assertEquals(List.of("United States"), labels(e, Role.agent));
        EventMention other = only("The European Union placed three Iranian airlines under sanctions on Monday.", EventClass.Sanction);
        assertEquals(List.of("European Union"), labels(other, Role.agent));
        assertTrue(hasValue(other, "3"), other.quantities().toString());
        assertTrue(events("Turkey placed 50 troops in Somalia.").stream().noneMatch(m -> m.eventClass() == EventClass.Sanction));
    }

    @Test
    void aRoadmapOrMemorandumsSignedOrExchangedAreASigning() {
        EventMention e = only("Czech Defence Minister Jana Cernochova signed a three-year roadmap on ammunition production "
                + "in Warsaw on Friday.", EventClass.TreatySigning);
        assertEquals(List.of("Warsaw"), labels(e, Role.location));
        EventMention exchanged = only("Ghana and Togo exchanged three memorandums on energy and health in Accra.",
                EventClass.TreatySigning);
        assertTrue(labels(exchanged, Role.agent).size() + labels(exchanged, Role.participant).size() >= 2,
                exchanged.participants().toString());
        assertTrue(events("Israeli and Hezbollah forces exchanged fire along the border on Monday.").stream()
                .noneMatch(m -> m.eventClass() == EventClass.TreatySigning));
    }

    // --- technicians and specialists sent abroad are personnel ---

    @Test
    void techniciansFlownIntoACountryAreADeployment() {
        EventMention e = only("A team of 40 Turkish technicians was flown into Somalia last month.", EventClass.Deployment);
        assertEquals(List.of("Turkey"), labels(e, Role.agent));
        assertTrue(hasValue(e, "40"), e.quantities().toString());
        EventMention other = only("Japan sent 12 specialists to Ukraine to help clear mines.", EventClass.Deployment);
        assertEquals(List.of("Ukraine"), labels(other, Role.recipient));
    }
}
