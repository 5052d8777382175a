package org.newskg.event;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.newskg.nlp.Sentence;

/**
 * Finds the figures of a sentence and normalizes them into {@link Quantity} values: a number or a
 * range, the counted unit or the currency, how exact it is, and a rate period.
 *
 * <p>"up to $5.5 billion" is 5500000000 USD UpTo; "600,000 to 700,000 tons of rice" is min 600000,
 * max 700000 tons; "$2,000 per month" has per P1M; "thousands of soldiers" is min 1000 soldiers,
 * AtLeast. Years, dates, clock times, ages, ordinals and designators ("F-16") are not figures.
 *
 * <p>All word lists (currency symbols and names, qualifier and rate cues, units, number words) come
 * from {@code /event/quantity-words.tsv} and {@code /event/number-words.tsv}, so a domain expert can
 * extend them without touching Java. Immutable and thread-safe.
 */
public final class QuantityParser {
    private static final String QUANTITY_WORDS = "/event/quantity-words.tsv";
    private static final String NUMBER_WORDS = "/event/number-words.tsv";
    private static final String PERCENT = "percent";

    private final NumberReader numbers;
    private final TimeResolver times;
    private final PhraseTable<String> currencySymbols;
    private final PhraseTable<String> currencyCodes;
    private final PhraseTable<String> currencyNames;
    private final PhraseTable<Qualifier> qualifiersBefore;
    private final PhraseTable<Qualifier> qualifiersAfter;
    private final PhraseTable<String> rates;
    private final PhraseTable<String> notRateAfter;
    private final PhraseTable<String> percents;
    private final PhraseTable<String> rangeJoiners;
    private final PhraseTable<String> rangeOpeners;
    private final PhraseTable<String> changeWords;
    private final PhraseTable<String> notRangeBefore;
    private final PhraseTable<String> knownUnits;
    private final PhraseTable<String> nonUnits;
    private final PhraseTable<String> notCounted;
    private final PhraseTable<String> ageAfter;
    private final PhraseTable<String> ageBefore;
    private final PhraseTable<String> timeOfDay;
    private final PhraseTable<String> identifierBefore;
    private final PhraseTable<String> smallNumberBlockers;

    /** A parser with the bundled word lists. */
    public QuantityParser() {
        this(WordTable.fromResource(QUANTITY_WORDS), WordTable.fromResource(NUMBER_WORDS), new TimeResolver());
    }

    /** A parser with other word lists (same format as the bundled ones). */
    public QuantityParser(WordTable quantityWords, WordTable numberWords, TimeResolver times) {
        this.numbers = new NumberReader(numberWords);
        this.times = times;
        WordTable w = quantityWords;
        currencySymbols = PhraseTable.of(w, "currency-symbol", r -> w.required(r, 1, "currency-symbol"));
        currencyCodes = PhraseTable.of(w, "currency-code", r -> w.required(r, 1, "currency-code"));
        currencyNames = PhraseTable.of(w, "currency-name", r -> w.required(r, 1, "currency-name"));
        qualifiersBefore = PhraseTable.of(w, "qualifier-before",
                r -> Qualifier.valueOf(w.required(r, 1, "qualifier-before")));
        qualifiersAfter = PhraseTable.of(w, "qualifier-after",
                r -> Qualifier.valueOf(w.required(r, 1, "qualifier-after")));
        rates = PhraseTable.of(w, "rate", r -> w.required(r, 1, "rate"));
        notRateAfter = PhraseTable.words(w, "not-rate-after");
        percents = PhraseTable.of(w, "percent", r -> WordTable.column(r, 1, PERCENT));
        rangeJoiners = PhraseTable.of(w, "range-joiner", r -> WordTable.column(r, 1, "any"));
        rangeOpeners = PhraseTable.words(w, "range-opener");
        notRangeBefore = PhraseTable.words(w, "not-range-before");
        changeWords = PhraseTable.words(w, "change-word");
        knownUnits = PhraseTable.words(w, "unit");
        nonUnits = PhraseTable.words(w, "non-unit");
        notCounted = PhraseTable.words(w, "not-counted");
        ageAfter = PhraseTable.words(w, "age-after");
        ageBefore = PhraseTable.words(w, "age-before");
        timeOfDay = PhraseTable.words(w, "time-of-day");
        identifierBefore = PhraseTable.words(w, "identifier-before");
        smallNumberBlockers = PhraseTable.words(w, "small-number-blocker");
    }

