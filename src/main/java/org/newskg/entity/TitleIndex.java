package org.newskg.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The office titles the catalog knows ("leader", "defence minister"), for matching role descriptions. */
final class TitleIndex {
    record TitleMatch(int from, int to, String title) {
    }

    private final Map<String, String> titles = new HashMap<>();
    private int longest = 1;

    TitleIndex(Catalog catalog) {
        for (CatalogEntry e : catalog.entries()) {
            for (RoleHolding r : e.roles()) {
                titles.put(r.title(), r.title());
                longest = Math.max(longest, r.title().split(" ").length);
            }
        }
    }

    TitleMatch longestAt(List<MatchText.Piece> pieces, int start) {
        if (start < 0 || start >= pieces.size() || !Character.isLetter(pieces.get(start).text().charAt(0))
                || pieces.get(start).lower().equals("the")) {
            return null;
        }
        TitleMatch best = null;
        StringBuilder words = new StringBuilder();
        for (int i = start; i < pieces.size() && i < start + longest; i++) {
            if (i > start) {
                words.append(' ');
            }
            words.append(pieces.get(i).lower());
            String t = titles.get(Catalog.normaliseTitle(words.toString()));
            if (t != null) {
                best = new TitleMatch(start, i + 1, t);
            }
        }
        return best;
    }
}
