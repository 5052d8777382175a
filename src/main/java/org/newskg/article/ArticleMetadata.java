package org.newskg.article;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Metadata that an article's text reveals. Every field may be absent.
 *
 * @param headline the title line, if the article starts with one
 * @param headlineRange where the headline sits in the text (null if none)
 * @param url from a "Source: URL" line
 * @param datePublished from "Date: YYYY-MM-DD" or a date in the URL path
 * @param author from a "By NAME" line
 * @param publisher from a "Publisher: NAME" line
 */
public record ArticleMetadata(String headline, TextRange headlineRange, String url,
                              LocalDate datePublished, String author, String publisher) {
    public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null, null);

    public Optional<LocalDate> published() {
        return Optional.ofNullable(datePublished);
    }

    public ArticleMetadata withDatePublished(LocalDate date) {
        return new ArticleMetadata(headline, headlineRange, url, date, author, publisher);
    }
}