    /** Every figure of the sentence, in text order, with offsets into {@code documentText}. */
    public List<Quantity> parse(Sentence sentence, String documentText) {
        return parse(sentence, documentText, times.find(sentence, documentText, null, null));
    }

    /**
     * {@link #parse(Sentence, String)} for a caller that has already found the sentence's time expressions
     * (numbers inside them are no figures), so that the sentence is not scanned for them twice.
     */
    public List<Quantity> parse(Sentence sentence, String documentText, List<TimeMention> timeMentions) {
        List<Piece> p = Piece.of(sentence, documentText);
        boolean[] inTime = timePieces(p, timeMentions);
        List<Quantity> found = new ArrayList<>();
        int i = 0;
        while (i < p.size()) {
            Attempt a = figureAt(p, i, inTime, documentText);
            if (a == null) {
                i++;
            } else {
                if (a.quantity != null) {
                    found.add(restatedRate(found, a.quantity, documentText));
                }
                i = Math.max(a.next, i + 1);
            }
        }
        return List.copyOf(found);
    }

    /**
     * "6,100 shekels a month, or roughly $1,650": a sum restated in another currency right after a rate is
     * the same rate.
     */
    private static Quantity restatedRate(List<Quantity> before, Quantity q, String text) {
        if (before.isEmpty() || !q.isMoney() || q.per() != null) {
            return q;
        }
        Quantity prev = before.get(before.size() - 1);
        boolean restated = prev.per() != null && (prev.isMoney() || prev.unit() != null) && prev.end() <= q.begin()
                && text.substring(prev.end(), q.begin()).matches("\\s*,?\\s*or\\s*");
        return restated ? new Quantity(q.value(), q.min(), q.max(), q.unit(), q.currency(), q.qualifier(), prev.per(),
                q.text(), q.begin(), q.end()) : q;
    }

    /** What reading at a piece gave: a figure (or null for a number that is not one) and where to go on. */
    private record Attempt(Quantity quantity, int next) { }

    /** Marks pieces inside a date or other time expression: "in 2017", "Dec. 17", "six years ago". */
    private static boolean[] timePieces(List<Piece> p, List<TimeMention> mentions) {
        boolean[] in = new boolean[p.size()];
        for (int k = 0; k < p.size(); k++) {
            for (TimeMention m : mentions) {
                if (p.get(k).begin() >= m.begin() && p.get(k).end() <= m.end()) {
                    in[k] = true;
                }
            }
        }
        return in;
    }

