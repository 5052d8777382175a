package org.newskg.entity;

import java.time.LocalDate;

/**
 * One office a person holds or held, as written in the catalog ({@code cat:holds}).
 *
 * @param title the role word(s), normalised by {@link Catalog#normaliseTitle(String)} (e.g. "defence minister")
 * @param ofKey catalog key of the state or organization the office belongs to (e.g. "Q159")
 * @param from first day in office, or null when unknown
 * @param to last day in office, or null while the person still holds it (or when unknown)
 */
public record RoleHolding(String title, String ofKey, LocalDate from, LocalDate to) {

    /** True when the holding covers {@code day}; an open bound counts as covering. */
    public boolean covers(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** True when no end date is recorded, i.e. the person is taken to hold the office now. */
    public boolean isCurrent() {
        return to == null;
    }
}
