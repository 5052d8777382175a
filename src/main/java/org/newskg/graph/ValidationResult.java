package org.newskg.graph;

import java.util.List;

/**
 * The outcome of validating a graph against the NewsKG shapes.
 *
 * @param conforms true when the graph has no violation at all
 * @param violations one readable line per violation, "&lt;focus node&gt;: &lt;message&gt; (&lt;path&gt;)",
 *     with IRIs shortened by the NewsKG prefixes; sorted, without duplicates
 */
public record ValidationResult(boolean conforms, List<String> violations) {
    public ValidationResult {
        violations = List.copyOf(violations);
    }

    /** A multi-line summary: "conforms", or the count followed by one violation per line. */
    public String summary() {
        if (conforms) {
            return "conforms";
        }
        return violations.size() + " violation(s):\n  " + String.join("\n  ", violations);
    }
}
