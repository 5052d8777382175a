package org.newskg.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Categorized cue words from a resource ({@code CATEGORY<TAB>words...}), matched case-insensitively. */
public final class CueWords {
    private final Map<String, Set<String>> byCategory;

    private CueWords(Map<String, Set<String>> byCategory) {
        this.byCategory = byCategory;
    }

    public static CueWords fromResource(String resource) {
        try (InputStream in = CueWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Map<String, Set<String>> map = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                if (parts.length < 2) {
                    throw new IllegalStateException(resource + ": expected CATEGORY<TAB>words: " + line);
                }
                Set<String> set = map.computeIfAbsent(parts[0].strip(), k -> new HashSet<>());
                for (String w : parts[1].strip().split("\\s+")) {
                    set.add(w.toLowerCase(Locale.ROOT));
                }
            }
            return new CueWords(map);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** True when {@code word} (case-insensitive, final period ignored) is in {@code category}. */
    public boolean is(String category, String word) {
        Set<String> set = byCategory.get(category);
        if (set == null || word == null) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return set.contains(w);
    }
}
