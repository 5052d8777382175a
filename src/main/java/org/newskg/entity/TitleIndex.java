package org.newskg.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The office titles the catalog knows ("leader", "defence minister"), for matching role descriptions.
 *
 * <p>A window of words matches when {@link Catalog#normaliseTitle} of it is a known title. Running that
 * normalisation on every window of every sentence was the costliest step of entity recognition, so plain
 * ASCII windows are normalised here word by word, as the window grows, with the same steps (separator
 * marks dropped, leading qualifiers dropped, spelling per word, synonyms on the whole), and a window stops
 * growing at the first word after which no known title can follow. Windows with any other character go
 * through {@link Catalog#normaliseTitle} itself, so the two can never disagree on unusual text.
 */
final class TitleIndex {
    record TitleMatch(int from, int to, String title) {
    }

    private final Map<String, String> titles = new HashMap<>();
    /** Word sequences (qualifiers dropped, spelling applied, before synonyms) -> the title they normalise to. */
    private final Map<String, String> accepted = new HashMap<>();
    /** Every way an accepted sequence can begin, cut at a space, and the sequences themselves. */
    private final Set<String> prefixes = new HashSet<>();
    private int longest = 1;

    TitleIndex(Catalog catalog) {
        for (CatalogEntry e : catalog.entries()) {
            for (RoleHolding r : e.roles()) {
                titles.put(r.title(), r.title());
                longest = Math.max(longest, r.title().split(" ").length);
            }
        }
        // a sequence is accepted when its synonym (or itself) is a title: only titles and synonym forms can be
        Set<String> candidates = new HashSet<>(titles.keySet());
        candidates.addAll(Catalog.titleSynonymForms());
        for (String c : candidates) {
            String title = titles.get(Catalog.titleSynonym(c));
            if (title != null) {
                accepted.put(c, title);
                for (int i = c.indexOf(' '); i >= 0; i = c.indexOf(' ', i + 1)) {
                    prefixes.add(c.substring(0, i));
                }
                prefixes.add(c);
            }
        }
    }

    TitleMatch longestAt(List<MatchText.Piece> pieces, int start) {
        if (start < 0 || start >= pieces.size() || !Character.isLetter(pieces.get(start).text().charAt(0))
                || pieces.get(start).lower().equals("the")) {
            return null;
        }
        TitleMatch best = null;
        int limit = Math.min(pieces.size(), start + longest);
        // the normalised words so far, joined by spaces; empty while only qualifiers were seen
        StringBuilder words = new StringBuilder();
        for (int i = start; i < limit; i++) {
            String piece = pieces.get(i).lower();
            if (!plainAscii(piece)) {
                return slowLongestAt(pieces, start, i, limit, best);
            }
            if (!dropsOut(piece)) {
                if (words.isEmpty() && Catalog.isTitleQualifier(piece)) {
                    // "former", "new": dropped while they lead, as normaliseTitle does
                } else {
                    if (!words.isEmpty()) {
                        words.append(' ');
                    }
                    words.append(Catalog.titleSpelling(piece));
                }
            }
            String sequence = words.toString();
            String t = accepted.get(sequence);
            if (t != null) {
                best = new TitleMatch(start, i + 1, t);
            }
            if (!sequence.isEmpty() && !prefixes.contains(sequence)) {
                break; // later words only append: no title begins this way
            }
        }
        return best;
    }

    /** The general path from piece {@code from} on: the whole window through {@link Catalog#normaliseTitle}. */
    private TitleMatch slowLongestAt(List<MatchText.Piece> pieces, int start, int from, int limit, TitleMatch best) {
        StringBuilder window = new StringBuilder();
        for (int i = start; i < limit; i++) {
            if (i > start) {
                window.append(' ');
            }
            window.append(pieces.get(i).lower());
            if (i >= from) {
                String t = titles.get(Catalog.normaliseTitle(window.toString()));
                if (t != null) {
                    best = new TitleMatch(start, i + 1, t);
                }
            }
        }
        return best;
    }

    /** Marks normaliseTitle turns into spaces: they end a word and add none. */
    private static boolean dropsOut(String piece) {
        if (piece.length() != 1) {
            return false;
        }
        char c = piece.charAt(0);
        return c == '-' || c == '.' || c == ',' || c == ';' || c == ':';
    }

    /**
     * Lower-case ASCII letters and digits, or one printable ASCII mark: text that Unicode normalisation,
     * lower-casing, stripping and splitting all leave as it is.
     */
    private static boolean plainAscii(String piece) {
        for (int k = 0; k < piece.length(); k++) {
            char c = piece.charAt(k);
            if (c < 0x21 || c > 0x7e || c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }
}
