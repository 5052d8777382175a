package org.newskg.event;

/**
 * A time expression found in a sentence: what it resolves to and where it is.
 *
 * @param value the words and their resolved value
 * @param begin start offset in the document text
 * @param end end offset; {@code text.substring(begin, end)} equals {@code value.text()}
 */
public record TimeMention(TimeValue value, int begin, int end) {
}
