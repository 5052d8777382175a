package org.newskg.nlp;

/**
 * A token with its UD part-of-speech tag (PROPN, NOUN, VERB, ...).
 * begin/end index the article's original text; {@code text} is exactly that slice.
 */
public record Token(String text, int begin, int end, String pos) {
    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    public boolean isNumber() {
        return "NUM".equals(pos);
    }

    public boolean isVerb() {
        return "VERB".equals(pos) || "AUX".equals(pos);
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
