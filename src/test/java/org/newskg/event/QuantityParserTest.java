package org.newskg.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.Sentence;

class QuantityParserTest {
    private static final QuantityParser PARSER = new QuantityParser();

    /** Figures of a text read as one sentence; every figure's offsets must slice out its text. */
    private static List<Quantity> parse(String text) {
        List<Quantity> found = PARSER.parse(TestSentences.whole(text), text);
        for (Quantity q : found) {
            assertEquals(q.text(), text.substring(q.begin(), q.end()), "offsets of " + q);
        }
        return found;
    }

    private static Quantity only(String text) {
        List<Quantity> found = parse(text);
        assertEquals(1, found.size(), () -> "expected one figure in: " + text + " -> " + found);
        return found.get(0);
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        if (expected == null) {
            assertNull(actual);
        } else {
            assertTrue(actual != null && new BigDecimal(expected).compareTo(actual) == 0,
                    () -> "expected " + expected + " but was " + actual);
        }
    }

    private static void assertFigure(Quantity q, String value, String unit, String currency, Qualifier qualifier,
                                     String per, String text) {
        assertDecimal(value, q.value());
        assertEquals(unit, q.unit(), "unit of " + q);
        assertEquals(currency, q.currency(), "currency of " + q);
        assertEquals(qualifier, q.qualifier(), "qualifier of " + q);
        assertEquals(per, q.per(), "per of " + q);
        assertEquals(text, q.text());
    }

    private static void assertRange(Quantity q, String min, String max, String unit) {
        assertNull(q.value(), "a range has no single value: " + q);
        assertDecimal(min, q.min());
        assertDecimal(max, q.max());
        assertEquals(unit, q.unit());
    }

    // ---- ranges ----

    @Test
    void rangeWithTo() {
        Quantity q = only("Moscow pledged 600,000 to 700,000 tons of wheat to the impoverished state.");
        assertRange(q, "600000", "700000", "tons");
        assertEquals("600,000 to 700,000 tons", q.text());
        assertEquals(Qualifier.Exact, q.qualifier());
    }

    @Test
    void rangeWithBetween() {
        Quantity q = only("Seoul believes between 10,000 and 12,000 troops crossed the border.");
        assertRange(q, "10000", "12000", "troops");
        assertEquals("between 10,000 and 12,000 troops", q.text());
    }

    @Test
    void rangeWithHyphen() {
        Quantity q = only("Officials counted 10,000-12,000 soldiers at the camp.");
        assertRange(q, "10000", "12000", "soldiers");
    }

    @Test
    void rangeSharesTheScaleOfItsUpperBound() {
        Quantity q = only("The shipments are worth $5-6 billion to the regime.");
        assertRange(q, "5000000000", "6000000000", null);
        assertEquals("USD", q.currency());
    }

    @Test
    void aDecreaseIsTwoFiguresNotARange() {
        List<Quantity> found = parse("Enrolment shrank from 21,000 in 2016 to approximately 9,000 by 2022, the ministry said.");
        assertEquals(2, found.size(), found::toString);
        assertFigure(found.get(0), "21000", null, null, Qualifier.Exact, null, "21,000");
        assertFigure(found.get(1), "9000", null, null, Qualifier.Approximately, null, "approximately 9,000");
    }

    @Test
    void percentRange() {
        Quantity q = only("Exports rose 5 to 7 percent last quarter.");
        assertRange(q, "5", "7", "percent");
    }

    // ---- money ----

    @Test
    void upToBillionsOfDollars() {
        Quantity q = only("Munitions exports could bring the treasury up to $5.5 billion, a think tank says.");
        assertFigure(q, "5500000000", null, "USD", Qualifier.UpTo, null, "up to $5.5 billion");
        assertTrue(q.isMoney());
    }

    @Test
    void usDollarSymbol() {
        // the sentence detector splits after "US$5.5": read the text as one sentence
        Quantity q = only("Analysts put the revenue at US$5.5 billion last year.");
        assertFigure(q, "5500000000", null, "USD", Qualifier.Exact, null, "US$5.5 billion");
    }

    @Test
    void monthlyWage() {
        Quantity q = only("Each labourer is paid $2,000 per month by the contractor.");
        assertFigure(q, "2000", null, "USD", Qualifier.Exact, "P1M", "$2,000 per month");
    }

    @Test
    void annualRevenue() {
        Quantity q = only("The arrangement could bring in $572 million annually for the state.");
        assertFigure(q, "572000000", null, "USD", Qualifier.Exact, "P1Y", "$572 million annually");
    }

