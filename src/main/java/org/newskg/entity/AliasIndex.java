package org.newskg.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over the catalog's names (aliases, demonyms, seats) for longest-match lookup in text.
 * Built once and read by any number of threads.
 */
public final class AliasIndex {

    /** What a matched name denotes. */
    public record Target(CatalogEntry entry, MentionKind kind, String alias) {
    }

    /** A match: pieces [from, to) of the searched piece list. */
    public record Match(int from, int to, List<Target> targets) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Target> targets = new ArrayList<>();
        final List<List<String>> forms = new ArrayList<>();
    }

    private final Node root = new Node();

    public AliasIndex(Catalog catalog) {
        for (CatalogEntry e : catalog.entries()) {
            for (String a : e.aliases()) {
                add(a, new Target(e, MentionKind.NAME, a));
            }
            for (String d : e.demonyms()) {
                add(d, new Target(e, MentionKind.DEMONYM, d));
            }
            for (String s : e.seats()) {
                add(s, new Target(e, MentionKind.SEAT, s));
            }
        }
    }

    private void add(String alias, Target target) {
        List<MatchText.Piece> pieces = MatchText.pieces(alias);
        if (pieces.isEmpty()) {
            return;
        }
        Node node = root;
        List<String> form = new ArrayList<>();
        for (MatchText.Piece p : pieces) {
            node = node.next.computeIfAbsent(p.lower(), k -> new Node());
            form.add(p.text());
        }
        node.targets.add(target);
        node.forms.add(form);
    }

    /** The longest catalog name starting at piece {@code start}, or null. */
    public Match longestAt(List<MatchText.Piece> pieces, int start) {
        Node node = root;
        Match best = null;
        for (int i = start; i < pieces.size(); i++) {
            node = node.next.get(pieces.get(i).lower());
            if (node == null) {
                break;
            }
            if (!node.targets.isEmpty()) {
                List<Target> ok = new ArrayList<>();
                for (int k = 0; k < node.targets.size(); k++) {
                    if (caseCompatible(node.forms.get(k), pieces, start, i == start)) {
                        ok.add(node.targets.get(k));
                    }
                }
                if (!ok.isEmpty()) {
                    best = new Match(start, i + 1, ok);
                }
            }
        }
        return best;
    }

    /**
     * A name matches only in its own case, so that "us" is not "US" and "turkey" not "Turkey"; a
     * lower-case first word may be capitalized ("The Kremlin" at a sentence start).
     */
    private static boolean caseCompatible(List<String> form, List<MatchText.Piece> pieces, int start, boolean unused) {
        for (int k = 0; k < form.size(); k++) {
            String want = form.get(k);
            String got = pieces.get(start + k).text();
            if (want.equals(got)) {
                continue;
            }
            boolean wantLower = Character.isLowerCase(want.charAt(0));
            if (wantLower && want.equalsIgnoreCase(got) && (k == 0 || !Character.isLetter(want.charAt(0)))) {
                continue;
            }
            if (wantLower && want.equalsIgnoreCase(got) && Character.isUpperCase(got.charAt(0))
                    && got.substring(1).equals(want.substring(1))) {
                continue; // headline case of a lower-case word inside a name
            }
            return false;
        }
        return true;
    }
}
