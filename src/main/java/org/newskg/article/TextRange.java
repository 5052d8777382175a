package org.newskg.article;

/** A half-open character range [begin, end) into an article's original text. */
public record TextRange(int begin, int end) {
    public TextRange {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad range [" + begin + "," + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(int offset) {
        return offset >= begin && offset < end;
    }
}