    @Test
    void ratesInOtherWords() {
        List<Quantity> found = parse("Guards earn $30 a day, clerks $250 weekly, engineers $900 a month "
                + "and managers $40,000 a year.");
        assertEquals(List.of("P1D", "P1W", "P1M", "P1Y"), found.stream().map(Quantity::per).toList());
    }

    @Test
    void aYearAgoIsNotARate() {
        Quantity q = only("The fund received $40 million a year ago.");
        assertFigure(q, "40000000", null, "USD", Qualifier.Exact, null, "$40 million");
    }

    @Test
    void gluedScaleSuffix() {
        Quantity q = only("The port upgrade cost €1.2bn in total.");
        assertFigure(q, "1200000000", null, "EUR", Qualifier.Exact, null, "€1.2bn");
    }

    @Test
    void currencySymbolsAndNames() {
        List<Quantity> found = parse("The ministry paid £40 million, 300 million won, 12 million roubles, "
                + "8 million rubles, 40 million yuan, 3 billion yen, 2 million hryvnias and 7 million euros.");
        assertEquals(List.of("GBP", "KRW", "RUB", "RUB", "CNY", "JPY", "UAH", "EUR"),
                found.stream().map(Quantity::currency).toList());
        assertDecimal("300000000", found.get(1).value());
        assertNull(found.get(1).unit());
    }

    @Test
    void billionsOfDollarsIsVague() {
        Quantity q = only("The deal channels billions of dollars’ worth of credit into the shipyards.");
        assertNull(q.value());
        assertDecimal("1000000000", q.min());
        assertEquals("USD", q.currency());
        assertEquals(Qualifier.AtLeast, q.qualifier());
        assertEquals("billions of dollars", q.text());
    }

    @Test
    void currencyWordAfterDigits() {
        Quantity q = only("The contract is worth 1.5 billion dollars to the shipyard.");
        assertFigure(q, "1500000000", null, "USD", Qualifier.Exact, null, "1.5 billion dollars");
    }

    // ---- counted units ----

    @Test
    void moreThanContainers() {
        Quantity q = only("Satellite images show more than 13,000 containers at the port.");
        assertFigure(q, "13000", "containers", null, Qualifier.AtLeast, null, "more than 13,000 containers");
    }

    @Test
    void aroundSoldiers() {
        Quantity q = only("Around 3,000 soldiers have already reached the front.");
        assertFigure(q, "3000", "soldiers", null, Qualifier.Approximately, null, "Around 3,000 soldiers");
    }

    @Test
    void millionMembers() {
        Quantity q = only("The party claims 1.3 million members nationwide.");
        assertFigure(q, "1300000", "members", null, Qualifier.Exact, null, "1.3 million members");
    }

    @Test
    void unitSkipsDemonymsAndAdjectives() {
        Quantity q = only("Some 4,000 North Korean workers arrived at the construction sites.");
        assertFigure(q, "4000", "workers", null, Qualifier.Approximately, null, "Some 4,000 North Korean workers");
    }

    @Test
    void unitIsTheHeadOfACompound() {
        Quantity q = only("Inspectors tracked 9,400 shipping containers through the port.");
        assertEquals("containers", q.unit());
        assertEquals("9,400 shipping containers", q.text());
    }

    @Test
    void unitBeforeOf() {
        Quantity q = only("The convoy carried 2,500 tons of rice to the north.");
        assertFigure(q, "2500", "tons", null, Qualifier.Exact, null, "2,500 tons");
    }

    @Test
    void artilleryShells() {
        Quantity q = only("The factory shipped 1 million artillery shells to the front.");
        assertFigure(q, "1000000", "shells", null, Qualifier.Exact, null, "1 million artillery shells");
    }

    @Test
    void bareNumberHasNoUnit() {
        Quantity q = only("The number of guest workers dropped to 9,500 by the spring.");
        assertFigure(q, "9500", null, null, Qualifier.Exact, null, "9,500");
    }

    @Test
    void yearLikeNumberCountingTroopsIsAFigure() {
        Quantity q = only("Officials said 2000 troops had been moved.");
        assertFigure(q, "2000", "troops", null, Qualifier.Exact, null, "2000 troops");
    }

    // ---- vague and worded numbers ----

    @Test
    void thousandsOfSoldiers() {
        Quantity q = only("Thousands of soldiers were sent to the region in secret.");
        assertNull(q.value());
        assertDecimal("1000", q.min());
        assertEquals("soldiers", q.unit());
        assertEquals(Qualifier.AtLeast, q.qualifier());
        assertEquals("Thousands of soldiers", q.text());
    }

