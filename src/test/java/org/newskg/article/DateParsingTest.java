package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateParsingTest {
    private static Optional<LocalDate> d(int y, int m, int day) {
        return Optional.of(LocalDate.of(y, m, day));
    }

    @Test
    void dateLines() {
        assertEquals(d(2024, 12, 17), DateParsing.parseDateOnly("2024-12-17"));
        assertEquals(d(2024, 12, 17), DateParsing.parseDateOnly("2024-12-17T08:30:00Z"));
        assertEquals(d(2024, 12, 17), DateParsing.parseDateOnly("17 December 2024"));
        assertEquals(d(2024, 12, 17), DateParsing.parseDateOnly("17th Dec. 2024"));
        assertEquals(d(2024, 12, 17), DateParsing.parseDateOnly("December 17, 2024"));
        assertEquals(d(2024, 12, 17), DateParsing.parseDateOnly("Tuesday, December 17, 2024 at 10:05 a.m. ET"));
        assertEquals(d(2024, 9, 3), DateParsing.parseDateOnly("Sept. 3, 2024"));
        assertEquals(Optional.empty(), DateParsing.parseDateOnly("2024-13-40"));
        assertEquals(Optional.empty(), DateParsing.parseDateOnly("December 17, 2024, the ministry said"));
        assertEquals(Optional.empty(), DateParsing.parseDateOnly("May the talks go well"));
    }

    @Test
    void numericDatesOnlyWhereTheOrderIsClear() {
        assertEquals(d(2026, 2, 21), DateParsing.parseDateOnly("21/02/2026"));
        assertEquals(d(2026, 2, 21), DateParsing.parseDateOnly("02/21/2026"));
        assertEquals(d(2026, 4, 3), DateParsing.parseDateOnly("03.04.2026"));
        assertEquals(d(2026, 5, 5), DateParsing.parseDateOnly("05/05/2026 14:30"));
        assertEquals(Optional.empty(), DateParsing.parseDateOnly("03/04/2026"), "day and month could be either");
        assertEquals(Optional.empty(), DateParsing.parseDateOnly("31/02/2026"));
    }

    @Test
    void urlPaths() {
        assertEquals(d(2024, 12, 17), DateParsing.fromUrl("https://www.example.com/2024/12/17/world/x.html"));
        assertEquals(d(2024, 1, 5), DateParsing.fromUrl("https://example.com/news/2024-01-05/story"));
        assertEquals(Optional.empty(), DateParsing.fromUrl("https://example.com/2024/12/story"));
        assertEquals(Optional.empty(), DateParsing.fromUrl("https://example.com/item/1234/56/78/"));
        assertEquals(Optional.empty(), DateParsing.fromUrl("https://2024.example.com/"));
    }

    @Test
    void findsTheFirstDateInsideLongerText() {
        assertEquals(d(2026, 1, 27), DateParsing.findDate("27 Jan 2026, updated 28 Jan 2026"));
        assertEquals(d(2026, 3, 4), DateParsing.findDate("last changed on Mar. 4, 2026 at noon"));
        assertEquals(d(2026, 2, 9), DateParsing.findDate("posted 2026-02-09 by the desk"));
        assertEquals(Optional.empty(), DateParsing.findDate("no date in 1,2026 words"));
    }

    @Test
    void yearFirstWithSlashesOrDots() {
        assertEquals(d(2026, 2, 22), DateParsing.parseDateOnly("2026/02/22"));
        assertEquals(d(2026, 11, 3), DateParsing.parseDateOnly("2026.11.03 14:05 KST"));
        assertEquals(Optional.empty(), DateParsing.parseDateOnly("2026/22/02"), "never year-day-month");
        assertEquals(Optional.empty(), DateParsing.parseDateOnly("2026/02.22"), "one separator throughout");
    }

    @Test
    void numericDatesInsideLongerText() {
        assertEquals(d(2026, 2, 22), DateParsing.findDate("on 22/02/2026 | 10:41 WIB"));
        assertEquals(d(2025, 7, 9), DateParsing.findDate("9.7.2025, 08:00 CET, updated 10.7.2025"));
        assertEquals(Optional.empty(), DateParsing.findDate("on 03/04/2026"), "day and month could be either");
        assertEquals(Optional.empty(), DateParsing.findDate("version 1.2.2026.4"));
    }

    @Test
    void dayAndMonthWithoutAYear() {
        assertEquals(Optional.of(MonthDay.of(1, 16)), DateParsing.parseMonthDay("Jan 16"));
        assertEquals(Optional.of(MonthDay.of(9, 3)), DateParsing.parseMonthDay("Sept. 3"));
        assertEquals(Optional.of(MonthDay.of(5, 28)), DateParsing.parseMonthDay("28 May"));
        assertEquals(Optional.empty(), DateParsing.parseMonthDay("Feb 30"));
        assertEquals(Optional.empty(), DateParsing.parseMonthDay("May the talks go well"));
        assertEquals(Optional.empty(), DateParsing.parseMonthDay("Jan 16, 2026"), "a full date is not this");
    }
}
