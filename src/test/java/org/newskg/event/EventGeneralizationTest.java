package org.newskg.event;

import static org.newskg.event.EventFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kinds of sentences the extractor must read on news it has never seen (issue #5): coordinated subjects, demonyms
 * before titled leaders, relative clauses, counted sanction targets, casualties of disasters, buying and selling
 * goods, labour migration and places after a noun. Every sentence is invented for the test; each kind is tested
 * on several countries so that no rule can hold for one wording only.
 */
class EventGeneralizationTest {

    // --- 1. coordinated subjects ---

    @Test
    void everyTitledLeaderOfACoordinatedSubjectSigns() {
        EventMention e = only("Kenyan President William Ruto and Ugandan President Yoweri Museveni signed a pipeline "
                + "agreement in Kampala on Friday.", EventClass.TreatySigning);
        List<String> agents = labels(e, Role.agent);
        assertTrue(agents.contains("William Ruto") && agents.contains("Yoweri Museveni"), agents.toString());
        assertTrue(keys(e, Role.agent).containsAll(List.of("Q114", "Q1036")), "both states sign: " + agents);
    }

    @Test
    void everyConjunctOfAMeetingIsAParticipant() {
        EventMention e = only("French President Emmanuel Macron and German Chancellor Olaf Scholz met in Paris on Monday.",
                EventClass.Meeting);
        List<String> who = labels(e, Role.participant);
        assertTrue(who.contains("Emmanuel Macron") && who.contains("Olaf Scholz"), who.toString());
        EventMention ministers = only("The foreign ministers of Ghana and Togo met in Lome last week.", EventClass.Meeting);
        assertTrue(keys(ministers, Role.participant).containsAll(List.of("Q117", "Q945")), ministers.participants().toString());
    }

    // --- 2. demonym + title + person ---

    @Test
    void theLeaderMetAfterADemonymAndTitleIsKeptWithBothStates() {
        EventMention e = only("South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Osaka "
                + "on Saturday.", EventClass.Meeting);
        List<String> who = labels(e, Role.participant);
        assertTrue(who.contains("Shigeru Ishiba"), "the person met is not lost: " + who);
        assertTrue(who.contains("Lee Jae-myung"), who.toString());
        assertTrue(keys(e, Role.participant).containsAll(List.of("Q884", "Q17")), "each leader's state: " + who);
        EventMention other = only("Egyptian President Abdel Fattah al-Sisi met Turkish President Recep Tayyip Erdogan in Cairo.",
                EventClass.Meeting);
        assertTrue(keys(other, Role.participant).containsAll(List.of("Q79", "Q43")), other.participants().toString());
    }

    @Test
    void aVisitorsDemonymMakesHisStateTheVisitor() {
        EventMention e = only("Brazilian President Luiz Inacio Lula da Silva visited Angola in August.", EventClass.Visit);
        assertTrue(keys(e, Role.agent).contains("Q155"), e.participants().toString());
        assertEquals(List.of("Q916"), keys(e, Role.recipient));
    }

    // --- 4. sanctions ---

    @Test
    void aNamedExampleOfTheSanctionedOfficialsIsATarget() {
        EventMention e = only("Canada imposed sanctions on 12 Iranian officials, including Intelligence Minister "
                + "Esmaeil Khatib.", EventClass.Sanction);
        assertTrue(labels(e, Role.target).contains("Esmaeil Khatib"), e.participants().toString());
        assertTrue(keys(e, Role.target).contains("Q794"), "the officials' state: " + e.participants());
        assertTrue(hasValue(e, "12"), e.quantities().toString());
    }

    @Test
    void anAgentWithACountedTargetMakesASanction() {
        EventMention e = only("The EU imposed similar sanctions on nine officials in January.", EventClass.Sanction);
        assertEquals(List.of("Q458"), keys(e, Role.agent));
        assertTrue(hasValue(e, "9"), e.quantities().toString());
        EventMention firms = only("Britain imposed sanctions on five shipping companies in March.", EventClass.Sanction);
        assertTrue(hasValue(firms, "5"), firms.quantities().toString());
        assertTrue(events("Britain imposed sanctions in 2022.").stream().noneMatch(m -> m.eventClass() == EventClass.Sanction),
                "no target and no count: only the topic");
    }

    @Test
    void aPastTenseTheTaggerCallsAPrepositionStillTriggers() {
        // the POS model tags "imposed" ADP here; the verb's frame must still give the agent
        EventMention e = only("The European Union imposed similar sanctions on nine Venezuelan officials in January.",
                EventClass.Sanction);
        assertEquals(List.of("Q458"), keys(e, Role.agent));
        assertEquals(List.of("Q717"), keys(e, Role.target));
        assertTrue(hasValue(e, "9"), e.quantities().toString());
    }

    @Test
    void aCountedDemonymAfterMoreThanIsTheTarget() {
        EventMention e = only("Australia has now sanctioned more than 200 Russian individuals and entities since 2022.",
                EventClass.Sanction);
        assertEquals(List.of("Q159"), keys(e, Role.target));
        EventMention in = only("Japan imposed sanctions on 11 people and four firms in Myanmar on Tuesday.", EventClass.Sanction);
        assertEquals(List.of("Q836"), keys(in, Role.target));
    }

    // --- 6. buying and selling goods is trade ---

    @Test
    void importingOrBuyingGoodsIsTradeWithTheFigure() {
        EventMention e = only("Indonesia will import 500,000 tonnes of rice from Vietnam.", EventClass.Trade);
        assertEquals(List.of("Q881"), keys(e, Role.agent));
        assertEquals(List.of("Q252"), keys(e, Role.recipient));
        assertTrue(hasValue(e, "500000"), e.quantities().toString());
        assertEquals(Modality.Hypothetical, e.modality());
        EventMention bought = only("Egypt bought 3 million tonnes of wheat from Russia last year.", EventClass.Trade);
        assertEquals(List.of("Q159"), keys(bought, Role.agent));
        assertTrue(events("Bangladesh will purchase 100,000 tonnes of rice from Myanmar.").stream()
                .noneMatch(m -> m.eventClass() == EventClass.Aid), "bought goods are no aid");
    }

    @Test
    void exportingGoodsIsTradeAndGivingThemStaysAid() {
        EventMention e = only("Chile exported 300,000 tonnes of copper to China last year.", EventClass.Trade);
        assertEquals(List.of("Q298"), keys(e, Role.agent));
        assertEquals(List.of("Q148"), keys(e, Role.recipient));
        EventMention rice = only("Thailand sold 2 million tons of rice to the Philippines in 2024.", EventClass.Trade);
        assertTrue(hasValue(rice, "2000000"), rice.quantities().toString());
        only("Japan sent 5,000 tonnes of rice to Haiti.", EventClass.Aid);
    }

    @Test
    void buyingWeaponsStaysAnArmsTransfer() {
        EventMention e = only("Poland bought 96 Apache helicopters from the United States.", EventClass.ArmsTransfer);
        assertEquals(List.of("Q30"), keys(e, Role.agent));
        assertFalse(events("Poland bought 96 Apache helicopters from the United States.").stream()
                .anyMatch(m -> m.eventClass() == EventClass.Trade), "weapons bought are an arms transfer");
    }

    // --- 3. relative-clause subjects ---

    @Test
    void theEntityBeforeWhichActsInTheRelativeClause() {
        EventMention e = only("Turkey, which sent 500 troops to Somalia in 2023, is training the Somali army.",
                EventClass.Deployment);
        assertEquals(List.of("Q43"), keys(e, Role.agent));
        assertEquals(List.of("Q1045"), keys(e, Role.recipient));
        assertTrue(hasValue(e, "500"), e.quantities().toString());
        EventMention agency = only("The World Food Programme, which delivered 300 tons of food to Sudan last month, "
                + "said more was needed.", EventClass.Aid);
        assertTrue(labels(agency, Role.agent).contains("World Food Programme"), agency.participants().toString());
    }

    @Test
    void whoRefersToThePersonAndTheMainVerbSkipsTheClause() {
        List<EventMention> es = events("Kenyan President William Ruto, who visited Beijing in May, signed a pipeline "
                + "agreement with Uganda.");
        EventMention visit = es.stream().filter(m -> m.eventClass() == EventClass.Visit).findFirst().orElseThrow();
        assertTrue(labels(visit, Role.agent).contains("William Ruto"), visit.participants().toString());
        assertEquals(Modality.Asserted, visit.modality(), "the month May is no modal 'may'");
        EventMention signing = es.stream().filter(m -> m.eventClass() == EventClass.TreatySigning).findFirst().orElseThrow();
        assertTrue(labels(signing, Role.agent).contains("William Ruto"), "the verb after the clause: " + signing.participants());
    }

    // --- 5. casualties without a human agent ---

    @Test
    void aDisasterKillsInAPlaceWithTheFigure() {
        EventMention quake = only("An earthquake in western Afghanistan killed more than 1,000 people on Saturday.",
                EventClass.Casualty);
        assertEquals(List.of("Q889"), keys(quake, Role.location));
        assertFalse(quake.participants().containsKey(Role.agent), "the country is where, not who: " + quake.participants());
        assertTrue(hasValue(quake, "1000"), quake.quantities().toString());
        EventMention floods = only("Floods in Bangladesh killed at least 18 people and left 4,000 homeless.", EventClass.Casualty);
        assertEquals(List.of("Q902"), keys(floods, Role.location));
        assertTrue(hasValue(floods, "18"), floods.quantities().toString());
        assertFalse(hasValue(floods, "4000"), "the homeless are not casualties: " + floods.quantities());
        EventMention slide = only("A landslide buried a village in Nepal, killing 12 people.", EventClass.Casualty);
        assertEquals(List.of("Q837"), keys(slide, Role.location));
    }

    // --- 7. labour migration ---

    @Test
    void allowingWorkersInIsAHypotheticalMigrationWithItsFigure() {
        EventMention e = only("Malaysia will allow up to 50,000 workers from Bangladesh to enter the country.",
                EventClass.LaborMigration);
        assertEquals(List.of("Q902"), keys(e, Role.agent));
        assertEquals(List.of("Q833"), keys(e, Role.recipient));
        assertEquals(Modality.Hypothetical, e.modality());
        assertTrue(hasValue(e, "50000"), e.quantities().toString());
        List<EventMention> farms = events("Greece will allow 10,000 workers from Egypt to work on farms.");
        assertEquals(1, farms.stream().filter(m -> m.eventClass() == EventClass.LaborMigration).count(),
                "'to work' tells the purpose, not a second migration: " + farms);
        EventMention admit = only("Saudi Arabia will admit up to 20,000 Pakistani workers next year.", EventClass.LaborMigration);
        assertEquals(List.of("Q843"), keys(admit, Role.agent));
    }

    @Test
    void strandedRecruitedAndDeportedWorkers() {
        EventMention stranded = only("Thousands of Bangladeshi workers remain stranded in Malaysia.", EventClass.LaborMigration);
        assertEquals(List.of("Q902"), keys(stranded, Role.agent));
        assertEquals(List.of("Q833"), keys(stranded, Role.recipient));
        EventMention recruited = only("Germany recruited 500 nurses from India in 2023.", EventClass.LaborMigration);
        assertTrue(keys(recruited, Role.agent).containsAll(List.of("Q183", "Q668")), recruited.participants().toString());
        assertFalse(keys(recruited, Role.recipient).contains("Q668"), "the workers' country receives nobody");
        assertTrue(hasValue(recruited, "500"), recruited.quantities().toString());
        EventMention deported = only("Kuwait deported 1,200 Egyptian workers last month.", EventClass.LaborMigration);
        assertTrue(keys(deported, Role.agent).contains("Q817"), deported.participants().toString());
        assertTrue(hasValue(deported, "1200"), deported.quantities().toString());
    }

    // --- 8. places after a noun ---

    @Test
    void aPlaceAfterTheRecipientNounIsWhereTheAidWent() {
        EventMention e = only("Canada announced new aid for displaced families in Gaza on Monday.", EventClass.Aid);
        assertEquals(List.of("Q16"), keys(e, Role.agent));
        assertFalse(keys(e, Role.location).isEmpty(), e.participants().toString());
        EventMention darfur = only("The European Union sent aid for refugees in Darfur.", EventClass.Aid);
        assertTrue(labels(darfur, Role.location).contains("Darfur"), darfur.participants().toString());
    }

    @Test
    void troopsKeptAtABaseInAPlace() {
        EventMention e = only("France keeps 1,000 troops at the base in Djibouti.", EventClass.Deployment);
        assertEquals(List.of("Q142"), keys(e, Role.agent));
        assertTrue(hasValue(e, "1000"), e.quantities().toString());
        assertFalse(e.participants().getOrDefault(Role.location, List.of()).isEmpty(), e.participants().toString());
        EventMention stationed = only("Britain deployed 300 troops at a base in Estonia.", EventClass.Deployment);
        assertTrue(keys(stationed, Role.location).contains("Q191"), stationed.participants().toString());
        assertTrue(events("India keeps 10 million tons of rice in reserve.").isEmpty(), "keeping goods is no event");
    }

    // --- subjects and objects around these kinds ---

    @Test
    void theSubjectOfAClauseAfterAfterIsNotTheMainSubject() {
        EventMention e = only("Canada imposed sanctions after 300 protesters were killed in Minsk.", EventClass.Casualty);
        assertFalse(keys(e, Role.target).contains("Q16"), "the sanctioning state was not hit: " + e.participants());
        assertFalse(keys(e, Role.agent).contains("Q16"), e.participants().toString());
    }

    @Test
    void aVagueFigureBeforeTheDemonymKeepsTheObject() {
        EventMention e = only("Saudi Arabia, which has deported thousands of Ethiopian workers, denied the report.",
                EventClass.LaborMigration);
        assertTrue(keys(e, Role.agent).contains("Q851"), e.participants().toString());
        assertTrue(e.participants().values().stream().flatMap(List::stream).anyMatch(x -> x.key().equals("Q115")),
                "the workers' state: " + e.participants());
    }

    @Test
    void aDemonymBeforeAMistaggedTitleStillQualifiesThePerson() {
        EventMention e = only("Putin met Chinese Foreign Minister Wang Yi in Moscow on Friday.", EventClass.Meeting);
        List<String> who = labels(e, Role.participant);
        assertTrue(who.contains("Wang Yi"), who.toString());
        assertTrue(keys(e, Role.participant).contains("Q148"), who.toString());
    }

    @Test
    void coordinatedStatesAgreeingToANamedAgreementSignIt() {
        EventMention e = only("Kenya and Somalia agreed to a border agreement last year.", EventClass.TreatySigning);
        assertTrue(keys(e, Role.agent).containsAll(List.of("Q114", "Q1045")), e.participants().toString());
        assertTrue(events("Colombia and Venezuela agreed to restore flights.").stream()
                .noneMatch(m -> m.eventClass() == EventClass.TreatySigning), "agreeing to act is no signing");
    }

    @Test
    void addingFirmsToASanctionsListSanctionsThem() {
        EventMention e = only("Japan added 18 Iranian firms to its sanctions list in February.", EventClass.Sanction);
        assertEquals(List.of("Q17"), keys(e, Role.agent));
        assertEquals(List.of("Q794"), keys(e, Role.target));
        assertTrue(hasValue(e, "18"), e.quantities().toString());
        assertTrue(events("Japan added 18 new routes to its network.").stream()
                .noneMatch(m -> m.eventClass() == EventClass.Sanction), "adding without a sanctions list is nothing");
    }

    @Test
    void aPlaceInAStatesPossessedRegionIsWhereADisasterKilled() {
        EventMention e = only("Heavy flooding in Kenya's coastal region killed 15 people, the Red Cross said.", EventClass.Casualty);
        assertTrue(keys(e, Role.location).contains("Q114"), e.participants().toString());
        assertTrue(hasValue(e, "15"), e.quantities().toString());
    }

    @Test
    void theDemonymOfBoughtGoodsIsTheSeller() {
        EventMention e = only("Turkey bought 3 million tons of Russian wheat in 2024.", EventClass.Trade);
        assertEquals(List.of("Q159"), keys(e, Role.agent));
        assertEquals(List.of("Q43"), keys(e, Role.recipient));
    }

    @Test
    void aPersonTitledByHisOrganizationIsTargetedToo() {
        EventMention e = only("The European Union sanctioned Wagner commander Dmitry Utkin in March 2023.", EventClass.Sanction);
        List<String> targets = labels(e, Role.target);
        assertTrue(targets.contains("Dmitry Utkin"), targets.toString());
    }

    @Test
    void aShipwreckOffACoastKillsThere() {
        EventMention e = only("A boat carrying migrants capsized off Yemen, killing 61 people.", EventClass.Casualty);
        assertTrue(keys(e, Role.location).contains("Q805"), e.participants().toString());
        assertTrue(hasValue(e, "61"), e.quantities().toString());
        EventMention coast = only("A ferry sank off the coast of Tanzania on Sunday, killing 19 passengers.", EventClass.Casualty);
        assertTrue(keys(coast, Role.location).contains("Q924"), coast.participants().toString());
    }

    @Test
    void expellingTroopsIsNoLabourMigration() {
        assertTrue(events("Niger and Chad expelled French troops in 2023.").stream()
                .noneMatch(m -> m.eventClass() == EventClass.LaborMigration), "soldiers sent home are no workers");
        only("Kuwait expelled 900 Filipino workers last year.", EventClass.LaborMigration);
    }

    // --- a state's unnamed office-holder as the one met ---

    @Test
    void theStateOfAnUnnamedOfficeHolderMetTakesPart() {
        EventMention e = only("Ghanaian President John Mahama met Togo's president in Lome on Monday.", EventClass.Meeting);
        assertTrue(keys(e, Role.participant).containsAll(List.of("Q945", "Q117")), labels(e, Role.participant).toString());
        EventMention v = only("Chile's foreign minister visited Bolivia on Friday and met Peru's trade minister in La Paz.",
                EventClass.Meeting);
        assertTrue(keys(v, Role.participant).contains("Q419"), labels(v, Role.participant).toString());
        // the owner of moved troops is not their receiver
        EventMention d = only("Kenya deployed Uganda's troops to Somalia.", EventClass.Deployment);
        assertTrue(!keys(d, Role.recipient).contains("Q1036"), d.participants().toString());
    }

    @Test
    void anUnnamedOfficeHolderOfAStateArrivesOnAVisit() {
        EventMention v = only("Peru's president arrived in Brasilia on Tuesday for a two-day state visit.", EventClass.Visit);
        assertTrue(keys(v, Role.agent).contains("Q419") && keys(v, Role.recipient).contains("Q155"), v.participants().toString());
        EventMention w = only("Kenya's foreign minister has arrived in Ethiopia.", EventClass.Visit);
        assertTrue(keys(w, Role.agent).contains("Q114") && keys(w, Role.recipient).contains("Q115"), w.participants().toString());
        assertTrue(events("Kenya's maize arrived in Ethiopia on Monday.").stream().noneMatch(e -> e.eventClass() == EventClass.Visit),
                "goods arriving are no visit");
    }

    @Test
    void bothArmiesOfAClashBetweenTwoDemonymsFought() {
        EventMention c = only("Clashes between Armenian and Azerbaijani forces killed at least 12 soldiers last week.",
                EventClass.Casualty);
        assertTrue(keys(c, Role.agent).containsAll(List.of("Q399", "Q227")), c.participants().toString());
        EventMention d = only("Fighting between Ethiopian and Eritrean troops killed dozens of civilians in March.",
                EventClass.Casualty);
        assertTrue(keys(d, Role.agent).containsAll(List.of("Q115", "Q986")), d.participants().toString());
    }

    @Test
    void everyCoordinatedStateObjectIsVisited() {
        EventMention v = only("Chilean President Gabriel Boric visited Peru and Bolivia last week.", EventClass.Visit);
        assertTrue(keys(v, Role.recipient).containsAll(List.of("Q419", "Q750")), v.participants().toString());
        EventMention w = only("Kenya's foreign minister visited Ghana, Togo and Benin in May.", EventClass.Visit);
        assertTrue(keys(w, Role.recipient).containsAll(List.of("Q117", "Q945", "Q962")), w.participants().toString());
    }

    @Test
    void twoStatesJoinedByAHyphenBeforeATwoSidedNounAreItsSides() {
        EventMention t = only("Kenyan-Ugandan trade rose to $1.2 billion last year.", EventClass.Trade);
        assertTrue(keys(t, Role.participant).containsAll(List.of("Q114", "Q1036")), t.participants().toString());
        assertTrue(hasValue(t, "1200000000"));
        EventMention m = only("The India-Pakistan talks in Dubai lasted three hours.", EventClass.Meeting);
        assertTrue(keys(m, Role.participant).containsAll(List.of("Q668", "Q843")), m.participants().toString());
        assertTrue(events("The Kenya-Uganda border was closed after the clashes.").isEmpty(), "a border is no event");
    }
}
