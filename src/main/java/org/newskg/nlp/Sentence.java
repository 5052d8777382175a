package org.newskg.nlp;

import java.util.List;

/** A sentence: its range in the original text and its tokens. */
public record Sentence(int index, int begin, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The sentence verbatim, as it stands in the original text. */
    public String text(String documentText) {
        return documentText.substring(begin, end);
    }
}
