package org.newskg;

import java.util.List;
import org.newskg.entity.EntityMention;
import org.newskg.event.EventMention;
import org.newskg.nlp.AnnotatedArticle;

/** Everything extracted from one article: the input of RDF mapping. */
public record ExtractionResult(AnnotatedArticle annotated, List<EntityMention> entities,
                               List<EventMention> events) {
    public ExtractionResult {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }
}
