package org.newskg.event;

/**
 * A time expression and what it resolves to.
 *
 * @param text the words used ("in June", "last year")
 * @param value the resolved lexical value ("2024", "2024-06", "2024-06-19"), or null when unknown
 * @param datatype xsd local name: "gYear", "gYearMonth" or "date" (null when value is null)
 */
public record TimeValue(String text, String value, String datatype) {
    public boolean isResolved() {
        return value != null;
    }
}
