package org.newskg.event;

import static org.newskg.event.EventFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.TestArticles;

/**
 * The wordings news uses for sanctions, arms, aid, money, labour migration, deployments, casualties and
 * meetings beyond the plain verbs: every sentence here is invented for the test.
 */
class EventLexiconCoverageTest {

    // --- sanctions ---

    @Test
    void theSubjectOfAdoptingAPackageOfSanctionsImposesThem() {
        EventMention e = only("The European Union adopted its 14th package of sanctions against Belarus on Friday.", EventClass.Sanction);
        assertEquals(List.of("Q458"), keys(e, Role.agent));
        assertEquals(List.of("Q184"), keys(e, Role.target));
    }

    @Test
    void measuresAndRestrictionsAgainstAStateAreSanctions() {
        EventMention eased = only("Canada eased its measures against Venezuela in May.", EventClass.Sanction);
        assertEquals(List.of("Q16"), keys(eased, Role.agent));
        assertEquals(List.of("Q717"), keys(eased, Role.target));
        EventMention ban = only("Norway lifted its ban on fish exports to Iran.", EventClass.Sanction);
        assertEquals(List.of("Q794"), keys(ban, Role.target));
        assertTrue(events("Norway lifted its ban on fish exports to Iran.").stream()
                .noneMatch(m -> m.eventClass() == EventClass.Aid || m.eventClass() == EventClass.ArmsTransfer),
                "the exports a ban stopped are no transfer");
    }

    @Test
    void decliningToJoinSanctionsIsNoSanction() {
        assertFalse(events("Brazil refused to join sanctions against Venezuela.").stream()
                .anyMatch(m -> m.eventClass() == EventClass.Sanction && m.modality() != Modality.Negated));
        assertFalse(events("Austria declined to support the new sanctions against Iran.").stream()
                .anyMatch(m -> m.eventClass() == EventClass.Sanction), "a refusal a few words before still negates");
    }

    // --- arms ---

    @Test
    void aModelDesignationDoesNotHideTheWeapon() {
        EventMention e = only("Turkey delivered 24 T129 helicopters to Nigeria last year.", EventClass.ArmsTransfer);
        assertEquals(List.of("Q43"), keys(e, Role.agent));
        assertEquals(List.of("Q1033"), keys(e, Role.recipient));
        assertTrue(hasValue(e, "24"), e.quantities().toString());
    }

    @Test
    void airDefenceSystemsAndBatteriesAreArms() {
        EventMention systems = only("Italy will send an air defence system to Ukraine.", EventClass.ArmsTransfer);
        assertEquals(Modality.Hypothetical, systems.modality());
        EventMention batteries = only("The Netherlands has supplied two Patriot batteries to Ukraine.", EventClass.ArmsTransfer);
        assertTrue(hasValue(batteries, "2"), batteries.quantities().toString());
    }

    @Test
    void weaponsStationedSomewhereAreAnArmsTransfer() {
        EventMention e = only("Russian missiles were stationed in Belarus in 2023.", EventClass.ArmsTransfer);
        assertEquals(List.of("Q159"), keys(e, Role.agent));
    }

    @Test
    void theSubjectOfApprovingASaleSells() {
        EventMention e = only("The State Department approved the sale of 40 Abrams tanks to Romania.", EventClass.ArmsTransfer);
        assertTrue(keys(e, Role.agent).contains("Q30"), e.participants().toString());
        assertEquals(List.of("Q218"), keys(e, Role.recipient));
        assertTrue(hasValue(e, "40"));
    }

    // --- aid ---

    @Test
    void theSubjectOfAnnouncingAidGivesIt() {
        EventMention e = only("Japan announced $12 million in emergency aid for Yemen.", EventClass.Aid);
        assertEquals(List.of("Q17"), keys(e, Role.agent));
        assertEquals(List.of("Q805"), keys(e, Role.recipient));
        assertTrue(hasValue(e, "12000000"));
    }

    @Test
    void grainDeliveredByAnAgencyIsAid() {
        EventMention e = only("UNICEF delivered 300 tonnes of maize to Malawi in January.", EventClass.Aid);
        assertEquals(List.of("Q1020"), keys(e, Role.recipient));
        assertTrue(hasValue(e, "300"));
        EventMention reached = only("A WFP convoy carrying 90 tonnes of flour reached Yemen on Sunday.", EventClass.Aid);
        assertEquals(List.of("Q805"), keys(reached, Role.recipient));
        assertTrue(hasValue(reached, "90"));
        // from no one named, it is no flow: kept, every such gift to Yemen in every article would be one event
        assertTrue(PIPELINE.process(TestArticles.of("t", "A convoy carrying 90 tonnes of flour reached Yemen on Sunday."))
                .events().stream().noneMatch(m -> m.eventClass() == EventClass.Aid));
    }

    // --- payments ---

