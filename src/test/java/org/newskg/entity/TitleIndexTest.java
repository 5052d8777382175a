package org.newskg.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The title index must find exactly what normalising every window with {@link Catalog#normaliseTitle} finds
 * (its fast path and early cut are an optimisation, never a change of meaning).
 */
class TitleIndexTest {
    private static Catalog catalog;
    private static TitleIndex index;
    private static List<String> knownTitles;
    private static int longest;

    @BeforeAll
    static void load() {
        catalog = Catalog.loadDefault();
        index = new TitleIndex(catalog);
        knownTitles = catalog.entries().stream().flatMap(e -> e.roles().stream()).map(RoleHolding::title)
                .distinct().sorted().toList();
        longest = knownTitles.stream().mapToInt(t -> t.split(" ").length).max().orElse(1);
    }

    /** The definition: every window from {@code start}, normalised whole, the longest known one wins. */
    private static TitleIndex.TitleMatch reference(List<MatchText.Piece> pieces, int start) {
        if (start < 0 || start >= pieces.size() || !Character.isLetter(pieces.get(start).text().charAt(0))
                || pieces.get(start).lower().equals("the")) {
            return null;
        }
        TitleIndex.TitleMatch best = null;
        StringBuilder words = new StringBuilder();
        for (int i = start; i < pieces.size() && i < start + longest; i++) {
            if (i > start) {
                words.append(' ');
            }
            words.append(pieces.get(i).lower());
            String normalised = Catalog.normaliseTitle(words.toString());
            if (knownTitles.contains(normalised)) {
                best = new TitleIndex.TitleMatch(start, i + 1, normalised);
            }
        }
        return best;
    }

    private static int assertSameEverywhere(String text) {
        List<MatchText.Piece> pieces = MatchText.pieces(text);
        int found = 0;
        for (int start = 0; start < pieces.size(); start++) {
            TitleIndex.TitleMatch expected = reference(pieces, start);
            assertEquals(expected, index.longestAt(pieces, start), () -> "in: " + text);
            if (expected != null) {
                found++;
            }
        }
        return found;
    }

    @Test
    void findsTitlesAsTheyAreWrittenInText() {
        List<MatchText.Piece> pieces = MatchText.pieces("the former Defense Secretary of the country");
        TitleIndex.TitleMatch m = index.longestAt(pieces, 1);
        assertNotNull(m);
        assertEquals("defence minister", m.title());
        assertEquals(4, m.to());
        assertNull(index.longestAt(pieces, 0)); // a window never starts at "the"
    }

    @Test
    void agreesWithWholeWindowNormalisationOnArticleText() throws IOException {
        int found = 0;
        for (String dir : List.of("seeds", "src/test/resources/unseen")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    found += assertSameEverywhere(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(found > 0, "the articles name offices");
    }

    @Test
    void agreesWithWholeWindowNormalisationOnUnusualText() {
        // known titles in every case and spelling, qualifiers, marks and characters outside ASCII that
        // Unicode normalisation, lower-casing or whitespace handling treat specially
        List<String> vocabulary = new ArrayList<>();
        for (String t : knownTitles) {
            vocabulary.add(t);
            vocabulary.add(t.toUpperCase());
            vocabulary.add(t.replace(' ', '-'));
        }
        vocabulary.addAll(List.of("former", "then", "new", "the", "a", "acting", "Defense", "defense", "Secretary",
                "minister", "of", "for", "foreign", "affairs", "press", "Supreme", "PM", "vp", "Spokesperson",
                "advisor", "-", "–", "—", ".", ",", ";", ":", "'", "’", "(", ")", "\"", "/", "&", "\u00a0",
                "\u2028", "\u2003", "\u001c", "ﬁnance", "Ｍｉｎｉｓｔｅｒ", "Μinister", "ΣΟΦΙΑΣ", "é", "e\u0301",
                "\u0301x", "²", "İstanbul", "straße", "Kim", "Putin", "chief", "of", "general", "staff", "commander",
                "in"));
        Random random = new Random(20261123L);
        int found = 0;
        for (int n = 0; n < 4000; n++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(9);
            for (int w = 0; w < words; w++) {
                text.append(vocabulary.get(random.nextInt(vocabulary.size())));
                text.append(random.nextInt(5) == 0 ? "" : " ");
            }
            found += assertSameEverywhere(text.toString());
        }
        assertTrue(found > 0, "the generated text holds titles");
    }
}
