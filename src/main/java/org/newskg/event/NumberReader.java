package org.newskg.event;

import java.math.BigDecimal;
import java.util.List;

/**
 * Reads one number from a sentence's pieces: digits with an optional scale ("1.3 million", "5.5bn"),
 * number words ("ten thousand", "twenty-five", "a dozen", "half a million"), an indefinite count
 * ("a few thousand") or a vague plural ("thousands", "tens of thousands"). Immutable; the words come
 * from number-words.tsv.
 */
final class NumberReader {
    enum Kind {
        /** a definite number */
        EXACT,
        /** "a few thousand": between min and max */
        FEW,
        /** "thousands": at least min */
        VAGUE
    }

    /**
     * @param value the number (EXACT), else null
     * @param min lower bound (FEW, VAGUE)
     * @param max upper bound (FEW)
     * @param kind how definite
     * @param begin first piece
     * @param end piece after the last one read
     * @param mantissa the number before its scale ("6" in "6 million"), for ranges like "5 to 6 million"
     * @param scale the scale applied (1 if none)
     * @param inWords written in words, not digits
     */
    record Read(BigDecimal value, BigDecimal min, BigDecimal max, Kind kind, int begin, int end,
                BigDecimal mantissa, BigDecimal scale, boolean inWords) { }

    private record Scale(BigDecimal factor, String constraint) { }

    private record Range(BigDecimal min, BigDecimal max) { }

    private final PhraseTable<BigDecimal> numbers;
    private final PhraseTable<Scale> scales;
    private final PhraseTable<BigDecimal> multipliers;
    private final PhraseTable<Range> fews;
    private final PhraseTable<BigDecimal> vagues;

    NumberReader(WordTable words) {
        numbers = PhraseTable.of(words, "number", r -> new BigDecimal(words.required(r, 1, "number")));
        scales = PhraseTable.of(words, "scale",
                r -> new Scale(new BigDecimal(words.required(r, 1, "scale")), WordTable.column(r, 2, "")));
        multipliers = PhraseTable.of(words, "multiplier", r -> new BigDecimal(words.required(r, 1, "multiplier")));
        fews = PhraseTable.of(words, "few", r -> new Range(new BigDecimal(words.required(r, 1, "few")),
                new BigDecimal(words.required(r, 2, "few"))));
        vagues = PhraseTable.of(words, "vague", r -> new BigDecimal(words.required(r, 1, "vague")));
    }

    /** True when a number (digits or a word that can start one) starts at piece i. */
    boolean startsNumber(List<Piece> p, int i) {
        return i < p.size() && (p.get(i).isNumber() || numbers.startsAt(p, i) || vagues.startsAt(p, i)
                || fews.startsAt(p, i) || multipliers.startsAt(p, i));
    }

    /** True when piece i is a number word ("six"), used by the time resolver for "six years ago". */
    boolean isNumberWord(List<Piece> p, int i) {
        return numbers.startsAt(p, i);
    }

    /**
     * The number starting at piece i, or null. {@code money} allows scales that are ambiguous
     * without a currency ("$3m").
     */
    Read read(List<Piece> p, int i, boolean money) {
        if (i >= p.size()) {
            return null;
        }
        Piece first = p.get(i);
        if (first.isNumber()) {
            return readDigits(p, i, money);
        }
        if (!first.isWord()) {
            return null;
        }
        PhraseTable.Match<Range> few = fews.matchAt(p, i);
        if (few != null) {
            Scaled s = scaleAfter(p, few.end(), money, false);
            if (s != null) {
                return new Read(null, normalize(few.value().min().multiply(s.factor)),
                        normalize(few.value().max().multiply(s.factor)), Kind.FEW, i, s.end, null, s.factor, true);
            }
        }
        PhraseTable.Match<BigDecimal> mult = multipliers.matchAt(p, i);
        if (mult != null) {
            Scaled s = scaleAfter(p, mult.end(), money, false);
            if (s != null) {
                BigDecimal v = normalize(mult.value().multiply(s.factor));
                return new Read(v, null, null, Kind.EXACT, i, s.end, mult.value(), s.factor, true);
            }
        }
        PhraseTable.Match<BigDecimal> vague = vagues.matchAt(p, i);
        if (vague != null) {
            BigDecimal base = vague.value();
            int end = vague.end();
            // "tens of thousands", "hundreds of millions"
            while (end + 1 < p.size() && p.get(end).lower().equals("of")) {
                PhraseTable.Match<BigDecimal> more = vagues.matchAt(p, end + 1);
                if (more == null) {
                    break;
                }
                base = base.multiply(more.value());
                end = more.end();
            }
            return new Read(null, normalize(base), null, Kind.VAGUE, i, end, null, BigDecimal.ONE, true);
        }
        return readWords(p, i);
    }

