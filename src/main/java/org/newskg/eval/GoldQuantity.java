package org.newskg.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A figure of a gold event as one article gives it: a value or a min/max range, with a unit or a currency.
 *
 * @param doc the document id prefix of the article that states it
 * @param text the words used (for reports)
 */
public record GoldQuantity(BigDecimal value, BigDecimal min, BigDecimal max, String unit, String currency, String per,
        String doc, String text) {

    /** The numbers this quantity states (value, min, max; those present). */
    public List<BigDecimal> numbers() {
        List<BigDecimal> numbers = new ArrayList<>();
        if (value != null) {
            numbers.add(value);
        }
        if (min != null) {
            numbers.add(min);
        }
        if (max != null) {
            numbers.add(max);
        }
        return numbers;
    }

    /** A short readable form: "11000 troops", "600000-700000 tons", "2000 USD per P1M". */
    public String describe() {
        String number = value != null ? value.stripTrailingZeros().toPlainString()
                : (min == null ? "?" : min.stripTrailingZeros().toPlainString()) + "-"
                        + (max == null ? "?" : max.stripTrailingZeros().toPlainString());
        String measure = currency != null ? currency : unit == null ? "" : unit;
        return (number + " " + measure + (per == null ? "" : " per " + per)).trim();
    }
}