    @Test
    void hundredsAndTensOfThousands() {
        List<Quantity> found = parse("Hundreds of missiles and tens of thousands of rockets were delivered.");
        assertEquals(2, found.size(), found::toString);
        assertDecimal("100", found.get(0).min());
        assertEquals("missiles", found.get(0).unit());
        assertDecimal("10000", found.get(1).min());
        assertEquals("rockets", found.get(1).unit());
        assertEquals(Qualifier.AtLeast, found.get(1).qualifier());
    }

    @Test
    void numbersInWords() {
        List<Quantity> found = parse("Ten thousand troops, two million refugees, a dozen drones and "
                + "twenty-five tanks were reported.");
        assertEquals(4, found.size(), found::toString);
        assertFigure(found.get(0), "10000", "troops", null, Qualifier.Exact, null, "Ten thousand troops");
        assertFigure(found.get(1), "2000000", "refugees", null, Qualifier.Exact, null, "two million refugees");
        assertFigure(found.get(2), "12", "drones", null, Qualifier.Exact, null, "a dozen drones");
        assertFigure(found.get(3), "25", "tanks", null, Qualifier.Exact, null, "twenty-five tanks");
    }

    @Test
    void aFewThousandIsAnApproximateRange() {
        Quantity q = only("A few thousand engineers stayed behind.");
        assertRange(q, "2000", "9000", "engineers");
        assertEquals(Qualifier.Approximately, q.qualifier());
    }

    @Test
    void halfAMillion() {
        Quantity q = only("The state stockpiled half a million tons of fuel.");
        assertFigure(q, "500000", "tons", null, Qualifier.Exact, null, "half a million tons");
    }

    // ---- qualifiers ----

    @Test
    void qualifierCues() {
        assertEquals(Qualifier.Estimated, only("An estimated 11,000 troops took part.").qualifier());
        assertEquals(Qualifier.Estimated, only("Estimates suggest 3,000 sailors are aboard.").qualifier());
        assertEquals(Qualifier.AtLeast, only("At least 15,000 personnel are stationed there.").qualifier());
        assertEquals(Qualifier.AtLeast, only("Upwards of 200 tanks were seen near the border.").qualifier());
        assertEquals(Qualifier.AtLeast, only("The bill came in excess of $3 million.").qualifier());
        assertEquals(Qualifier.AtLeast, only("Over 100,000 people fled the city.").qualifier());
        assertEquals(Qualifier.Approximately, only("Nearly 900 sailors were rescued.").qualifier());
        assertEquals(Qualifier.Approximately, only("Almost 70 vessels waited offshore.").qualifier());
        assertEquals(Qualifier.Approximately, only("Roughly 2,500 engineers were sent.").qualifier());
        assertEquals(Qualifier.Approximately, only("Close to 40 drones were shot down.").qualifier());
        assertEquals(Qualifier.Approximately, only("The army has approximately 1,200 tanks.").qualifier());
        assertEquals(Qualifier.UpTo, only("As many as 500 trucks queued at the crossing.").qualifier());
    }

    @Test
    void qualifierAfterTheFigure() {
        Quantity q = only("The unit lost 300 soldiers or more during the assault.");
        assertFigure(q, "300", "soldiers", null, Qualifier.AtLeast, null, "300 soldiers or more");
    }

    @Test
    void percentages() {
        List<Quantity> found = parse("Output grew 5% while imports fell 12.5 percent.");
        assertEquals(2, found.size(), found::toString);
        assertFigure(found.get(0), "5", "percent", null, Qualifier.Exact, null, "5%");
        assertFigure(found.get(1), "12.5", "percent", null, Qualifier.Exact, null, "12.5 percent");
    }

    // ---- what is not a figure ----

    @Test
    void yearsAndDatesAreNotFigures() {
        assertEquals(List.of(), parse("In 2015, the assembly approved the budget."));
        assertEquals(List.of(), parse("Troops have been arriving since August 2023."));
        assertEquals(List.of(), parse("The summit took place on December 17, 2024, in the capital."));
        assertEquals(List.of(), parse("The agreement was published on 2024-11-30."));
        assertEquals(List.of(), parse("They met on Dec. 5 and again in the 1990s."));
        assertEquals(List.of(), parse("The 2018 summit ended without a deal."));
    }

    @Test
    void relativeTimesAreNotFigures() {
        assertEquals(List.of(), parse("The talks began six years ago."));
        assertEquals(List.of(), parse("The base was built over two years ago."));
    }

    @Test
    void agesClockTimesAndOrdinalsAreNotFigures() {
        assertEquals(List.of(), parse("A 40-year-old officer led the first convoy."));
        assertEquals(List.of(), parse("Kim, 40, said nothing."));
        assertEquals(List.of(), parse("The ship left at 10:30 and returned at 3 p.m. on the third day."));
        assertEquals(List.of(), parse("He finished 21st in the race."));
    }

