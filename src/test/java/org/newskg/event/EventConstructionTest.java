package org.newskg.event;

import static org.newskg.event.EventFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Constructions of casualties, sanctions, arms transfers, treaty signings, meetings and visits that news tells in
 * many wordings (issue #5, part 3a): coordinated victims with their nationality, trade restrictions and their lifting,
 * flow nouns, object relative clauses and participles of signing, possessive visit nouns, and the false events of
 * those classes. Every sentence is invented for the test, and each kind is tried on several countries.
 */
class EventConstructionTest {

    // --- casualties ---

    @Test
    void eachCountedConjunctNamesItsVictimState() {
        EventMention e = only("About 300 Eritrean fighters and more than 150 Ethiopian soldiers were killed in the "
                + "offensive, according to both governments.", EventClass.Casualty);
        assertTrue(labels(e, Role.target).containsAll(List.of("Eritrea", "Ethiopia")), e.participants().toString());
        assertTrue(hasValue(e, "300") && hasValue(e, "150"), e.quantities().toString());
        EventMention died = only("More than 40 Sudanese troops and 25 Chadian fighters died in clashes near the border "
                + "town of Adre last month.", EventClass.Casualty);
        assertTrue(labels(died, Role.target).containsAll(List.of("Sudan", "Chad")), died.participants().toString());
        assertTrue(labels(died, Role.location).contains("Adre"), died.participants().toString());
    }

    @Test
    void shotDeadIsACasualtyOfTheDemonymsState() {
        EventMention e = only("Three Malian soldiers were shot dead near the town of Gao on Monday, the army said.",
                EventClass.Casualty);
        assertEquals(List.of("Mali"), labels(e, Role.target));
        assertTrue(labels(e, Role.location).contains("Gao"), e.participants().toString());
        assertTrue(hasValue(e, "3"), e.quantities().toString());
        EventMention other = only("Two Indian soldiers were shot dead near the village of Poonch on Sunday.", EventClass.Casualty);
        assertEquals(List.of("India"), labels(other, Role.target));
        // the tagger reads "near" after "dead" as an adjective: it still places the casualties
        EventMention tessit = only("In the last one, in March 2023, three Malian soldiers were shot dead near the village of "
                + "Tessit; Bamako said its troops had responded.", EventClass.Casualty);
        assertTrue(labels(tessit, Role.location).contains("Tessit"), tessit.participants().toString());
    }

    @Test
    void theSidesOfTheFightingAndThePlaceAroundWhichItRaged() {
        EventMention e = only("At least 35 civilians were killed in fighting between M23 rebels and Congolese forces "
                + "around the town of Uvira this week.", EventClass.Casualty);
        assertTrue(labels(e, Role.agent).contains("M23"), e.participants().toString());
        assertTrue(labels(e, Role.location).contains("Uvira"), e.participants().toString());
        EventMention yemen = only("At least 20 civilians were killed in fighting between Houthi rebels and Yemeni forces "
                + "around the town of Marib on Sunday.", EventClass.Casualty);
        assertTrue(labels(yemen, Role.agent).containsAll(List.of("Houthis", "Yemen")), yemen.participants().toString());
        assertTrue(labels(yemen, Role.location).contains("Marib"), yemen.participants().toString());
    }

    @Test
    void theTargetOfAnAttackIsWhereTheCasualtiesFell() {
        EventMention e = only("Boko Haram fighters killed at least 9 people in an attack on the town of Konduga on Friday.",
                EventClass.Casualty);
        assertTrue(labels(e, Role.location).contains("Konduga"), e.participants().toString());
        EventMention raid = only("Gunmen from the Al-Shabaab group killed 14 people, including three teachers, in a raid on "
                + "the hillside village of Bulo Marer on Sunday, the police said.", EventClass.Casualty);
        assertTrue(labels(raid, Role.location).contains("Bulo Marer") && labels(raid, Role.agent).contains("Al-Shabaab"),
                raid.participants().toString());
    }

    @Test
    void aBearingFromACountryPlacesTheStrike() {
        EventMention e = only("On Monday, a French strike on a boat in international waters west of Libya killed six "
                + "people, the defence minister said.", EventClass.Casualty);
        assertTrue(labels(e, Role.agent).contains("France"), e.participants().toString());
        assertTrue(labels(e, Role.location).contains("Libya"), e.participants().toString());
        EventMention other = only("An Israeli drone strike on a car south of Lebanon's border killed two men.", EventClass.Casualty);
        assertTrue(labels(other, Role.location).contains("Lebanon"), other.participants().toString());
    }

    @Test
    void anAttackersClaimedTollJoinsTheAttackJustTold() {
        List<EventMention> es = events("On Sunday, gunmen stormed an army post near the town of Maiduguri and killed at "
                + "least 9 Nigerian soldiers, a local official said. Boko Haram said in a statement that it had killed 30.");
        List<EventMention> casualties = es.stream().filter(e -> e.eventClass() == EventClass.Casualty).toList();
        assertEquals(1, casualties.size(), es.toString());
        EventMention e = casualties.get(0);
        assertTrue(labels(e, Role.agent).contains("Boko Haram") && labels(e, Role.target).contains("Nigeria"), e.participants().toString());
        assertTrue(hasValue(e, "9") && hasValue(e, "30"), e.quantities().toString());
        EventMention kenya = only("On Friday, fighters attacked a police station near Mandera and killed six Kenyan "
                + "officers, the police said. Al-Shabaab said on its radio station that it had killed 20.", EventClass.Casualty);
        assertTrue(labels(kenya, Role.agent).contains("Al-Shabaab") && hasValue(kenya, "20"), kenya.toString());
    }

    @Test
    void aLoneStateWithNoTollSuffersNoCasualty() {
        none("\"The question is whether Kenya is ready to take casualties,\" he said.", EventClass.Casualty);
        none("Analysts asked whether Norway would accept losses.", EventClass.Casualty);
    }

    // --- sanctions ---

    @Test
    void restrictingExportsToACountrySanctionsIt() {
        EventMention e = only("China restricted exports of gallium to the United States last year.", EventClass.Sanction);
        assertEquals(List.of("China"), labels(e, Role.agent));
        assertEquals(List.of("United States"), labels(e, Role.target));
        EventMention japan = only("China restricted exports of two metals vital to Japan's carmakers in 2010.", EventClass.Sanction);
        assertEquals(List.of("Japan"), labels(japan, Role.target));
        // a restriction aimed at nobody is a policy, not a sanction
        none("Indonesia restricted exports of nickel ore in 2020.", EventClass.Sanction);
    }

    @Test
    void liftingThoseCurbsAimsAtTheEarlierTarget() {
        List<EventMention> es = events("India restricted exports of onions to Bangladesh in 2023. New Delhi lifted those "
                + "export curbs in May 2024.");
        List<EventMention> sanctions = es.stream().filter(e -> e.eventClass() == EventClass.Sanction).toList();
        assertEquals(2, sanctions.size(), es.toString());
        assertEquals(List.of("Bangladesh"), labels(sanctions.get(1), Role.target));
        EventMention curbs = only("Washington lifted the export curbs on Turkey in May.", EventClass.Sanction);
        assertEquals(List.of("Turkey"), labels(curbs, Role.target));
    }

    // --- arms transfers ---

    @Test
    void aDeliveryByOnePartyToAnother() {
        EventMention e = only("The deployment was accompanied by the delivery of four helicopters by France to Chad.",
                EventClass.ArmsTransfer);
        assertEquals(List.of("France"), labels(e, Role.agent));
        assertEquals(List.of("Chad"), labels(e, Role.recipient));
    }

    @Test
    void aDeliveryNamingNoPartyContinuesTheFlowJustTold() {
        EventMention e = only("France has sent 600 soldiers to Chad, the army said. The troops arrived at the airport in "
                + "N'Djamena over the weekend. Chadian officials put the number at 900. The deployment was accompanied by "
                + "the delivery of four Rafale jets and two helicopters, according to a Chadian statement.", EventClass.ArmsTransfer);
        assertEquals(List.of("France"), labels(e, Role.agent));
        assertEquals(List.of("Chad"), labels(e, Role.recipient));
        assertTrue(hasValue(e, "4") && hasValue(e, "2"), e.quantities().toString());
    }

    // --- treaty signings ---

    @Test
    void theTreatyAnObjectRelativeClauseDescribesIsSigned() {
        EventMention e = only("That process runs alongside the Lusaka Accords, which Zambian President Hakainde Hichilema "
                + "and Malawian President Lazarus Chakwera signed at the State House in June.", EventClass.TreatySigning);
        assertTrue(labels(e, Role.agent).containsAll(List.of("Zambia", "Malawi")), e.participants().toString());
        EventMention countries = only("Kenya's presence in Somalia is governed by a five-year security agreement that the "
                + "two countries signed in Nairobi in March 2023.", EventClass.TreatySigning);
        assertTrue(labels(countries, Role.agent).containsAll(List.of("Kenya", "Somalia")), countries.participants().toString());
        EventMention neighbours = only("Brazil and Argentina resumed talks. The accord the two neighbours signed in 2019 "
                + "covers beef.", EventClass.TreatySigning);
        assertTrue(labels(neighbours, Role.agent).containsAll(List.of("Brazil", "Argentina")), neighbours.participants().toString());
    }

    @Test
    void aBilateralAgreementSignedBindsTheTwoStatesOfItsSentence() {
        EventMention e = only("Chile sent 300 nurses to Peru in May under a bilateral agreement signed in 2021.",
                EventClass.TreatySigning);
        assertTrue(labels(e, Role.agent).containsAll(List.of("Chile", "Peru")), e.participants().toString());
        // places alone name no signing
        none("Every agreement signed in Nairobi or Addis Ababa is followed by another offensive.", EventClass.TreatySigning);
    }

    @Test
    void whoeverSigningTakesPlaceInThePresenceOfTakesPart() {
        EventMention e = only("Zambian President Hakainde Hichilema and Malawian President Lazarus Chakwera signed the "
                + "Lusaka Accords in June in the presence of Kenyan President William Ruto.", EventClass.TreatySigning);
        assertTrue(labels(e, Role.participant).contains("William Ruto"), e.participants().toString());
        assertTrue(labels(e, Role.agent).contains("Lazarus Chakwera"), e.participants().toString());
        EventMention leader = only("Foreign ministers Lee Kuan and Jose Rizal signed the memorandum in the presence of "
                + "Indonesian President Prabowo Subianto.", EventClass.TreatySigning);
        assertTrue(labels(leader, Role.participant).contains("Prabowo Subianto"), leader.participants().toString());
    }

    // --- meetings and visits ---

    @Test
    void aPossessiveVisitNounOverAHyphenatedModifier() {
        List<EventMention> ruto = events("Kenyan President William Ruto arrived in Dar es Salaam on Monday. The two "
                + "presidents met at the palace, the first day of Ruto's three-day visit to Tanzania.");
        assertTrue(ruto.stream().anyMatch(v -> v.eventClass() == EventClass.Visit && labels(v, Role.recipient).contains("Tanzania")
                && labels(v, Role.agent).contains("William Ruto")), ruto.toString());
        List<EventMention> es = events("Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei "
                + "in Brasilia on Friday, during Milei's two-day visit to Brazil.");
        assertTrue(es.stream().anyMatch(m -> m.eventClass() == EventClass.Meeting), es.toString());
        assertTrue(es.stream().anyMatch(m -> m.eventClass() == EventClass.Visit && labels(m, Role.agent).contains("Javier Milei")
                && labels(m, Role.recipient).contains("Brazil")), es.toString());
    }

    @Test
    void thePersonARelativeClauseSaysIsOnAVisitVisits() {
        List<EventMention> es = events("Bangladesh's minister Rafiqul Haque arrived in Kuala Lumpur on Sunday. Haque, who is "
                + "on a three-day visit to Malaysia, also met Prime Minister Anwar Ibrahim on Tuesday.");
        assertTrue(es.stream().anyMatch(m -> m.eventClass() == EventClass.Visit && m.rule().equals("visit.n")
                && labels(m, Role.agent).contains("Rafiqul Haque") && labels(m, Role.recipient).contains("Malaysia")), es.toString());
        assertTrue(es.stream().anyMatch(m -> m.eventClass() == EventClass.Meeting), es.toString());
    }

    @Test
    void hoursOfTalksHeldByTheTwoLeaders() {
        EventMention e = only("Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida arrived in "
                + "Tokyo on Monday. The two leaders held more than three hours of talks behind closed doors.", EventClass.Meeting);
        assertTrue(labels(e, Role.participant).containsAll(List.of("Narendra Modi", "Fumio Kishida")), e.participants().toString());
    }

    @Test
    void welcomingAThingIsNoVisit() {
        none("Thailand's commerce ministry welcomed the Indonesian order.", EventClass.Visit);
        none("Brazil's farm ministry welcomed the Chinese purchase.", EventClass.Visit);
        EventMention e = only("Kenya hosted a Ugandan delegation in May.", EventClass.Visit);
        assertEquals(List.of("Uganda"), labels(e, Role.agent));
    }

    // --- deployments ---

    @Test
    void troopsThatPatrolAreDeployed() {
        EventMention e = only("Some 2,000 Indian troops patrolled the border near Ladakh last year.", EventClass.Deployment);
        assertEquals(List.of("India"), labels(e, Role.agent));
        assertTrue(labels(e, Role.location).contains("Ladakh"), e.participants().toString());
        assertTrue(hasValue(e, "2000"), e.quantities().toString());
    }
}
