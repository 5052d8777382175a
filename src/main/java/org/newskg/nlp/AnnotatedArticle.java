package org.newskg.nlp;

import java.util.List;
import org.newskg.article.Article;

/** An article with its sentences, tokens and POS tags. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }

    public String text() {
        return article.text();
    }
}