    private Read readDigits(List<Piece> p, int i, boolean money) {
        Piece n = p.get(i);
        // "G20", "F-16", "Hwasong-19", "COVID-19": a designator, not a figure
        if (Piece.glued(p, i - 1, i)) {
            Piece before = p.get(i - 1);
            if (before.isWord()) {
                return null;
            }
            if (before.isDash() && Piece.glued(p, i - 2, i - 1) && p.get(i - 2).isWord()) {
                return null;
            }
        }
        // "10:30", "12/17/2024", "24/7": a clock time or a date
        if (gluedMark(p, i - 1, i, ":/") || gluedMark(p, i + 1, i, ":/")) {
            return null;
        }
        BigDecimal mantissa = new BigDecimal(n.text().replace(",", ""));
        Scaled s = scaleAfter(p, i + 1, money, true);
        if (s == null) {
            // letters glued to the digits that are not a scale: "21st", "1990s", "10am", "5km"
            if (Piece.glued(p, i, i + 1) && p.get(i + 1).isWord()) {
                return null;
            }
            return new Read(normalize(mantissa), null, null, Kind.EXACT, i, i + 1, mantissa, BigDecimal.ONE, false);
        }
        return new Read(normalize(mantissa.multiply(s.factor)), null, null, Kind.EXACT, i, s.end, mantissa,
                s.factor, false);
    }

    private static boolean gluedMark(List<Piece> p, int mark, int number, String marks) {
        if (mark < 0 || mark >= p.size()) {
            return false;
        }
        boolean glued = mark < number ? Piece.glued(p, mark, number) : Piece.glued(p, number, mark);
        Piece m = p.get(mark);
        return glued && m.kind() == Piece.Kind.OTHER && marks.contains(m.text());
    }

    private record Scaled(BigDecimal factor, int end) { }

    /** One or more scale words from piece j ("million", "hundred thousand"), or null if none. */
    private Scaled scaleAfter(List<Piece> p, int j, boolean money, boolean afterDigits) {
        BigDecimal factor = BigDecimal.ONE;
        int end = j;
        while (end < p.size()) {
            PhraseTable.Match<Scale> m = scales.matchAt(p, end);
            if (m == null) {
                break;
            }
            String constraint = m.value().constraint();
            boolean glued = afterDigits && end == j && Piece.glued(p, j - 1, j);
            if (constraint.startsWith("glued") && !glued) {
                break;
            }
            if (constraint.equals("glued-money") && !money) {
                break;
            }
            if (!constraint.isEmpty() && glued && Piece.glued(p, end, end + 1) && p.get(end + 1).isWord()) {
                break;
            }
            factor = factor.multiply(m.value().factor());
            end = m.end();
        }
        return end == j ? null : new Scaled(factor, end);
    }

    /** "ten thousand", "twenty-five", "one hundred and fifty", "two dozen", "one million two hundred thousand". */
    private Read readWords(List<Piece> p, int i) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        boolean any = false;
        boolean lastWasUnit = false;
        BigDecimal mantissa = null;
        BigDecimal lastScale = BigDecimal.ONE;
        int end = i;
        int j = i;
        while (j < p.size()) {
            PhraseTable.Match<BigDecimal> num = numbers.matchAt(p, j);
            PhraseTable.Match<Scale> scale = num == null ? scales.matchAt(p, j) : null;
            if (num != null) {
                // "one two" is not one number; "twenty-five" and "twenty five" are
                if (lastWasUnit && (num.value().compareTo(BigDecimal.TEN) >= 0
                        || current.remainder(BigDecimal.TEN).signum() != 0)) {
                    break;
                }
                current = current.add(num.value());
                any = true;
                lastWasUnit = true;
                j = num.end();
                end = j;
            } else if (scale != null && any && scale.value().constraint().isEmpty()) {
                BigDecimal f = scale.value().factor();
                if (mantissa == null) {
                    mantissa = total.add(current);
                }
                if (f.compareTo(BigDecimal.valueOf(1000)) < 0) {
                    current = current.multiply(f);
                } else {
                    total = total.add(current.multiply(f));
                    current = BigDecimal.ZERO;
                }
                lastScale = f;
                lastWasUnit = false;
                j = scale.end();
                end = j;
            } else if (any && (p.get(j).isDash() && Piece.glued(p, j - 1, j) && Piece.glued(p, j, j + 1)
                    || p.get(j).lower().equals("and")) && numbers.startsAt(p, j + 1)) {
                j++;
            } else {
                break;
            }
        }
        if (!any) {
            return null;
        }
        BigDecimal value = total.add(current);
        return new Read(normalize(value), null, null, Kind.EXACT, i, end, mantissa == null ? value : mantissa,
                mantissa == null ? BigDecimal.ONE : lastScale, true);
    }

    /** 1300000.0 -> 1300000, 5.50 -> 5.5: a canonical decimal. */
    static BigDecimal normalize(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
