package org.newskg.eval;

/** A share with its counts, so a report says "0.92 (23/25)" and an empty denominator is visible. */
public record Ratio(int hits, int total) {
    public static final Ratio NONE = new Ratio(0, 0);

    /** hits / total, or NaN when there is nothing to count. */
    public double value() {
        return total == 0 ? Double.NaN : (double) hits / total;
    }

    /** The value, or the given default when there is nothing to count (for floors in tests). */
    public double valueOr(double ifEmpty) {
        return total == 0 ? ifEmpty : value();
    }

    /** The harmonic mean of precision and recall, NaN when either is undefined. */
    public static double f1(Ratio precision, Ratio recall) {
        double p = precision.value();
        double r = recall.value();
        if (Double.isNaN(p) || Double.isNaN(r)) {
            return Double.NaN;
        }
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return total == 0 ? "n/a (0/0)" : String.format(java.util.Locale.ROOT, "%.3f (%d/%d)", value(), hits, total);
    }
}