    private Attempt figureAt(List<Piece> p, int i, boolean[] inTime, String text) {
        if (inTime[i]) {
            return null;
        }
        // a currency before the digits: "$5.5 billion", "US$5.5 billion", "USD 5 million"
        String currency = null;
        int k = i;
        PhraseTable.Match<String> symbol = currencySymbols.matchAt(p, i);
        if (symbol != null && !solid(p, symbol)) {
            symbol = null; // "approved a $1 billion loan": the article "a" and "$" are not "A$"
        }
        if (symbol == null) {
            symbol = currencyCodes.matchAt(p, i);
        }
        if (symbol != null && numbers.startsNumber(p, symbol.end())) {
            currency = symbol.value();
            k = symbol.end();
        } else if (!numbers.startsNumber(p, i)) {
            return null;
        }
        if (k < inTime.length && inTime[k]) {
            return null;
        }
        NumberReader.Read n = numbers.read(p, k, currency != null);
        if (n == null) {
            return p.get(k).isNumber() ? new Attempt(null, k + 1) : null;
        }
        if (notAFigure(p, i, n)) {
            return new Attempt(null, n.end());
        }
        BigDecimal value = n.value();
        BigDecimal min = n.min();
        BigDecimal max = n.max();
        int start = i;
        int end = n.end();
        String unit = null;

        PhraseTable.Match<String> pct = percents.matchAt(p, end);
        if (pct != null && currency == null) {
            unit = pct.value();
            end = pct.end();
        }
        // a range: "600,000 to 700,000", "between 10,000 and 12,000", "10,000-12,000", "$5-6 billion"
        if (n.kind() == NumberReader.Kind.EXACT) {
            Range r = rangeAfter(p, i, end, n, currency, unit, inTime);
            if (r != null) {
                value = null;
                min = r.min;
                max = r.max;
                end = r.end;
                currency = currency != null ? currency : r.currency;
                unit = unit != null ? unit : r.unit;
                start = r.start;
            }
        }
        // a currency after the figure: "5 billion dollars", "billions of dollars", "300 million won"
        if (currency == null && unit == null) {
            int c = end;
            if (n.kind() == NumberReader.Kind.VAGUE && c < p.size() && p.get(c).lower().equals("of")) {
                c++;
            }
            PhraseTable.Match<String> name = currencyNames.matchAt(p, c);
            if (name == null) {
                name = currencyCodes.matchAt(p, c);
            }
            if (name != null) {
                currency = name.value();
                end = name.end();
            }
        }
        Qualifier qualifier = null;
        PhraseTable.Match<Qualifier> after = qualifiersAfter.matchAt(p, end);
        if (after != null) {
            qualifier = after.value();
            end = after.end();
        }
        // what is counted: the head noun after the figure
        if (currency == null && unit == null) {
            Head head = headNoun(p, end, n.kind() != NumberReader.Kind.EXACT, inTime);
            if (head != null) {
                if (notCounted.startsAt(p, head.index)) {
                    return new Attempt(null, head.index + 1); // "three years", "two times"
                }
                unit = head.unit;
                end = head.index + 1;
                after = qualifiersAfter.matchAt(p, end);
                if (after != null && qualifier == null) {
                    qualifier = after.value();
                    end = after.end();
                }
            }
        }
        // "six of the same entities": the part counts what the whole is made of
        boolean partOfFigure = false;
        if (currency == null && unit == null && n.kind() == NumberReader.Kind.EXACT && end + 1 < p.size()
                && p.get(end).lower().equals("of")) {
            int whole = end + 1;
            // (not "one of the largest donors": a superlative ranks, it does not count)
            boolean superlative = whole + 1 < p.size() && p.get(whole + 1).lower().matches(".*est|most|first|last|few|many");
            if (p.get(whole).lower().matches("the|these|those|its|their") && !superlative) {
                Head head = headNoun(p, whole + 1, false, inTime);
                if (head != null && !notCounted.startsAt(p, head.index)) {
                    unit = head.unit;
                    end = head.index + 1;
                }
            } else if (numbers.startsNumber(p, whole)) {
                partOfFigure = true; // "the first eight of 96 helicopters": a count of the same things as the next figure
            }
        }
        // a small number written as a word must count something: "the two met", "one of the largest"
        if (!partOfFigure && unit == null && currency == null && n.inWords() && n.kind() == NumberReader.Kind.EXACT
                && value != null && value.compareTo(BigDecimal.TEN) < 0) {
            return new Attempt(null, n.end());
        }
        // "the one", "no one", "each one"
        if (n.inWords() && n.kind() == NumberReader.Kind.EXACT && n.value().compareTo(BigDecimal.TEN) < 0
                && n.scale().compareTo(BigDecimal.ONE) == 0 && smallNumberBlockers.matchEndingAt(p, i) != null) {
            return new Attempt(null, n.end());
        }
        // a rate: "$2,000 per month", "$572 million annually", "4 million tons of grain annually"
        String per = null;
        PhraseTable.Match<String> rate = rateAt(p, end);
        if (rate == null && unit != null && end < p.size() && p.get(end).lower().equals("of")) {
            for (int j = end + 1; j < Math.min(p.size(), end + 5) && isNominal(p.get(j)) && !inTime[j]; j++) {
                rate = rateAt(p, j);
                if (rate != null) {
                    break;
                }
            }
        }
        if (rate != null) {
            per = rate.value();
            end = rate.end();
        }
        // a qualifier before: "up to", "more than", "an estimated", "around"
        PhraseTable.Match<Qualifier> before = qualifiersBefore.matchEndingAt(p, start);
        if (before != null) {
            qualifier = before.value();
            start = before.begin();
        }
        if (qualifier == null) {
            qualifier = switch (n.kind()) {
                case VAGUE -> Qualifier.AtLeast;
                case FEW -> Qualifier.Approximately;
                case EXACT -> Qualifier.Exact;
            };
        }
        int b = p.get(start).begin();
        int e = p.get(end - 1).end();
        Quantity q = new Quantity(value, min, max, unit, currency, qualifier, per, text.substring(b, e), b, e);
        return new Attempt(q, end);
    }

