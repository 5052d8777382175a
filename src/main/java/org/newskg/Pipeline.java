package org.newskg;

import java.time.LocalDate;
import java.util.List;
import org.newskg.article.Article;
import org.newskg.entity.Catalog;
import org.newskg.entity.EntityMention;
import org.newskg.entity.EntityRecognizer;
import org.newskg.entity.OnlineLinking;
import org.newskg.entity.WikidataLinker;
import org.newskg.event.EventExtractor;
import org.newskg.event.EventLexicon;
import org.newskg.event.EventMention;
import org.newskg.event.QuantityParser;
import org.newskg.event.TimeResolver;
import org.newskg.graph.DocumentMapper;
import org.newskg.graph.EventFusion;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.NlpAnnotator;

/**
 * The extraction pipeline: NLP annotation, entity recognition, event extraction, RDF mapping.
 * The knowledge parts (catalog, lexicon, models) are loaded once and shared; the OpenNLP tools are
 * kept per thread, so one Pipeline serves any number of worker threads.
 */
public final class Pipeline {
    private final ThreadLocal<NlpAnnotator> nlp = ThreadLocal.withInitial(NlpAnnotator::new);
    private final EntityRecognizer entities;
    private final EventExtractor events;
    private final DocumentMapper mapper;
    private final LocalDate dateOverride;
    private final OnlineLinking online;
    private final StageTimes times = new StageTimes();

    public Pipeline(LocalDate dateOverride) {
        this(dateOverride, null);
    }

    /**
     * @param linkerOrNull links names the catalog does not know to Wikidata, after recognition and before
     *                     event extraction; null (the default) for no network at all
     */
    public Pipeline(LocalDate dateOverride, WikidataLinker linkerOrNull) {
        Catalog catalog = Catalog.loadDefault();
        EventLexicon lexicon = EventLexicon.loadDefault();
        this.entities = new EntityRecognizer(catalog);
        this.events = new EventExtractor(lexicon, catalog, new QuantityParser(), new TimeResolver());
        this.mapper = new DocumentMapper(new EventFusion(lexicon));
        this.dateOverride = dateOverride;
        this.online = linkerOrNull == null ? null : new OnlineLinking(linkerOrNull, catalog);
    }

    public Pipeline() {
        this(null);
    }

    public ExtractionResult process(Article article) {
        long t0 = System.nanoTime();
        AnnotatedArticle annotated = nlp.get().annotate(article);
        long t1 = System.nanoTime();
        LocalDate published = dateOverride != null ? dateOverride : article.metadata().datePublished();
        List<EntityMention> found = entities.recognize(annotated, published);
        if (online != null) {
            found = online.link(found, published);
        }
        long t2 = System.nanoTime();
        List<EventMention> framed = events.extract(annotated, found, published);
        long t3 = System.nanoTime();
        times.add(StageTimes.Stage.nlp, t1 - t0);
        times.add(StageTimes.Stage.entities, t2 - t1);
        times.add(StageTimes.Stage.events, t3 - t2);
        return new ExtractionResult(annotated, found, framed);
    }

    /** Time spent per stage by this pipeline so far (mapping and validation are added by {@link ArticleBatch}). */
    public StageTimes stageTimes() {
        return times;
    }

    public DocumentMapper mapper() {
        return mapper;
    }
}
