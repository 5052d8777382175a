package org.newskg.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.newskg.article.Article;
import org.newskg.article.ArticleMetadata;
import org.newskg.article.TextRange;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.NlpAnnotator;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/** Real OpenNLP sentences for the event tests. */
final class TestSentences {
    private static final NlpAnnotator NLP = new NlpAnnotator();

    private TestSentences() {
    }

    static synchronized AnnotatedArticle annotate(String text) {
        Article article = new Article("t", "test", text, "", ArticleMetadata.EMPTY, List.of(new TextRange(0, text.length())));
        return NLP.annotate(article);
    }

    /**
     * The whole text as one sentence with its real tokens and tags, so that a test of figures does
     * not depend on where the sentence detector puts its breaks.
     */
    static Sentence whole(String text) {
        List<Token> tokens = new ArrayList<>();
        for (Sentence s : annotate(text).sentences()) {
            tokens.addAll(s.tokens());
        }
        return new Sentence(0, 0, text.length(), tokens);
    }

    /** The one sentence the detector finds in the text (fails if it finds several). */
    static Sentence single(String text) {
        List<Sentence> sentences = annotate(text).sentences();
        assertEquals(1, sentences.size(), () -> "expected one sentence: " + sentences);
        return sentences.get(0);
    }
}