    /** Years in text, ages, clock times, ordinals, identifiers ("Resolution 2397"): not figures. */
    private boolean notAFigure(List<Piece> p, int start, NumberReader.Read n) {
        if (ageAfter.startsAt(p, n.end()) || ageBefore.matchEndingAt(p, start) != null) {
            return true;
        }
        if (timeOfDay.startsAt(p, n.end())) {
            return true;
        }
        if (isAgeInApposition(p, start, n)) {
            return true;
        }
        return !n.inWords() && identifierBefore.matchEndingAt(p, start) != null;
    }

    /** "Kim, 40, said": a small whole number set off by commas right after a name is an age. */
    private static boolean isAgeInApposition(List<Piece> p, int start, NumberReader.Read n) {
        if (n.inWords() || n.value() == null || n.value().scale() > 0 || n.value().compareTo(BigDecimal.valueOf(120)) > 0
                || start < 2 || n.end() != start + 1) {
            return false;
        }
        boolean afterName = p.get(start - 1).text().equals(",") && "PROPN".equals(p.get(start - 2).pos())
                && p.get(start - 2).isCapitalized();
        boolean closed = n.end() >= p.size() || p.get(n.end()).text().equals(",");
        return afterName && closed;
    }

    private record Range(BigDecimal min, BigDecimal max, int start, int end, String currency, String unit) { }

