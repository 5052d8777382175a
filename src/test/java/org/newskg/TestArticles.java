package org.newskg;

import java.nio.charset.StandardCharsets;
import org.newskg.article.Article;
import org.newskg.article.ArticleException;
import org.newskg.article.ArticleReader;

/** Articles for tests, read through the real reader from text written for the tests. */
public final class TestArticles {
    private TestArticles() {
    }

    public static Article of(String name, String text) {
        try {
            return new ArticleReader().read(name + ".txt", text.getBytes(StandardCharsets.UTF_8));
        } catch (ArticleException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
