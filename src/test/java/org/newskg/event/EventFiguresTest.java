package org.newskg.event;

import static org.newskg.event.EventFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.entity.Entity;

/**
 * Figures and parties of payments, trade and labour migration told in the ways news tells them (issue #5, part 3b):
 * rival figures a source "puts at" a value, wages counted in the people paid, investments, deposits and released
 * tranches, nationals deported, workers counted after modifiers, and "the two countries". Every sentence is invented
 * for the test, each kind on several countries, so that no rule holds for one wording only.
 */
class EventFiguresTest {

    // --- rival figures a source puts "at" a value, in the next sentence ---

    @Test
    void aRivalHeadCountPutAtAValueJoinsTheDeployment() {
        EventMention e = only("Kenya sent about 300 police officers to Haiti on Monday. Haitian officials put the number "
                + "at nearly 400.", EventClass.Deployment);
        assertTrue(hasValue(e, "300") && hasValue(e, "400"), e.quantities().toString());
        EventMention tanks = only("Germany delivered 20 tanks to Ukraine in April. Officials in Kyiv put the number at 18.",
                EventClass.ArmsTransfer);
        assertTrue(hasValue(tanks, "20") && hasValue(tanks, "18"), tanks.quantities().toString());
    }

    @Test
    void aRivalTonnageOrSumPutAtAValueJoinsTheTrade() {
        EventMention beef = only("Brazil sold an estimated 40,000 tonnes of beef to Chile in May. Chilean customs data put "
                + "the figure at 36,000 tonnes.", EventClass.Trade);
        assertTrue(hasValue(beef, "40000") && hasValue(beef, "36000"), beef.quantities().toString());
        EventMention sum = only("Trade between Peru and Ecuador reached about $3 billion last year, according to Peru's "
                + "central bank. The Andean Community put the figure at $2.7 billion.", EventClass.Trade);
        assertTrue(hasValue(sum, "3000000000") && hasValue(sum, "2700000000"), sum.quantities().toString());
    }

    @Test
    void aFigureOfAnotherMeasureIsNoRivalFigure() {
        EventMention e = only("Poland bought 48 howitzers from South Korea in June. Analysts put the share of local "
                + "parts at 40 percent.", EventClass.ArmsTransfer);
        assertEquals(1, e.quantities().size(), e.quantities().toString());
    }

    @Test
    void anAttackersClaimInTheNextSentenceIsATollOfTheAttackJustTold() {
        List<EventMention> es = events("On Friday, militants raided an army post near Maiduguri and killed at least 14 "
                + "Nigerian soldiers, a local official said. Boko Haram said in a statement that it had killed 40.");
        List<EventMention> casualties = es.stream().filter(m -> m.eventClass() == EventClass.Casualty).toList();
        assertEquals(1, casualties.size(), es.toString());
        assertTrue(hasValue(casualties.get(0), "14") && hasValue(casualties.get(0), "40"), casualties.toString());
        assertEquals(List.of("Boko Haram"), casualties.get(0).participants().getOrDefault(Role.agent, List.of()).stream()
                .map(Entity::label).toList(), "the claimant is the attacker");
        List<EventMention> other = events("Russian missiles struck Kharkiv on Monday, killing 11 people. Ukraine said it had "
                + "killed 300 Russian soldiers near Bakhmut.").stream().filter(m -> m.eventClass() == EventClass.Casualty).toList();
        assertEquals(2, other.size(), "a claim about another place and other victims is another event: " + other);
    }

    @Test
    void aSumToldOfTheDefiniteEventNounInTheNextSentenceJoinsThatEvent() {
        EventMention tranche = only("The IMF approved a new loan for Pakistan on Friday. The tranche, worth about $1.1 billion, "
                + "will be disbursed next week.", EventClass.Payment);
        assertTrue(hasValue(tranche, "1100000000"), tranche.quantities().toString());
        EventMention loan = only("The Asian Development Bank approved a loan to Nepal in June. The loan, worth $180 million, "
                + "will fund irrigation.", EventClass.Payment);
        assertTrue(hasValue(loan, "180000000"), loan.quantities().toString());
        EventMention talks = only("Kenya and Uganda held talks in Nairobi on Monday. The talks lasted five hours.",
                EventClass.Meeting);
        assertTrue(talks.quantities().isEmpty(), "a meeting counts nothing: " + talks.quantities());
    }

    @Test
    void theWeekendIsTheLatestOneBeforePublication() {
        TimeResolver resolver = new TimeResolver();
        String text = "The troops arrived in Bangui over the weekend.";
        // a Thursday paper: the weekend was in the month before
        List<TimeMention> thursday = resolver.find(TestSentences.whole(text), text, LocalDate.of(2026, 4, 2), null);
        assertEquals("2026-03", thursday.get(0).value().value(), thursday.toString());
        String at = "Rwanda flew 200 troops to Maputo at the weekend.";
        List<TimeMention> monday = resolver.find(TestSentences.whole(at), at, LocalDate.of(2025, 6, 2), null);
        assertEquals("2025-05", monday.get(0).value().value(), monday.toString());
    }