    @Test
    void oneOfTheLargestIsNotAFigure() {
        assertEquals(List.of(), parse("It was one of the largest deployments abroad."));
        assertEquals(List.of(), parse("The two met in Vladivostok."));
    }

    @Test
    void designatorsAndIdentifiersAreNotFigures() {
        assertEquals(List.of(), parse("The F-16 and the Hwasong-19 were discussed under Resolution 2397."));
    }

    @Test
    void durationsAreNotFigures() {
        assertEquals(List.of(), parse("A 10-year deal was signed after a three-day visit."));
        assertEquals(List.of(), parse("The program ran for three years."));
    }

    @Test
    void figuresInOneSentenceKeepOffsetsIntoTheDocument() {
        String text = "Kim met officials. About 4,000 workers earn approximately $800 each month in Russia.";
        Sentence second = TestSentences.annotate(text).sentences().get(1);
        List<Quantity> found = PARSER.parse(second, text);
        assertEquals(2, found.size(), found::toString);
        for (Quantity q : found) {
            assertEquals(q.text(), text.substring(q.begin(), q.end()));
        }
        assertFigure(found.get(0), "4000", "workers", null, Qualifier.Approximately, null, "About 4,000 workers");
        assertFigure(found.get(1), "800", null, "USD", Qualifier.Approximately, "P1M", "approximately $800 each month");
    }

    @Test
    void parserIsSafeToShareBetweenThreads() {
        String text = "Up to 6,000 troops and $2,000 per month were promised in July.";
        Sentence s = TestSentences.whole(text);
        List<Quantity> expected = PARSER.parse(s, text);
        assertEquals(2, expected.size());
        IntStream.range(0, 200).parallel().forEach(k -> assertEquals(expected, PARSER.parse(s, text)));
    }

    @Test
    void wordListsCanBeExtendedWithoutJava() throws IOException {
        String bundled;
        try (InputStream in = QuantityParser.class.getResourceAsStream("/event/quantity-words.tsv")) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        WordTable extended = WordTable.read(new StringReader(bundled
                + "currency-name\tdinars\tIQD\nqualifier-before\tupward of about\tApproximately\n"), "extended");
        QuantityParser parser = new QuantityParser(extended, WordTable.fromResource("/event/number-words.tsv"),
                new TimeResolver());
        String text = "Baghdad paid 5 million dinars for the fuel.";
        List<Quantity> found = parser.parse(TestSentences.whole(text), text);
        assertEquals(1, found.size(), found::toString);
        assertEquals("IQD", found.get(0).currency());
        assertEquals("5 million dinars", found.get(0).text());
        // the bundled parser does not know the currency
        assertNull(only(text).currency());
    }

    @Test
    void moreBeforeTheNounStillCountsIt() {
        assertFigure(only("Up to 2,000 more nurses will follow in June."), "2000", "nurses", null, Qualifier.UpTo, null,
                "Up to 2,000 more nurses");
    }

    @Test
    void aSumRestatedInAnotherCurrencyKeepsItsRate() {
        List<Quantity> qs = parse("Drivers are paid 40,000 rupees a month, or about $480, the union said.");
        assertEquals(2, qs.size(), qs.toString());
        assertFigure(qs.get(0), "40000", null, "INR", Qualifier.Exact, "P1M", "40,000 rupees a month");
        assertFigure(qs.get(1), "480", null, "USD", Qualifier.Approximately, "P1M", "about $480");
        assertEquals("ILS", only("a bonus of 3,000 shekels").currency());
    }

    @Test
    void fromOneFigureToAnotherIsARangeUnlessSomethingChanged() {
        // "has killed from X to more than Y": a range, each end with its own qualifier
        assertRange(only("the fighting has killed from about 9,000 to more than 60,000 people"), "9000", "60000", "people");
        assertRange(only("with estimates ranging from 2,500 to 4,000"), "2500", "4000", null);
        // "rose from X to Y": two figures, the change's start and end
        assertEquals(2, parse("exports rose from 5,000 tons to 12,000 tons").size());
    }

    @Test
    void aPartOfAWholeCountsWhatTheWholeIsMadeOf() {
        Quantity part = only("measures against six of the same entities");
        assertDecimal("6", part.value());
        assertEquals("entities", part.unit());
        assertEquals(2, parse("the first eight of 96 jets").size(), "the part and the whole");
        assertTrue(parse("one of the largest donors").isEmpty());
    }
}
