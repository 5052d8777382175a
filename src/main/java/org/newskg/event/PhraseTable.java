package org.newskg.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Phrases (sequences of lower-case pieces) with a value each, matched against a sentence's pieces;
 * the longest phrase wins. Immutable.
 */
final class PhraseTable<V> {
    record Match<V>(int begin, int end, V value) { }

    private record Entry<V>(List<String> words, V value) { }

    private final Map<String, List<Entry<V>>> byFirst;
    private final Map<String, List<Entry<V>>> byLast;

    private PhraseTable(List<Entry<V>> entries) {
        Map<String, List<Entry<V>>> first = new HashMap<>();
        Map<String, List<Entry<V>>> last = new HashMap<>();
        for (Entry<V> e : entries) {
            first.computeIfAbsent(e.words.get(0), k -> new ArrayList<>()).add(e);
            last.computeIfAbsent(e.words.get(e.words.size() - 1), k -> new ArrayList<>()).add(e);
        }
        Comparator<Entry<V>> longestFirst = Comparator.comparingInt((Entry<V> e) -> e.words.size()).reversed();
        first.replaceAll((k, v) -> v.stream().sorted(longestFirst).toList());
        last.replaceAll((k, v) -> v.stream().sorted(longestFirst).toList());
        this.byFirst = Map.copyOf(first);
        this.byLast = Map.copyOf(last);
    }

    /** A table of one section; {@code value} reads a row (phrase first) into the value. */
    static <V> PhraseTable<V> of(WordTable table, String section, Function<List<String>, V> value) {
        List<Entry<V>> entries = new ArrayList<>();
        for (List<String> row : table.rows(section)) {
            List<String> words = Piece.phraseWords(row.get(0));
            if (!words.isEmpty()) {
                entries.add(new Entry<>(words, value.apply(row)));
            }
        }
        return new PhraseTable<>(entries);
    }

    /** A table whose values do not matter, only membership. */
    static PhraseTable<String> words(WordTable table, String section) {
        return of(table, section, row -> row.get(0));
    }

    /** The longest phrase starting at piece {@code i}, or null. */
    Match<V> matchAt(List<Piece> pieces, int i) {
        if (i < 0 || i >= pieces.size()) {
            return null;
        }
        for (Entry<V> e : byFirst.getOrDefault(pieces.get(i).lower(), List.of())) {
            if (matches(pieces, i, e.words)) {
                return new Match<>(i, i + e.words.size(), e.value);
            }
        }
        return null;
    }

    /** The longest phrase whose last piece is {@code end - 1}, or null. */
    Match<V> matchEndingAt(List<Piece> pieces, int end) {
        if (end <= 0 || end > pieces.size()) {
            return null;
        }
        for (Entry<V> e : byLast.getOrDefault(pieces.get(end - 1).lower(), List.of())) {
            int begin = end - e.words.size();
            if (begin >= 0 && matches(pieces, begin, e.words)) {
                return new Match<>(begin, end, e.value);
            }
        }
        return null;
    }

    boolean startsAt(List<Piece> pieces, int i) {
        return matchAt(pieces, i) != null;
    }

    private static boolean matches(List<Piece> pieces, int start, List<String> words) {
        if (start + words.size() > pieces.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!pieces.get(start + k).lower().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
