package org.newskg.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.newskg.TestArticles;
import org.newskg.nlp.NlpAnnotator;

/** What the name-kind tests share: the real recognizer over the real catalog and OpenNLP models, and readers. */
final class NameFixtures {
    static final EntityRecognizer RECOGNIZER = new EntityRecognizer(Catalog.loadDefault());
    static final LocalDate DATE = LocalDate.of(2026, 5, 4);

    private NameFixtures() {
    }

    static List<EntityMention> recognize(String text) {
        return RECOGNIZER.recognize(new NlpAnnotator().annotate(TestArticles.of("t", text)), DATE);
    }

    static String names(List<EntityMention> ms) {
        return ms.stream().map(m -> m.surface() + "=" + m.entity().type() + ":" + m.entity().key()).toList().toString();
    }

    /** The mention with exactly this surface; fails, listing all, when there is none. */
    static EntityMention at(List<EntityMention> ms, String surface) {
        return ms.stream().filter(m -> m.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + names(ms)));
    }

    static void assertType(List<EntityMention> ms, EntityType type, String... surfaces) {
        for (String surface : surfaces) {
            assertEquals(type, at(ms, surface).entity().type(), surface + " in " + names(ms));
        }
    }

    static void assertNoSurface(List<EntityMention> ms, String surface) {
        assertFalse(ms.stream().anyMatch(m -> m.surface().equals(surface)), surface + " in " + names(ms));
    }
}