    @Test
    void loansPaymentsAndTranchesArePayments() {
        EventMention loan = only("The World Bank approved a $2.5 billion loan to Egypt.", EventClass.Payment);
        assertEquals(List.of("Q79"), keys(loan, Role.recipient));
        assertEquals("USD", loan.quantities().get(0).currency(), "'a $' is not the Australian 'A$'");
        assertTrue(hasValue(loan, "2500000000"), "a decimal figure is not cut by a sentence break: " + loan.quantities());
        EventMention tranche = only("Kuwait disbursed a tranche of $300 million to Jordan.", EventClass.Payment);
        assertEquals(List.of("Q817"), keys(tranche, Role.agent));
        assertEquals(List.of("Q810"), keys(tranche, Role.recipient));
        EventMention lent = only("China lent $2 billion to Argentina in 2023.", EventClass.Payment);
        assertEquals(List.of("Q148"), keys(lent, Role.agent));
        assertEquals(List.of("Q414"), keys(lent, Role.recipient));
    }

    @Test
    void moneyContributedIsAPaymentAndTroopsContributedADeployment() {
        EventMention paid = only("Sweden contributed $40 million to UNICEF.", EventClass.Payment);
        assertEquals(List.of("Q34"), keys(paid, Role.agent));
        EventMention troops = only("Rwanda contributed 800 troops to the mission in Mozambique.", EventClass.Deployment);
        assertEquals(List.of("Q1037"), keys(troops, Role.agent));
    }

    @Test
    void workersSendingMoneyHomeIsAPaymentFromTheHostState() {
        EventMention e = only("Filipino workers in Kuwait sent home $800 million last year.", EventClass.Payment);
        assertEquals(List.of("Q928"), keys(e, Role.recipient));
        assertEquals(List.of("Q817"), keys(e, Role.agent));
        assertTrue(hasValue(e, "800000000"));
    }

    // --- labour migration ---

    @Test
    void headCountsOfWorkersAbroadAreLabourMigration() {
        EventMention work = only("Some 250,000 Bangladeshis work in Malaysia.", EventClass.LaborMigration);
        assertEquals(List.of("Q902"), keys(work, Role.agent));
        assertEquals(List.of("Q833"), keys(work, Role.recipient));
        assertTrue(hasValue(work, "250000"));
        EventMention left = only("About 600,000 Indonesians left the country for jobs abroad in 2023.", EventClass.LaborMigration);
        assertEquals(List.of("Q252"), keys(left, Role.agent));
        assertTrue(hasValue(left, "600000"));
        assertTrue(events("Angela Merkel worked in Berlin.").stream().noneMatch(m -> m.eventClass() == EventClass.LaborMigration),
                "working somewhere without a head count is no migration");
    }

    @Test
    void permitsAndRecruitedNursesAreLabourMigration() {
        EventMention permits = only("Sri Lanka issued 90,000 work permits for Kuwait last year.", EventClass.LaborMigration);
        assertEquals(List.of("Q854"), keys(permits, Role.agent));
        assertTrue(hasValue(permits, "90000"));
        EventMention nurses = only("Britain recruited 3,000 nurses from Ghana.", EventClass.LaborMigration);
        // the recruiter and the workers' country both send the workers on their way (as the gold reads recruiting)
        assertTrue(keys(nurses, Role.agent).containsAll(List.of("Q145", "Q117")), nurses.participants().toString());
        assertFalse(keys(nurses, Role.recipient).contains("Q117"), "the workers' country receives nobody");
    }

    // --- deployments, casualties, meetings ---

    @Test
    void policeContingentsAreDeployments() {
        EventMention e = only("The first contingent of Rwandan police arrived in Mozambique on Tuesday.", EventClass.Deployment);
        assertEquals(List.of("Q1037"), keys(e, Role.agent));
        assertEquals(List.of("Q1029"), keys(e, Role.recipient));
    }

    @Test
    void aWarInACountryKillsThere() {
        EventMention e = only("The war in Yemen has killed more than 150,000 people.", EventClass.Casualty);
        assertEquals(List.of("Q805"), keys(e, Role.location));
        assertTrue(hasValue(e, "150000"));
    }

    @Test
    void holdingTalksIsAMeeting() {
        EventMention e = only("Macron held talks with Modi in Paris.", EventClass.Meeting);
        assertTrue(keys(e, Role.participant).containsAll(List.of("Q3052772", "Q1058")), e.participants().toString());
        EventMention counterpart = only("Modi met his French counterpart in Delhi.", EventClass.Meeting);
        assertTrue(keys(counterpart, Role.participant).contains("Q142"), counterpart.participants().toString());
    }

    @Test
    void orderedWeaponsComeFromTheSeller() {
        EventMention e = only("Romania ordered 54 Abrams tanks from the United States in 2023.", EventClass.ArmsTransfer);
        assertEquals(List.of("Q218"), keys(e, Role.recipient));
        assertEquals(List.of("Q30"), keys(e, Role.agent));
        assertTrue(hasValue(e, "54"));
    }

