package org.newskg.event;

import java.math.BigDecimal;

/**
 * A normalized figure: a value or a min/max range, a unit or a currency, a qualifier and an
 * optional rate period ("$2,000 per month": value 2000, currency USD, per P1M).
 *
 * @param value the value (null for a pure range or a vague figure such as "thousands of")
 * @param min lower bound of a range, or null
 * @param max upper bound of a range, or null
 * @param unit what is counted ("troops", "tons"), or null for money
 * @param currency ISO 4217 code for money ("USD"), or null
 * @param qualifier how exact
 * @param per an xsd:duration for rates ("P1M", "P1Y"), or null
 * @param text the words used, verbatim
 * @param begin start offset in the original text
 * @param end end offset
 */
public record Quantity(BigDecimal value, BigDecimal min, BigDecimal max, String unit, String currency,
                       Qualifier qualifier, String per, String text, int begin, int end) {
    public boolean isMoney() {
        return currency != null;
    }
}