    private Range rangeAfter(List<Piece> p, int start, int end, NumberReader.Read first, String currency,
                             String unit, boolean[] inTime) {
        PhraseTable.Match<String> joiner = rangeJoiners.matchAt(p, end);
        if (joiner == null) {
            return null;
        }
        // "from about 40,000 to ...": a qualifier of the first figure stands between the opener and it
        PhraseTable.Match<Qualifier> firstQualifier = qualifiersBefore.matchEndingAt(p, start);
        int opening = firstQualifier != null ? firstQualifier.begin() : start;
        boolean opened = rangeOpeners.matchEndingAt(p, opening) != null;
        if (joiner.value().equals("between") && !opened) {
            return null;
        }
        PhraseTable.Match<String> notRange = notRangeBefore.matchEndingAt(p, opening);
        if (!opened && notRange != null && changeBefore(p, notRange.begin())) {
            return null; // "rose from 5,000 to 10,000" is a change; "killed from 40,000 to 150,000" a range
        }
        if (!opened && notRange != null) {
            opened = true;
            start = notRange.begin();
        } else if (opened) {
            start = opening;
        }
        int k = joiner.end();
        // "to more than 150,000": the upper figure's own qualifier does not break the range
        PhraseTable.Match<Qualifier> secondQualifier = qualifiersBefore.matchAt(p, k);
        if (secondQualifier != null && numbers.startsNumber(p, secondQualifier.end())) {
            k = secondQualifier.end();
        }
        String currency2 = null;
        PhraseTable.Match<String> symbol = currencySymbols.matchAt(p, k);
        if (symbol != null) {
            currency2 = symbol.value();
            k = symbol.end();
        }
        if (k >= p.size() || inTime[k]) {
            return null;
        }
        NumberReader.Read second = numbers.read(p, k, currency != null || currency2 != null);
        if (second == null || second.kind() != NumberReader.Kind.EXACT) {
            return null;
        }
        if (currency != null && currency2 != null && !currency.equals(currency2)) {
            return null;
        }
        BigDecimal low = first.value();
        // "5 to 6 million": the scale of the second number applies to the first
        if (first.scale().compareTo(BigDecimal.ONE) == 0 && second.scale().compareTo(BigDecimal.ONE) > 0
                && first.value().compareTo(second.mantissa()) <= 0) {
            low = NumberReader.normalize(first.value().multiply(second.scale()));
        }
        if (low.compareTo(second.value()) >= 0) {
            return null; // "from 34,000 to 11,000": a decrease, two figures
        }
        int rangeEnd = second.end();
        String unit2 = null;
        PhraseTable.Match<String> pct = percents.matchAt(p, rangeEnd);
        if (pct != null) {
            unit2 = pct.value();
            rangeEnd = pct.end();
        }
        if (unit != null && unit2 == null && currency == null) {
            return null; // "5% to 700" is not a range
        }
        int rangeStart = opened && rangeOpeners.matchEndingAt(p, start) != null ? rangeOpeners.matchEndingAt(p, start).begin() : start;
        return new Range(low, second.value(), rangeStart, rangeEnd, currency2, unit2);
    }

    /** A word of change ("rose", "fell", "an increase") shortly before {@code from}: "from X to Y" is then a change. */
    private boolean changeBefore(List<Piece> p, int from) {
        for (int j = from; j > Math.max(0, from - 6); j--) {
            if (changeWords.matchEndingAt(p, j) != null) {
                return true;
            }
        }
        return false;
    }

    private record Head(int index, String unit) { }