    // --- figures before a model name ---

    @Test
    void aFigureBeforeAModelNameCountsTheNounAfterIt() {
        QuantityParser parser = new QuantityParser();
        for (String[] c : new String[][] {
                {"Poland bought 96 AH-64E Apache attack helicopters from the United States.", "96", "helicopters"},
                {"Romania ordered 54 M1A2 Abrams tanks last year.", "54", "tanks"},
                {"Egypt received 24 Su-35 fighter jets from Russia.", "24", "jets"}}) {
            List<Quantity> qs = parser.parse(TestSentences.whole(c[0]), c[0]);
            assertTrue(qs.stream().anyMatch(q -> q.value() != null && q.value().compareTo(new BigDecimal(c[1])) == 0
                    && c[2].equals(q.unit())), c[0] + " -> " + qs);
        }
        EventMention e = only("The first six of 18 F-16 jets that Romania is buying from Norway arrived near Constanta on "
                + "Friday.", EventClass.ArmsTransfer);
        assertTrue(hasValue(e, "6") && hasValue(e, "18"), e.quantities().toString());
    }

    // --- payments ---

    @Test
    void wagesPaidCountThePeoplePaidAndGoToTheirState() {
        EventMention e = only("Qatar paid the salaries of about 2,500 Lebanese soldiers last year, roughly $60 million.",
                EventClass.Payment);
        assertEquals(List.of("Q822"), keys(e, Role.recipient));
        assertTrue(hasValue(e, "2500") && hasValue(e, "60000000"), e.quantities().toString());
        EventMention wages = only("The United Arab Emirates pays the wages of some 1,200 Sudanese workers, about $9 million "
                + "a year.", EventClass.Payment);
        assertEquals(List.of("Q1049"), keys(wages, Role.recipient));
        assertTrue(hasValue(wages, "1200"), wages.quantities().toString());
    }

    @Test
    void investedDepositedAndReleasedSumsArePayments() {
        EventMention invest = only("Japan invested $4 billion in Indonesia in 2024, the trade ministry said.", EventClass.Payment);
        assertEquals(List.of("Q17"), keys(invest, Role.agent));
        assertEquals(List.of("Q252"), keys(invest, Role.recipient));
        EventMention deposit = only("Kuwait deposited $2 billion at the Central Bank of Jordan in March.", EventClass.Payment);
        assertEquals(List.of("Q817"), keys(deposit, Role.agent));
        assertTrue(hasValue(deposit, "2000000000"));
        EventMention release = only("The World Bank's board approved the release of $700 million to Kenya on Tuesday.",
                EventClass.Payment);
        assertEquals(List.of("Q114"), keys(release, Role.recipient));
        assertTrue(hasValue(release, "700000000"));
        EventMention released = only("The Asian Development Bank released $300 million to Sri Lanka on Monday.",
                EventClass.Payment);
        assertEquals(List.of("Q854"), keys(released, Role.recipient));
    }

    @Test
    void aReleasedOrInvestedThingThatIsNoMoneyIsNoPayment() {
        assertTrue(events("Ethiopia released 300 prisoners on Friday.").stream()
                .noneMatch(m -> m.eventClass() == EventClass.Payment));
        assertTrue(events("Vietnam invested heavily in new ports last year.").stream()
                .noneMatch(m -> m.eventClass() == EventClass.Payment));
    }

    @Test
    void theCentralBankNamedEarlierReceivesADeposit() {
        EventMention e = only("The Central Bank of Jordan reported higher reserves in March. Officials credited the Gulf "
                + "states. Kuwait deposited a further $1 billion at the central bank in April, two officials said.",
                EventClass.Payment);
        assertEquals(List.of("Central Bank of Jordan"), e.participants().getOrDefault(Role.recipient, List.of()).stream()
                .map(Entity::label).toList());
    }

    // --- the day a source told of an event with no time of its own ---

    @Test
    void anEventWithNoTimeOfItsOwnTakesTheDayItsSourceToldOfIt() {
        EventMention loan = only("The African Development Bank has approved a loan of $400 million to Zambia, the bank said "
                + "in a statement on Thursday.", EventClass.Payment);
        assertEquals("2025-03-06", loan.time().value());
        EventMention own = only("Norway sent 40 police officers to Latvia in January, the ministry said on Monday.",
                EventClass.Deployment);
        assertEquals("2025-01", own.time().value(), "the event's own time wins over the report's");
    }

    @Test
    void aPaymentToNoOneNamedIsNoEvent() {
        assertTrue(events("The price was well below what Argentina paid in 2023, when it bought $900 million of beef.")
                .stream().noneMatch(m -> m.eventClass() == EventClass.Payment));
        assertTrue(events("Qatar pledged $200 million for new roads once the ceasefire holds.").stream()
                .noneMatch(m -> m.eventClass() == EventClass.Payment));
    }

