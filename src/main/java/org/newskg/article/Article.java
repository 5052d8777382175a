package org.newskg.article;

import java.util.List;

/**
 * One news article as read from disk. {@code text} is the original file text, never modified:
 * every offset anywhere in NewsKG indexes into it. Cleaning only marks which ranges are body.
 *
 * @param id stable document id (derived from the file name), used in IRIs
 * @param source where it came from (a file path or a name)
 * @param text the original text, exactly as decoded from the file
 * @param sha256 hex SHA-256 of the file bytes
 * @param metadata what the text reveals about itself
 * @param body the ranges of article prose, in order, without boilerplate and metadata lines
 */
public record Article(String id, String source, String text, String sha256,
                      ArticleMetadata metadata, List<TextRange> body) {
    public Article {
        body = List.copyOf(body);
    }
}
