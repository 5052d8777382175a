package org.newskg.event;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.nlp.Sentence;

/**
 * Finds the time expressions of a sentence and resolves them at the precision the text gives:
 * "December 17, 2024" and "on Monday" to a date, "in June" and "last month" to a year-month, "in 2019"
 * and "six years ago" to a year. Relative expressions are resolved against the publication date;
 * a month or day without a year takes the context year when the caller knows one (a year named in an
 * earlier sentence), else the most recent such month or day not after publication. Without a
 * publication date a relative expression keeps its words and gets no value. Decades ("the 1990s")
 * keep their words only.
 *
 * <p>Month and weekday names, prepositions, relative expressions and their cues come from
 * {@code /event/time-words.tsv}. Immutable and thread-safe.
 */
public final class TimeResolver {
    private static final String TIME_WORDS = "/event/time-words.tsv";
    private static final String NUMBER_WORDS = "/event/number-words.tsv";
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2100;
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern DAY_DIGITS = Pattern.compile("\\d{1,2}");
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
    private static final Set<String> OPENING_MARKS = Set.of("(", "[", "\"", "“", "'", "‘");
    private static final String GYEAR = "gYear";
    private static final String GYEARMONTH = "gYearMonth";
    private static final String DATE = "date";

    /** The bundled instance behind {@link #explicitYear}. */
    private static final class Bundled {
        static final TimeResolver INSTANCE = new TimeResolver();
    }

    /** WEEKEND: the latest Saturday and Sunday before publication ("over the weekend"), told by the month it fell in. */
    enum Unit { YEAR, MONTH, WEEK, DAY, DECADE, WEEKEND }

    private record Relative(Unit unit, int offset) { }

    private record MonthName(int month, boolean abbreviation) { }

    /** A resolved core: pieces up to {@code end}, its value (null if unknown) and the year it names. */
    private record Core(int end, String value, String datatype, Integer namedYear) {
        static Core unresolved(int end) {
            return new Core(end, null, null, null);
        }
    }

    private record Found(TimeMention mention, Integer namedYear) { }

    private final NumberReader numbers;
    private final PhraseTable<MonthName> months;
    private final PhraseTable<DayOfWeek> weekdays;
    private final PhraseTable<String> prepositions;
    private final PhraseTable<String> modifiers;
    private final PhraseTable<Relative> relatives;
    private final PhraseTable<Unit> agoUnits;
    private final PhraseTable<String> agoWords;
    private final PhraseTable<String> approximators;
    private final PhraseTable<Integer> shifts;
    private final PhraseTable<String> yearNouns;

    /** A resolver with the bundled word lists. */
    public TimeResolver() {
        this(WordTable.fromResource(TIME_WORDS), WordTable.fromResource(NUMBER_WORDS));
    }

    /** A resolver with other word lists (same format as the bundled ones). */
    public TimeResolver(WordTable timeWords, WordTable numberWords) {
        WordTable w = timeWords;
        numbers = new NumberReader(numberWords);
        months = PhraseTable.of(w, "month", r -> new MonthName(Integer.parseInt(w.required(r, 1, "month")),
                "abbr".equals(WordTable.column(r, 2, ""))));
        weekdays = PhraseTable.of(w, "weekday", r -> DayOfWeek.of(Integer.parseInt(w.required(r, 1, "weekday"))));
        prepositions = PhraseTable.words(w, "preposition");
        modifiers = PhraseTable.words(w, "modifier");
        relatives = PhraseTable.of(w, "relative", r -> new Relative(Unit.valueOf(w.required(r, 1, "relative")),
                Integer.parseInt(w.required(r, 2, "relative"))));
        agoUnits = PhraseTable.of(w, "ago-unit", r -> Unit.valueOf(w.required(r, 1, "ago-unit")));
        agoWords = PhraseTable.words(w, "ago");
        approximators = PhraseTable.words(w, "approximator");
        shifts = PhraseTable.of(w, "shift", r -> Integer.parseInt(w.required(r, 1, "shift")));
        yearNouns = PhraseTable.words(w, "year-noun");
    }

    /**
     * The time expressions of a sentence, in text order.
     *
     * @param published the article's publication date, or null when unknown
     * @param contextYear the year the surrounding text is about (see {@link #explicitYear}), or null;
     *                    when given it decides the year of a month or day named without one
     */
    public List<TimeMention> find(Sentence sentence, String documentText, LocalDate published, Integer contextYear) {
        return scan(sentence, documentText, published, contextYear).stream().map(Found::mention).toList();
    }