    @Test
    void pledgedMoneyIsAPaymentUnlessTheSentenceCallsItAid() {
        EventMention money = only("Germany pledged $75 million to the Red Cross.", EventClass.Payment);
        assertEquals(List.of("Q183"), keys(money, Role.agent));
        List<EventMention> aid = events("Norway pledged $20 million in humanitarian aid for Lebanon.");
        assertTrue(aid.stream().anyMatch(m -> m.eventClass() == EventClass.Aid), aid.toString());
        assertTrue(aid.stream().noneMatch(m -> m.eventClass() == EventClass.Payment), "one event, told as aid");
    }

    @Test
    void aWageRateGoesToThePaymentNotToTheWorkers() {
        EventMention e = only("Kuwait pays Filipino workers about $400 a month.", EventClass.Payment);
        assertEquals("P1M", e.quantities().get(0).per());
    }

    @Test
    void leadingAForceSomewhereIsADeployment() {
        EventMention e = only("Rwanda will lead a 2,000-strong force in Mozambique.", EventClass.Deployment);
        assertEquals(List.of("Q1037"), keys(e, Role.agent));
        assertEquals(Modality.Hypothetical, e.modality());
    }

    @Test
    void takingDeliveryAndSigningAContractMakeTheSubjectTheBuyer() {
        EventMention took = only("Romania took delivery of the first 8 F-16 jets from Norway.", EventClass.ArmsTransfer);
        assertEquals(List.of("Q218"), keys(took, Role.recipient));
        assertEquals(List.of("Q20"), keys(took, Role.agent));
        EventMention contract = only("Egypt signed a $3 billion contract with France for 30 Rafale jets.", EventClass.ArmsTransfer);
        assertEquals(List.of("Q79"), keys(contract, Role.recipient));
        assertEquals(List.of("Q142"), keys(contract, Role.agent));
        assertTrue(hasValue(contract, "30"));
    }

    @Test
    void frozenAssetsAndBannedImportsAreSanctions() {
        EventMention frozen = only("Canada froze the assets of nine Iranian companies.", EventClass.Sanction);
        assertEquals(List.of("Q16"), keys(frozen, Role.agent));
        assertEquals(List.of("Q794"), keys(frozen, Role.target));
        EventMention banned = only("Japan banned imports of Russian timber in 2022.", EventClass.Sanction);
        assertEquals(List.of("Q17"), keys(banned, Role.agent));
        assertEquals(List.of("Q159"), keys(banned, Role.target));
        assertTrue(events("Japan banned smoking in offices.").stream().noneMatch(m -> m.eventClass() == EventClass.Sanction));
    }

    @Test
    void foodDistributedSomewhereAndMoneyGivenInAidAreAid() {
        EventMention food = only("UNICEF distributed food to 40,000 people in Yemen in May.", EventClass.Aid);
        assertTrue(keys(food, Role.agent).contains("Q740308"), food.participants().toString());
        assertTrue(keys(food, Role.recipient).contains("Q805"), food.participants().toString());
        EventMention money = only("Qatar gave Lebanon $60 million in aid last year.", EventClass.Aid);
        assertEquals(List.of("Q822"), keys(money, Role.recipient));
        assertTrue(hasValue(money, "60000000"));
    }

    @Test
    void forcesDeployedInAStateAreSentToIt() {
        EventMention e = only("Some 900 Rwandan soldiers are now deployed in Mozambique.", EventClass.Deployment);
        assertEquals(List.of("Q1029"), keys(e, Role.recipient));
        assertTrue(hasValue(e, "900"));
    }

    @Test
    void aQualifiedFigureStillNamesWhatWasMoved() {
        EventMention e = only("Iran has shipped at least 300 rockets to Hezbollah since May.", EventClass.ArmsTransfer);
        assertTrue(hasValue(e, "300"), e.quantities().toString());
        assertEquals(Qualifier.AtLeast, e.quantities().get(0).qualifier());
        EventMention upTo = only("Turkey will send up to 20 drones to Somalia.", EventClass.ArmsTransfer);
        assertTrue(hasValue(upTo, "20"), upTo.quantities().toString());
    }

    @Test
    void countedCompaniesAreTargetsNotWeapons() {
        List<EventMention> es = events("Britain imposed sanctions on four Iranian officials and two companies it accuses of "
                + "supplying drones to Russia.");
        EventMention sanction = es.stream().filter(m -> m.eventClass() == EventClass.Sanction).findFirst().orElseThrow();
        assertTrue(hasValue(sanction, "2") || hasValue(sanction, "4"), sanction.quantities().toString());
        assertTrue(es.stream().filter(m -> m.eventClass() == EventClass.ArmsTransfer)
                .allMatch(m -> m.quantities().stream().noneMatch(q -> "companies".equals(q.unit()))), es.toString());
    }
}
