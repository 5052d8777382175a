package org.newskg.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few English date shapes that news pages print in a date line or in a URL path. */
final class DateParsing {
    private DateParsing() {
    }

    private static final String WEEKDAY =
            "(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?,?\\s+)?";
    private static final String MONTH =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                    + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(\\d{4})";
    /** A clock time after the date, "10:32 AM EST", "at 9.15 GMT+1", "| 14:00". */
    private static final String TIME = "(?:\\s*(?:,|at|@|-|–|—|\\||•|·)?\\s*\\d{1,2}[:.]\\d{2}(?::\\d{2})?"
            + "\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[a-z]{2,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?)?";
    private static final String ISO_TIME = "(?:t\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?)?";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ISO = Pattern.compile(
            WEEKDAY + YEAR + "-(\\d{1,2})-(\\d{1,2})" + ISO_TIME + TIME + "\\W*", FLAGS);
    /** Year first with slashes or dots, "2026/02/22", "2026.02.22": the East Asian habit; never year-day-month. */
    private static final Pattern YEAR_FIRST = Pattern.compile(
            WEEKDAY + YEAR + "([/.])(\\d{1,2})\\2(\\d{1,2})" + TIME + "\\W*", FLAGS);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            WEEKDAY + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + TIME + "\\W*", FLAGS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            WEEKDAY + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + TIME + "\\W*", FLAGS);
    /** "21/02/2026", "21.02.2026", "02/21/2026": read only where the order cannot be mistaken. */
    private static final Pattern NUMERIC = Pattern.compile(
            WEEKDAY + "(\\d{1,2})([/.])(\\d{1,2})\\2" + YEAR + TIME + "\\W*", FLAGS);

    /** The same shapes found inside a longer string ("Published 27 Jan 2026, updated 28 Jan"). */
    private static final Pattern ISO_IN = Pattern.compile("(?<![\\d-])" + YEAR + "-(\\d{1,2})-(\\d{1,2})(?![\\d-])", FLAGS);
    private static final Pattern DAY_MONTH_YEAR_IN = Pattern.compile(
            "(?<![\\p{L}\\d])" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "(?!\\d)", FLAGS);
    private static final Pattern MONTH_DAY_YEAR_IN = Pattern.compile(
            "(?<![\\p{L}\\d])" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "(?!\\d)", FLAGS);
    private static final Pattern NUMERIC_IN = Pattern.compile(
            "(?<![\\d./])(\\d{1,2})([/.])(\\d{1,2})\\2" + YEAR + "(?![\\d./])");

    /** A day and a month without a year, as agency date lines print them: "Jan 16", "16 January". */
    private static final Pattern MONTH_DAY = Pattern.compile(WEEKDAY + MONTH + "\\s+" + DAY + "\\W*", FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile(WEEKDAY + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\W*", FLAGS);

    /** /2024/12/17/ or /2024-12-17/ (or at the end of the path). */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20|21)\\d{2})([/-])(\\d{1,2})\\2(\\d{1,2})(?=[/?#._-]|$)");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /**
     * A string that is just a date, optionally with a weekday before it and a clock time after it:
     * "2024-12-17", "17 December 2024", "Tuesday, December 17, 2024 10:05 AM ET".
     */
    static Optional<LocalDate> parseDateOnly(String s) {
        String t = s.strip();
        Matcher m = ISO.matcher(t);
        if (m.matches()) {
            return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        m = YEAR_FIRST.matcher(t);
        if (m.matches()) {
            return date(m.group(1), Integer.parseInt(m.group(3)), m.group(4));
        }
        m = DAY_MONTH_YEAR.matcher(t);
        if (m.matches()) {
            return date(m.group(3), month(m.group(2)), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(t);
        if (m.matches()) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        }
        m = NUMERIC.matcher(t);
        if (m.matches()) {
            return numeric(Integer.parseInt(m.group(1)), m.group(2), Integer.parseInt(m.group(3)), m.group(4));
        }
        return Optional.empty();
    }

    /**
     * Day and month in digits. Dots are the day-first convention wherever they are used; with slashes the
     * order differs by country (21/02 in Europe and Asia, 02/21 in the US), so a date is read only when one
     * number cannot be a month or both are the same: a wrong publication date would misplace every
     * relative date of the article, an unknown one only leaves them unresolved.
     */
    private static Optional<LocalDate> numeric(int first, String separator, int second, String year) {
        int day;
        int month;
        if (separator.equals(".") || first > 12 || first == second) {
            day = first;
            month = second;
        } else if (second > 12) {
            day = second;
            month = first;
        } else {
            return Optional.empty();
        }
        return date(year, month, String.valueOf(day));
    }

    /** The first date written anywhere in the string, in any of the shapes {@link #parseDateOnly} knows. */
    static Optional<LocalDate> findDate(String s) {
        int best = Integer.MAX_VALUE;
        Optional<LocalDate> found = Optional.empty();
        Matcher m = ISO_IN.matcher(s);
        if (m.find()) {
            Optional<LocalDate> d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            if (d.isPresent()) {
                best = m.start();
                found = d;
            }
        }
        m = DAY_MONTH_YEAR_IN.matcher(s);
        if (m.find() && m.start() < best) {
            Optional<LocalDate> d = date(m.group(3), month(m.group(2)), m.group(1));
            if (d.isPresent()) {
                best = m.start();
                found = d;
            }
        }
        m = MONTH_DAY_YEAR_IN.matcher(s);
        if (m.find() && m.start() < best) {
            Optional<LocalDate> d = date(m.group(3), month(m.group(1)), m.group(2));
            if (d.isPresent()) {
                best = m.start();
                found = d;
            }
        }
        m = NUMERIC_IN.matcher(s);
        if (m.find() && m.start() < best) {
            Optional<LocalDate> d = numeric(Integer.parseInt(m.group(1)), m.group(2),
                    Integer.parseInt(m.group(3)), m.group(4));
            if (d.isPresent()) {
                found = d;
            }
        }
        return found;
    }

    /**
     * A string that is just a day and a month, "Jan 16" or "16 January": what an agency date line prints,
     * leaving the year to the reader.
     */
    static Optional<MonthDay> parseMonthDay(String s) {
        String t = s.strip();
        Matcher m = MONTH_DAY.matcher(t);
        int month;
        String day;
        if (m.matches()) {
            month = month(m.group(1));
            day = m.group(2);
        } else {
            m = DAY_MONTH.matcher(t);
            if (!m.matches()) {
                return Optional.empty();
            }
            month = month(m.group(2));
            day = m.group(1);
        }
        try {
            return Optional.of(MonthDay.of(month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A date written in the path of a URL, like https://example.org/2024/12/17/world/story.html. */
    static Optional<LocalDate> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        int scheme = url.indexOf("://");
        int pathStart = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        if (pathStart < 0) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url.substring(pathStart));
        while (m.find()) {
            Optional<LocalDate> d = date(m.group(1), Integer.parseInt(m.group(3)), m.group(4));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.substring(0, 3).toLowerCase(Locale.ROOT), 0);
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // 2024-13-40 and the like: not a date after all
        }
    }
}