    @Test
    void remittancesFromNationalsAbroadGoToTheirStateFromTheCountriesTheyWorkIn() {
        EventMention e = only("Remittances from Filipinos abroad reached $38 billion last year, mostly from the United States "
                + "and Saudi Arabia.", EventClass.Payment);
        assertEquals(List.of("Q928"), keys(e, Role.recipient));
        assertTrue(keys(e, Role.agent).containsAll(List.of("Q30", "Q851")), e.participants().toString());
        EventMention gulf = only("Remittances from Pakistanis working in the Gulf rose to a record $30 billion in 2024, the "
                + "central bank said.", EventClass.Payment);
        assertEquals(List.of("Q843"), keys(gulf, Role.recipient));
        EventMention named = only("Remittances to Nepal from Qatar reached $2 billion last year.", EventClass.Payment);
        assertEquals(List.of("Q846"), keys(named, Role.agent), "a named country after 'from' still pays");
    }

    // --- trade told in tonnes of what was just named ---

    @Test
    void tonnesBoughtRightAfterATradeOfGoodsAreThoseGoods() {
        EventMention e = events("Indonesia will import 1 million tonnes of rice from Vietnam and Thailand, Bulog said on "
                + "Saturday. Bulog has signed contracts to buy 600,000 tonnes from Vietnamese exporters and 400,000 tonnes "
                + "from Thailand.").stream().filter(m -> m.eventClass() == EventClass.Trade && m.sentenceIndex() == 1)
                .findFirst().orElseThrow();
        assertTrue(hasValue(e, "600000") && hasValue(e, "400000"), e.quantities().toString());
        assertTrue(keys(e, Role.agent).contains("Q881"), e.participants().toString());
        EventMention wheat = events("Egypt will import 2 million tonnes of wheat from Russia this year. Egypt has signed "
                + "contracts to buy 500,000 tonnes from Romanian traders.").stream()
                .filter(m -> m.eventClass() == EventClass.Trade && m.sentenceIndex() == 1).findFirst().orElseThrow();
        assertTrue(hasValue(wheat, "500000") && keys(wheat, Role.agent).contains("Q218"), wheat.toString());
    }

    // --- labour migration ---

    @Test
    void workingSomewhereUnnamedIsNoMigration() {
        assertTrue(events("Remittances from the roughly 3 million Filipinos working abroad are rising.").stream()
                .noneMatch(m -> m.eventClass() == EventClass.LaborMigration));
        EventMention e = only("About 400,000 Nepalis work in Qatar, the ministry said.", EventClass.LaborMigration);
        assertTrue(hasValue(e, "400000"));
    }

    @Test
    void countedNationalsDeportedAreALabourMigrationFromTheirState() {
        EventMention e = only("Saudi Arabia deported 1,900 Ethiopians in the first half of the year, the interior "
                + "ministry said.", EventClass.LaborMigration);
        assertEquals(List.of("Q851"), keys(e, Role.agent));
        assertTrue(e.participants().values().stream().flatMap(List::stream).anyMatch(x -> x.key().equals("Q115")),
                e.participants().toString());
        assertTrue(hasValue(e, "1900"));
        EventMention nationals = only("Kuwait expelled about 600 Egyptian nationals last month for visa violations.",
                EventClass.LaborMigration);
        assertTrue(hasValue(nationals, "600"));
    }

    @Test
    void workersAfterModifiersComeFromTheStateOfTheirDemonym() {
        EventMention e = only("Italy received the first 800 of a planned 3,000 Tunisian seasonal farm workers in May.",
                EventClass.LaborMigration);
        assertEquals(List.of("Q38"), keys(e, Role.recipient));
        assertEquals(List.of("Q948"), keys(e, Role.agent));
        assertTrue(hasValue(e, "800") && hasValue(e, "3000"), e.quantities().toString());
        EventMention spain = only("Spain received the first 900 of a planned 4,000 Moroccan workers in June.",
                EventClass.LaborMigration);
        assertEquals(List.of("Q1028"), keys(spain, Role.agent));
    }

    // --- "the two countries" ---

    @Test
    void tradeBetweenTheTwoCountriesIsBetweenThePairTheArticleIsAbout() {
        EventMention e = only("Chile and Peru signed a fisheries accord in Lima on Monday. Chilean officials said Peru would "
                + "also buy more copper. Trade between the two countries reached about $4.1 billion last year.",
                EventClass.Trade);
        assertTrue(keys(e, Role.participant).containsAll(List.of("Q298", "Q419")), e.participants().toString());
        assertTrue(hasValue(e, "4100000000"));
        EventMention neighbours = only("Kenya's President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha. "
                + "Kenya and Tanzania agreed to cut tariffs. Trade between the two neighbours was worth roughly $1.2 billion "
                + "in 2024.", EventClass.Trade);
        assertTrue(keys(neighbours, Role.participant).containsAll(List.of("Q114", "Q924")), neighbours.participants().toString());
    }
}
