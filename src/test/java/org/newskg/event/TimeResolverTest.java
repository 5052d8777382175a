package org.newskg.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.Sentence;

class TimeResolverTest {
    private static final TimeResolver RESOLVER = new TimeResolver();
    /** A Tuesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 12, 17);

    private static List<TimeMention> find(String text, LocalDate published, Integer contextYear) {
        List<TimeMention> found = RESOLVER.find(TestSentences.whole(text), text, published, contextYear);
        for (TimeMention m : found) {
            assertEquals(m.value().text(), text.substring(m.begin(), m.end()), "offsets of " + m);
        }
        return found;
    }

    private static TimeMention only(String text, LocalDate published, Integer contextYear) {
        List<TimeMention> found = find(text, published, contextYear);
        assertEquals(1, found.size(), () -> "expected one time in: " + text + " -> " + found);
        return found.get(0);
    }

    private static TimeMention only(String text) {
        return only(text, PUBLISHED, null);
    }

    private static void assertTime(TimeMention m, String text, String value, String datatype) {
        assertEquals(text, m.value().text());
        assertEquals(value, m.value().value(), () -> "value of " + m);
        assertEquals(datatype, m.value().datatype(), () -> "datatype of " + m);
    }

    // ---- explicit dates ----

    @Test
    void explicitDates() {
        assertTime(only("The treaty was signed on December 17, 2024, in Moscow."), "on December 17, 2024",
                "2024-12-17", "date");
        assertTime(only("The ships docked on 17 December 2024 at dawn."), "on 17 December 2024", "2024-12-17", "date");
        assertTime(only("The decree is dated 2024-12-17 and signed."), "2024-12-17", "2024-12-17", "date");
        assertTime(only("The envoy arrived on 3rd March 2023 with aides."), "on 3rd March 2023", "2023-03-03", "date");
    }

    @Test
    void dayAndMonthWithoutYearTakeTheLatestNotAfterPublication() {
        assertTime(only("The envoy landed on Dec. 12 in the capital."), "on Dec. 12", "2024-12-12", "date");
        // a December 20 after a December 17 publication is last year's
        assertTime(only("The envoy landed on Dec. 20 in the capital."), "on Dec. 20", "2023-12-20", "date");
        assertTime(only("The envoy landed on Dec. 20 in the capital.", PUBLISHED, 2022), "on Dec. 20", "2022-12-20",
                "date");
    }

    @Test
    void monthAndYear() {
        assertTime(only("Production resumed in June 2024 after a pause."), "in June 2024", "2024-06", "gYearMonth");
        assertTime(only("Troops have been sent since August 2023, officials say."), "since August 2023", "2023-08",
                "gYearMonth");
    }

    @Test
    void monthWithoutYearIsTheLatestSuchMonthNotAfterPublication() {
        assertTime(only("The factory reopened in June after repairs."), "in June", "2024-06", "gYearMonth");
        assertTime(only("The factory reopened in December after repairs."), "in December", "2024-12", "gYearMonth");
        assertTime(only("The factory reopened in December after repairs.", LocalDate.of(2024, 3, 10), null),
                "in December", "2023-12", "gYearMonth");
    }

    @Test
    void contextYearWinsForAMonthWithoutYear() {
        assertTime(only("The first group left in September for the front.", PUBLISHED, 2023), "in September",
                "2023-09", "gYearMonth");
        assertTime(only("The first group left in September for the front.", null, 2023), "in September",
                "2023-09", "gYearMonth");
    }

    @Test
    void monthNamesNeedAPrepositionWhenAlone() {
        assertEquals(List.of(), find("He may visit the plant, and May Day passed quietly.", PUBLISHED, null));
        assertTime(only("He may visit in May with his delegation."), "in May", "2024-05", "gYearMonth");
    }

    @Test
    void monthOfARelativeYear() {
        assertTime(only("The pact was drafted in July last year by both sides."), "in July last year", "2023-07",
                "gYearMonth");
    }

    // ---- years ----

    @Test
    void years() {
        assertTime(only("In 2019, the negotiations collapsed."), "In 2019", "2019", "gYear");
        assertTime(only("Sanctions were tightened by the end of 2018, diplomats said."), "by the end of 2018", "2018",
                "gYear");
        assertTime(only("Output recovered in mid-2023 after floods."), "in mid-2023", "2023", "gYear");
        assertTime(only("The 2018 summit ended without a deal."), "2018", "2018", "gYear");
    }

    @Test
    void countsAreNotYears() {
        assertEquals(List.of(), find("Officials said 2000 troops and 2,000 workers had been moved.", PUBLISHED, null));
        assertEquals(List.of(), find("Revenue reached $2019 per head.", PUBLISHED, null));
    }

    @Test
    void decadesKeepTheirWordsOnly() {
        TimeMention m = only("The famine of the 1990s still shapes policy.");
        assertEquals("the 1990s", m.value().text());
        assertNull(m.value().value());
        assertNull(m.value().datatype());
        assertFalse(m.value().isResolved());
        assertEquals("in the 1990s", only("The plant was built in the 1990s by engineers.").value().text());
    }

    // ---- relative expressions ----

    @Test
    void relativeYearsAndMonths() {
        assertTime(only("Trade doubled last year, customs data show."), "last year", "2023", "gYear");
        assertTime(only("Trade doubled this year, customs data show."), "this year", "2024", "gYear");
        assertTime(only("Earlier this year, trade doubled."), "Earlier this year", "2024", "gYear");
        assertTime(only("The deal will take effect next year, he said."), "next year", "2025", "gYear");
        assertTime(only("More units are expected by year’s end, officials said."), "by year’s end", "2024", "gYear");
        assertTime(only("Trade doubled this month, customs data show."), "this month", "2024-12", "gYearMonth");
        assertTime(only("Trade doubled last month, customs data show."), "last month", "2024-11", "gYearMonth");
        assertTime(only("Shelling intensified in recent weeks along the front."), "in recent weeks", "2024-12",
                "gYearMonth");
        assertTime(only("Shelling intensified in recent days along the front."), "in recent days", "2024-12",
                "gYearMonth");
    }

    @Test
    void daysAndWeeks() {
        assertTime(only("The minister resigned yesterday after the report."), "yesterday", "2024-12-16", "date");
        assertTime(only("The minister resigns today after the report."), "today", "2024-12-17", "date");
        // a week is not an exact day: the month it fell in
        assertTime(only("The minister resigned last week after the report.", LocalDate.of(2024, 12, 3), null),
                "last week", "2024-11", "gYearMonth");
    }

    @Test
    void weekdays() {
        assertTime(only("The delegation arrived on Monday in the capital."), "on Monday", "2024-12-16", "date");
        assertTime(only("Monday's talks lasted five hours."), "Monday", "2024-12-16", "date");
        // published on a Tuesday: "on Tuesday" is the day itself, "last Tuesday" the week before
        assertTime(only("The delegation arrived on Tuesday in the capital."), "on Tuesday", "2024-12-17", "date");
        assertTime(only("The delegation arrived last Tuesday in the capital."), "last Tuesday", "2024-12-10", "date");
        assertTime(only("The talks on Friday were tense."), "on Friday", "2024-12-13", "date");
        assertTime(only("The talks on Monday, Dec. 9, were tense."), "on Monday, Dec. 9", "2024-12-09", "date");
    }

    @Test
    void yearsAgo() {
        assertTime(only("The two leaders first met six years ago in Singapore."), "six years ago", "2018", "gYear");
        assertTime(only("The base opened two years ago near the coast."), "two years ago", "2022", "gYear");
        assertTime(only("The base opened over two years ago near the coast."), "over two years ago", "2022", "gYear");
        assertTime(only("The base opened 3 months ago near the coast."), "3 months ago", "2024-09", "gYearMonth");
        assertTime(only("The base opened three days ago near the coast."), "three days ago", "2024-12-14", "date");
    }

    @Test
    void relativeWithoutPublicationDateKeepsTheWordsOnly() {
        for (String text : List.of("Trade doubled last year.", "The delegation arrived on Monday.",
                "The factory reopened in June.", "The talks began six years ago.", "The minister resigned yesterday.",
                "The envoy landed on Dec. 20.")) {
            TimeMention m = only(text, null, null);
            assertNull(m.value().value(), () -> "no guess for " + text);
            assertNull(m.value().datatype());
            assertEquals(m.value().text(), text.substring(m.begin(), m.end()));
        }
        assertEquals("last year", only("Trade doubled last year.", null, null).value().text());
        // explicit dates need no publication date
        assertTime(only("In 2019, the negotiations collapsed.", null, null), "In 2019", "2019", "gYear");
        assertTime(only("The treaty was signed on December 17, 2024.", null, null), "on December 17, 2024",
                "2024-12-17", "date");
    }

    @Test
    void severalTimesInOneSentenceInTextOrder() {
        List<TimeMention> found = find("Visitors numbered 52,000 in 2016 but fell to 18,000 by the end of 2022, "
                + "and more stayed away in June.", PUBLISHED, null);
        assertEquals(List.of("in 2016", "by the end of 2022", "in June"),
                found.stream().map(m -> m.value().text()).toList());
        assertEquals(List.of("2016", "2022", "2024-06"), found.stream().map(m -> m.value().value()).toList());
    }

    @Test
    void timesInALaterSentenceKeepDocumentOffsets() {
        String text = "Kim spoke to reporters. The first troops arrived in October, officials said.";
        Sentence second = TestSentences.annotate(text).sentences().get(1);
        List<TimeMention> found = RESOLVER.find(second, text, PUBLISHED, null);
        assertEquals(1, found.size());
        assertEquals("in October", text.substring(found.get(0).begin(), found.get(0).end()));
        assertEquals("2024-10", found.get(0).value().value());
    }

    // ---- explicit year for the next sentence ----

    @Test
    void explicitYear() {
        assertEquals(2016, year("In 2016, the council met twice."));
        assertEquals(2023, year("Trade doubled last year."));
        assertEquals(2023, year("Work began in August 2023 at the site."));
        assertEquals(2024, year("The deal was signed on December 17, 2024."));
        assertEquals(2021, year("Visitors numbered 52,000 in 2016 and 18,000 in 2021."));
        assertNull(year("The factory reopened in June."));
        assertNull(year("The delegation arrived on Monday."));
        assertNull(year("Officials said 2000 troops had been moved."));
        assertNull(TimeResolver.explicitYear(TestSentences.whole("Trade doubled last year."),
                "Trade doubled last year.", null));
    }

    @Test
    void explicitYearCarriedToTheNextSentence() {
        String text = "The deployment was agreed in 2023. In September, the first units left.";
        List<Sentence> sentences = TestSentences.annotate(text).sentences();
        assertEquals(2, sentences.size());
        Integer carried = TimeResolver.explicitYear(sentences.get(0), text, PUBLISHED);
        assertEquals(2023, carried);
        List<TimeMention> found = RESOLVER.find(sentences.get(1), text, PUBLISHED, carried);
        assertEquals("2023-09", found.get(0).value().value());
    }

    private static Integer year(String text) {
        return TimeResolver.explicitYear(TestSentences.whole(text), text, PUBLISHED);
    }

    @Test
    void resolverIsSafeToShareBetweenThreads() {
        String text = "In June last year and on Monday, six years ago.";
        Sentence s = TestSentences.whole(text);
        List<TimeMention> expected = RESOLVER.find(s, text, PUBLISHED, null);
        assertEquals(3, expected.size(), expected::toString);
        IntStream.range(0, 200).parallel().forEach(k -> assertEquals(expected, RESOLVER.find(s, text, PUBLISHED, null)));
    }
}