    /**
     * The year a sentence explicitly refers to ("in 2017" -> 2017, "last year" -> the publication year
     * minus one), for callers to carry as the context year of the next sentences; the last one named
     * when there are several; null when none (a month or weekday alone names no year).
     */
    public static Integer explicitYear(Sentence sentence, String documentText, LocalDate published) {
        return Bundled.INSTANCE.namedYear(sentence, documentText, published);
    }

    /** {@link #explicitYear} with this resolver's word lists. */
    public Integer namedYear(Sentence sentence, String documentText, LocalDate published) {
        Integer year = null;
        for (Found f : scan(sentence, documentText, published, null)) {
            if (f.namedYear() != null) {
                year = f.namedYear();
            }
        }
        return year;
    }

    private List<Found> scan(Sentence sentence, String text, LocalDate published, Integer contextYear) {
        List<Piece> p = Piece.of(sentence, text);
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < p.size()) {
            int start = i;
            int j = i;
            boolean cue = false;
            PhraseTable.Match<String> prep = prepositions.matchAt(p, j);
            if (prep != null) {
                j = prep.end();
                cue = true;
            }
            PhraseTable.Match<String> mod = modifiers.matchAt(p, j);
            if (mod != null) {
                j = mod.end();
                cue = true;
            }
            Core core = core(p, j, cue, published, contextYear);
            if (core == null) {
                i++;
                continue;
            }
            int b = p.get(start).begin();
            int e = p.get(core.end - 1).end();
            TimeValue value = new TimeValue(text.substring(b, e), core.value, core.datatype);
            found.add(new Found(new TimeMention(value, b, e), core.namedYear));
            i = core.end;
        }
        return found;
    }

    private Core core(List<Piece> p, int j, boolean cue, LocalDate pub, Integer contextYear) {
        if (j >= p.size()) {
            return null;
        }
        Core c = isoDate(p, j);
        if (c == null) {
            c = decade(p, j);
        }
        if (c == null) {
            c = ago(p, j, pub);
        }
        if (c == null) {
            c = relative(p, j, pub);
        }
        if (c == null) {
            c = weekday(p, j, pub, contextYear);
        }
        if (c == null) {
            c = monthFirst(p, j, cue, pub, contextYear, false);
        }
        if (c == null) {
            c = dayFirst(p, j, pub, contextYear);
        }
        if (c == null) {
            c = year(p, j, cue);
        }
        return c;
    }

    /** "2024-12-17" */
    private Core isoDate(List<Piece> p, int j) {
        if (j + 4 >= p.size() || !FOUR_DIGITS.matcher(p.get(j).text()).matches()) {
            return null;
        }
        for (int k = j + 1; k <= j + 4; k++) {
            boolean expected = (k - j) % 2 == 1 ? p.get(k).isDash() : DAY_DIGITS.matcher(p.get(k).text()).matches();
            if (!expected || !Piece.glued(p, k - 1, k)) {
                return null;
            }
        }
        LocalDate d = date(Integer.parseInt(p.get(j).text()), Integer.parseInt(p.get(j + 2).text()),
                Integer.parseInt(p.get(j + 4).text()));
        return d == null ? null : new Core(j + 5, d.toString(), DATE, d.getYear());
    }

    /** "the 1990s", "the early 2000s", "the '90s": the words only. */
    private Core decade(List<Piece> p, int j) {
        int k = j;
        if (k < p.size() && p.get(k).lower().equals("the")) {
            k++;
            PhraseTable.Match<String> mod = modifiers.matchAt(p, k);
            if (mod != null) {
                k = mod.end();
            }
        }
        if (k + 1 < p.size() && FOUR_DIGITS.matcher(p.get(k).text()).matches() && p.get(k).text().endsWith("0")) {
            int s = k + 1;
            if (isApostrophe(p.get(s)) && Piece.glued(p, k, s)) {
                s++;
            }
            if (s < p.size() && p.get(s).lower().equals("s") && Piece.glued(p, s - 1, s)) {
                return Core.unresolved(s + 1);
            }
        }
        if (k + 2 < p.size() && isApostrophe(p.get(k)) && p.get(k + 1).isNumber()
                && p.get(k + 1).text().length() == 2 && p.get(k + 2).lower().equals("s")
                && Piece.glued(p, k, k + 1) && Piece.glued(p, k + 1, k + 2)) {
            return Core.unresolved(k + 3);
        }
        return null;
    }

    private static boolean isApostrophe(Piece piece) {
        return piece.lower().equals("'");
    }

    /** "six years ago", "over two years ago", "a month ago", "three days ago". */
    private Core ago(List<Piece> p, int j, LocalDate pub) {
        int k = j;
        PhraseTable.Match<String> approx = approximators.matchAt(p, k);
        if (approx != null) {
            k = approx.end();
        }
        if (k >= p.size()) {
            return null;
        }
        int n;
        String w = p.get(k).lower();
        if (w.equals("a") || w.equals("an")) {
            n = 1;
            k++;
        } else if (p.get(k).isNumber() || numbers.isNumberWord(p, k)) {
            NumberReader.Read read = numbers.read(p, k, false);
            if (read == null || read.value() == null || read.value().compareTo(BigDecimal.valueOf(1000)) > 0) {
                return null;
            }
            n = read.value().intValue();
            k = read.end();
        } else {
            return null;
        }
        PhraseTable.Match<Unit> unit = agoUnits.matchAt(p, k);
        if (unit == null) {
            return null;
        }
        PhraseTable.Match<String> ago = agoWords.matchAt(p, unit.end());
        if (ago == null) {
            return null;
        }
        int end = ago.end();
        if (pub == null) {
            return Core.unresolved(end);
        }
        return switch (unit.value()) {
            case YEAR -> gYear(end, pub.getYear() - n);
            case DECADE -> gYear(end, pub.getYear() - 10 * n);
            case MONTH -> new Core(end, YearMonth.from(pub).minusMonths(n).toString(), GYEARMONTH, null);
            case WEEK -> new Core(end, YearMonth.from(pub.minusWeeks(n)).toString(), GYEARMONTH, null);
            case WEEKEND -> new Core(end, YearMonth.from(lastWeekend(pub).minusWeeks(n)).toString(), GYEARMONTH, null);
            // "about ten days ago" is not an exact day
            case DAY -> approx != null
                    ? new Core(end, YearMonth.from(pub.minusDays(n)).toString(), GYEARMONTH, null)
                    : new Core(end, pub.minusDays(n).toString(), DATE, null);
        };
    }

    private static Core gYear(int end, int year) {
        return new Core(end, Integer.toString(year), GYEAR, year);
    }

    /** "last year", "this month", "yesterday", "in recent weeks", "last week". */
    private Core relative(List<Piece> p, int j, LocalDate pub) {
        PhraseTable.Match<Relative> rel = relatives.matchAt(p, j);
        if (rel == null) {
            return null;
        }
        return resolve(rel.value(), rel.end(), pub);
    }

    private static Core resolve(Relative rel, int end, LocalDate pub) {
        if (pub == null) {
            return Core.unresolved(end);
        }
        int off = rel.offset();
        return switch (rel.unit()) {
            case YEAR -> gYear(end, pub.getYear() + off);
            case DECADE -> gYear(end, pub.getYear() + 10 * off);
            case MONTH -> new Core(end, YearMonth.from(pub).plusMonths(off).toString(), GYEARMONTH, null);
            case WEEK -> new Core(end, YearMonth.from(pub.plusWeeks(off)).toString(), GYEARMONTH, null);
            case DAY -> new Core(end, pub.plusDays(off).toString(), DATE, null);
            case WEEKEND -> new Core(end, YearMonth.from(lastWeekend(pub).plusWeeks(off)).toString(), GYEARMONTH, null);
        };
    }

    /** The Saturday of the latest weekend before the publication day ("over the weekend" in a Thursday paper). */
    private static LocalDate lastWeekend(LocalDate pub) {
        LocalDate d = pub.minusDays(1);
        while (d.getDayOfWeek() != java.time.DayOfWeek.SATURDAY && d.getDayOfWeek() != java.time.DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d.getDayOfWeek() == java.time.DayOfWeek.SUNDAY ? d.minusDays(1) : d;
    }

    /** "Monday", "last Friday", "Monday, Dec. 16" (the explicit date wins). */
    private Core weekday(List<Piece> p, int j, LocalDate pub, Integer contextYear) {
        int k = j;
        PhraseTable.Match<Integer> shift = shifts.matchAt(p, k);
        if (shift != null) {
            k = shift.end();
        }
        PhraseTable.Match<DayOfWeek> day = weekdays.matchAt(p, k);
        if (day == null || !p.get(k).isCapitalized()) {
            return null;
        }
        int end = day.end();
        int after = end < p.size() && p.get(end).text().equals(",") ? end + 1 : end;
        Core explicit = monthFirst(p, after, true, pub, contextYear, true);
        if (explicit == null) {
            explicit = dayFirst(p, after, pub, contextYear);
        }
        if (explicit != null && DATE.equals(explicit.datatype)) {
            return explicit;
        }
        if (pub == null) {
            return Core.unresolved(end);
        }
        DayOfWeek dow = day.value();
        int s = shift == null ? 0 : shift.value();
        LocalDate d = s < 0 ? pub.with(TemporalAdjusters.previous(dow))
                : s > 0 ? pub.with(TemporalAdjusters.next(dow))
                : pub.with(TemporalAdjusters.previousOrSame(dow));
        return new Core(end, d.toString(), DATE, null);
    }

    /**
     * "December 17, 2024", "Dec. 17", "June 2024", "June of 2024", "July last year", "in June",
     * "last June". {@code dayRequired}: only a full date will do.
     */
    private Core monthFirst(List<Piece> p, int j, boolean cue, LocalDate pub, Integer contextYear,
                            boolean dayRequired) {
        int k = j;
        PhraseTable.Match<Integer> shift = dayRequired ? null : shifts.matchAt(p, k);
        if (shift != null) {
            k = shift.end();
        }
        PhraseTable.Match<MonthName> name = months.matchAt(p, k);
        if (name == null || !p.get(k).isCapitalized()) {
            return null;
        }
        int month = name.value().month();
        k = name.value().abbreviation() ? afterAbbreviationDot(p, name.end()) : name.end();
        // a day: "December 17", "Dec. 17th", then maybe a year: "December 17, 2024"
        int dayEnd = dayNumberEnd(p, k);
        if (dayEnd > 0 && shift == null) {
            int day = Integer.parseInt(p.get(k).text());
            int y = dayEnd;
            if (y < p.size() && p.get(y).text().equals(",")) {
                y++;
            }
            Integer year = yearAt(p, y);
            if (year != null) {
                LocalDate d = date(year, month, day);
                return d == null ? null : new Core(y + 1, d.toString(), DATE, year);
            }
            return dateWithoutYear(dayEnd, month, day, pub, contextYear);
        }
        if (dayRequired) {
            return null;
        }
        // a year: "June 2024", "June of 2024", "June, 2024"
        int y = k;
        if (y < p.size() && (p.get(y).lower().equals("of") || p.get(y).text().equals(","))) {
            y++;
        }
        Integer year = shift == null ? yearAt(p, y) : null;
        if (year != null) {
            return new Core(y + 1, YearMonth.of(year, month).toString(), GYEARMONTH, year);
        }
        // a relative year: "July last year"
        PhraseTable.Match<Relative> rel = relatives.matchAt(p, k);
        if (shift == null && rel != null && rel.value().unit() == Unit.YEAR) {
            if (pub == null) {
                return Core.unresolved(rel.end());
            }
            int ry = pub.getYear() + rel.value().offset();
            return new Core(rel.end(), YearMonth.of(ry, month).toString(), GYEARMONTH, ry);
        }
        // the month alone: only after a preposition or a shift ("in June", "last June"), never "Dec."
        if (name.value().abbreviation() || !(cue || shift != null)) {
            return null;
        }
        int end = name.end();
        if (shift != null) {
            if (pub == null) {
                return Core.unresolved(end);
            }
            YearMonth published = YearMonth.from(pub);
            YearMonth ym = YearMonth.of(pub.getYear(), month);
            if (shift.value() < 0 && !ym.isBefore(published)) {
                ym = ym.minusYears(1);
            } else if (shift.value() > 0 && !ym.isAfter(published)) {
                ym = ym.plusYears(1);
            }
            return new Core(end, ym.toString(), GYEARMONTH, null);
        }
        if (contextYear != null) {
            return new Core(end, YearMonth.of(contextYear, month).toString(), GYEARMONTH, null);
        }
        if (pub == null) {
            return Core.unresolved(end);
        }
        int yearOfMonth = month <= pub.getMonthValue() ? pub.getYear() : pub.getYear() - 1;
        return new Core(end, YearMonth.of(yearOfMonth, month).toString(), GYEARMONTH, null);
    }

    /** "17 December 2024", "17th of December", "17 Dec." */
    private Core dayFirst(List<Piece> p, int j, LocalDate pub, Integer contextYear) {
        int dayEnd = dayNumberEnd(p, j);
        if (dayEnd < 0) {
            return null;
        }
        int k = dayEnd;
        if (k < p.size() && p.get(k).lower().equals("of")) {
            k++;
        }
        PhraseTable.Match<MonthName> name = months.matchAt(p, k);
        if (name == null || !p.get(k).isCapitalized()) {
            return null;
        }
        int day = Integer.parseInt(p.get(j).text());
        int month = name.value().month();
        int end = name.value().abbreviation() ? afterAbbreviationDot(p, name.end()) : name.end();
        int y = end < p.size() && p.get(end).text().equals(",") ? end + 1 : end;
        Integer year = yearAt(p, y);
        if (year != null) {
            LocalDate d = date(year, month, day);
            return d == null ? null : new Core(y + 1, d.toString(), DATE, year);
        }
        return dateWithoutYear(name.end(), month, day, pub, contextYear);
    }

    /** A day and month without a year: the context year, else the latest such day not after publication. */
    private static Core dateWithoutYear(int end, int month, int day, LocalDate pub, Integer contextYear) {
        if (contextYear != null) {
            LocalDate d = date(contextYear, month, day);
            return d == null ? null : new Core(end, d.toString(), DATE, null);
        }
        if (pub == null) {
            return date(2000, month, day) == null ? null : Core.unresolved(end);
        }
        LocalDate d = date(pub.getYear(), month, day);
        if (d != null && d.isAfter(pub)) {
            d = date(pub.getYear() - 1, month, day);
        }
        return d == null ? null : new Core(end, d.toString(), DATE, null);
    }

    /** "in 2019", "2022 marked a turning point"; not "2000 troops" and not "$2019". */
    private Core year(List<Piece> p, int j, boolean cue) {
        Integer year = yearAt(p, j);
        if (year == null) {
            return null;
        }
        if (Piece.glued(p, j - 1, j)) {
            Piece before = p.get(j - 1);
            boolean afterDashedWord = before.isDash() && Piece.glued(p, j - 2, j - 1) && p.get(j - 2).isWord();
            boolean opening = before.kind() == Piece.Kind.OTHER && OPENING_MARKS.contains(before.text());
            if (!cue && (afterDashedWord || before.isWord()) || !opening && before.kind() == Piece.Kind.OTHER) {
                return null;
            }
        }
        int next = j + 1;
        if (next < p.size()) {
            Piece after = p.get(next);
            if (after.text().equals("%") || after.lower().equals("percent") || after.lower().equals("per")) {
                return null;
            }
            // "2000-3000 troops": a range of counts, not of years
            if (after.isDash() && Piece.glued(p, j, next) && next + 1 < p.size() && p.get(next + 1).isNumber()
                    && yearAt(p, next + 1) == null && p.get(next + 1).text().length() != 2) {
                return null;
            }
            if (!cue && after.isWord() && after.isNoun() && after.lower().endsWith("s")
                    && !yearNouns.startsAt(p, next)) {
                return null;
            }
        }
        return gYear(next, year);
    }

    /** The year at piece j: four digits in [1800, 2100], not glued to letters after ("1990s"). */
    private static Integer yearAt(List<Piece> p, int j) {
        if (j >= p.size() || !FOUR_DIGITS.matcher(p.get(j).text()).matches()) {
            return null;
        }
        if (Piece.glued(p, j, j + 1) && (p.get(j + 1).isWord() || isApostrophe(p.get(j + 1)))) {
            return null;
        }
        int y = Integer.parseInt(p.get(j).text());
        return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
    }

    /** The end of a day number at j ("17", "17th"), or -1. */
    private static int dayNumberEnd(List<Piece> p, int j) {
        if (j >= p.size() || !DAY_DIGITS.matcher(p.get(j).text()).matches()) {
            return -1;
        }
        int day = Integer.parseInt(p.get(j).text());
        if (day < 1 || day > 31) {
            return -1;
        }
        if (Piece.glued(p, j, j + 1)) {
            Piece next = p.get(j + 1);
            if (next.isWord() && ORDINAL_SUFFIXES.contains(next.lower())) {
                return j + 2;
            }
            if (next.isWord() || next.isNumber() || ":/".contains(next.text())) {
                return -1;
            }
        }
        return j + 1;
    }

    /** Skips the period of "Dec." when it is glued to the abbreviation. */
    private static int afterAbbreviationDot(List<Piece> p, int k) {
        return k < p.size() && p.get(k).text().equals(".") && Piece.glued(p, k - 1, k) ? k + 1 : k;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
