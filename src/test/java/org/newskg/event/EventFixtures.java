package org.newskg.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.newskg.Pipeline;
import org.newskg.TestArticles;
import org.newskg.entity.Entity;

/**
 * What the event tests share: one real pipeline (real OpenNLP models and catalog, dates resolved against
 * Wednesday 2025-03-12) and small readers of its event mentions.
 */
final class EventFixtures {
    static final Pipeline PIPELINE = new Pipeline(LocalDate.of(2025, 3, 12)); // a Wednesday

    private EventFixtures() {
    }

    /** The event mentions of a one-paragraph article. */
    static List<EventMention> events(String text) {
        return PIPELINE.process(TestArticles.of("t", text)).events();
    }

    /** The first mention of the class in the text; fails, showing all of them, when there is none. */
    static EventMention only(String text, EventClass c) {
        List<EventMention> es = events(text);
        Optional<EventMention> e = first(es, c);
        assertTrue(e.isPresent(), () -> "no " + c + " in: " + text + " -> " + es);
        return e.get();
    }

    /** Fails, showing the mentions, when the text tells an event of the class. */
    static void none(String text, EventClass c) {
        List<EventMention> es = events(text);
        assertTrue(es.stream().noneMatch(m -> m.eventClass() == c), () -> "a " + c + " in: " + text + " -> " + es);
    }

    static Optional<EventMention> first(List<EventMention> es, EventClass c) {
        return es.stream().filter(e -> e.eventClass() == c).findFirst();
    }

    static List<EventMention> all(List<EventMention> es, EventClass c) {
        return es.stream().filter(e -> e.eventClass() == c).toList();
    }

    static List<String> labels(EventMention e, Role r) {
        return e.participants().getOrDefault(r, List.of()).stream().map(Entity::label).toList();
    }

    static List<String> keys(EventMention e, Role r) {
        return e.participants().getOrDefault(r, List.of()).stream().map(Entity::key).toList();
    }

    /** One of the mention's figures has this value (its value, not its bounds). */
    static boolean hasValue(EventMention e, String value) {
        return e.quantities().stream().anyMatch(q -> q.value() != null && q.value().compareTo(new BigDecimal(value)) == 0);
    }
}