    /**
     * The noun counted by a figure: skips adjectives, proper nouns and compound modifiers
     * ("4,000 North Korean workers", "13,000 shipping containers") and stops at a preposition, so
     * "tons of rice" counts tons. Vague figures skip "of" first ("thousands of soldiers").
     */
    private Head headNoun(List<Piece> p, int from, boolean vague, boolean[] inTime) {
        int j = from;
        if (vague && j < p.size() && p.get(j).lower().equals("of")) {
            j++;
        }
        // "a 10,000-strong force", "a 300-member delegation", "a three-day visit"
        if (j == from && j + 1 < p.size() && p.get(j).isDash() && Piece.glued(p, j - 1, j) && Piece.glued(p, j, j + 1)
                && p.get(j + 1).isWord()) {
            Piece word = p.get(j + 1);
            if (notCounted.startsAt(p, j + 1)) {
                return new Head(j + 1, word.lower());
            }
            if (word.isNoun() || knownUnits.startsAt(p, j + 1)) {
                return new Head(j + 1, word.lower());
            }
            j += 2;
        }
        int head = -1;
        int properNoun = -1;
        for (int steps = 0; j < p.size() && steps < 6; j++, steps++) {
            Piece w = p.get(j);
            if (steps == 0 && w.lower().matches("more|fewer|additional|extra|further") && j + 1 < p.size()
                    && p.get(j + 1).isNoun()) {
                continue; // "6,000 more workers": the noun after "more" is what is counted
            }
            if (inTime[j] || nonUnits.startsAt(p, j) || rateAt(p, j) != null) {
                break;
            }
            int model = head < 0 ? designationEnd(p, j) : -1;
            if (model > j) {
                j = model - 1; // "96 AH-64E Apache helicopters", "54 M1A2 tanks": a model name before the counted noun
                continue;
            }
            if (w.isDash() && head < 0 && Piece.glued(p, j - 1, j) && Piece.glued(p, j, j + 1)) {
                continue; // "Russian-made"
            }
            if (!w.isWord()) {
                break;
            }
            boolean noun = w.isNoun() || knownUnits.startsAt(p, j) || notCounted.startsAt(p, j);
            if (noun) {
                head = j;
                if (notCounted.startsAt(p, j)) {
                    break;
                }
                continue;
            }
            if (head >= 0) {
                break; // after the noun only more nouns belong to it ("artillery shells")
            }
            // "96 AH-64E Apache/DET attack helicopters": a capitalized name word is a modifier, whatever the tagger says
            boolean name = w.isCapitalized() && !w.lower().matches("the|a|an|and|or|but|in|on|at|of|for|to|from|by|with|as");
            if ("ADJ".equals(w.pos()) || "PROPN".equals(w.pos()) || name) {
                properNoun = "PROPN".equals(w.pos()) || name ? j : -1;
                continue;
            }
            if ("VERB".equals(w.pos()) && (w.lower().endsWith("ing") || w.lower().endsWith("ed"))
                    && j + 1 < p.size() && p.get(j + 1).isWord()) {
                continue; // "trained soldiers", "shipping containers" when tagged as a verb
            }
            if ("CCONJ".equals(w.pos()) && !w.lower().matches("and|or|but|nor|plus") && j + 1 < p.size() && p.get(j + 1).isNoun()) {
                continue; // "20 armoured vehicles" when the tagger calls the modifier a conjunction
            }
            break;
        }
        if (head >= 0) {
            return new Head(head, p.get(head).lower());
        }
        // "10,000 North Koreans": a plural demonym is what is counted
        if (properNoun >= 0 && p.get(properNoun).lower().endsWith("s")) {
            return new Head(properNoun, p.get(properNoun).text());
        }
        return null;
    }

    /**
     * The piece after a model designation that starts at {@code j} ("AH-64E", "F-16", "M1A2", "Su-35": pieces written
     * together that hold a capital letter and a digit), or -1 when none starts there.
     */
    private static int designationEnd(List<Piece> p, int j) {
        if (!p.get(j).isWord() && !p.get(j).isNumber()) {
            return -1;
        }
        StringBuilder text = new StringBuilder(p.get(j).text());
        int k = j + 1;
        while (k < p.size() && Piece.glued(p, k - 1, k) && (p.get(k).isWord() || p.get(k).isNumber() || p.get(k).isDash())) {
            text.append(p.get(k).text());
            k++;
        }
        boolean model = k > j + 1 && text.toString().matches("(?=.*\\d)(?=.*[A-Z])[A-Za-z0-9-]+") && !p.get(k - 1).isDash();
        return model ? k : -1;
    }

    private static boolean isNominal(Piece w) {
        return w.isWord() && ("NOUN".equals(w.pos()) || "ADJ".equals(w.pos()) || "PROPN".equals(w.pos())
                || "ADV".equals(w.pos()));
    }

    /** A rate cue at piece j, unless it is a time ("a year ago"). */
    private PhraseTable.Match<String> rateAt(List<Piece> p, int j) {
        PhraseTable.Match<String> rate = rates.matchAt(p, j);
        if (rate == null || notRateAfter.startsAt(p, rate.end())) {
            return null;
        }
        return rate;
    }

    /** A symbol of several pieces is written without spaces: "A$", "US$". */
    private static boolean solid(List<Piece> p, PhraseTable.Match<String> m) {
        for (int j = m.begin() + 1; j < m.end(); j++) {
            if (p.get(j).begin() != p.get(j - 1).end()) {
                return false;
            }
        }
        return true;
    }
}
