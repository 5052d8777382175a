package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.TestArticles;

class NlpAnnotatorTest {
    private final NlpAnnotator nlp = new NlpAnnotator();

    private List<String> sentences(String text) {
        AnnotatedArticle a = nlp.annotate(TestArticles.of("t", text));
        return a.sentences().stream().map(s -> s.text(text)).toList();
    }

    @Test
    void splitsSentencesGluedWithoutASpace() {
        List<String> s = sentences("The ministry confirmed the shipment to Hanoi.On Friday, officials met again.A new round follows.");
        assertEquals(List.of("The ministry confirmed the shipment to Hanoi.", "On Friday, officials met again.",
                "A new round follows."), s);
    }

    @Test
    void joinsSentencesBrokenAfterTitlesEvenAcrossParagraphs() {
        String text = "The briefing was led by Brig.\n\nGen.Anna Lindqvist of the army.\n\nShe spoke to Mr.\n\nOkafor later.";
        List<String> s = sentences(text);
        assertEquals(2, s.size(), s.toString());
        assertTrue(s.get(0).contains("Gen.Anna Lindqvist"));
        assertTrue(s.get(1).startsWith("She spoke to Mr.\n\nOkafor"));
    }

    @Test
    void joinsAPartSplitOffInRunningTextOrAnAbbreviationLeftAlone() {
        List<String> s = sentences("The rebels paid $1.5 million to the group last year. U.S. President Ann Moore "
                + "visited the U.S. base at Akrotiri on Friday.");
        assertEquals(List.of("The rebels paid $1.5 million to the group last year.",
                "U.S. President Ann Moore visited the U.S. base at Akrotiri on Friday."), s);
        List<String> lines = sentences("Negotiators met on Sunday.\n\nTalks resume in Doha\n\nThey met again on Monday.");
        assertEquals(3, lines.size(), "a line without a full stop stays its own sentence: " + lines);
    }

    @Test
    void keepsDottedAbbreviationsAndDomainNamesWhole() {
        List<String> s = sentences("The U.N.\n\nsanctions were renewed, Meduza.io reported on Tuesday.");
        assertEquals(1, s.size(), s.toString());
    }

    @Test
    void tokensIndexTheOriginalTextAndGluedTitlesAreSplit() {
        String text = "Mr.Okafor met Gen.Lindqvist in Oslo.";
        AnnotatedArticle a = nlp.annotate(TestArticles.of("t", text));
        List<Token> tokens = a.sentences().get(0).tokens();
        for (Token t : tokens) {
            assertEquals(t.text(), text.substring(t.begin(), t.end()));
        }
        List<String> words = tokens.stream().map(Token::text).toList();
        assertTrue(words.contains("Okafor") && words.contains("Lindqvist"), words.toString());
        assertTrue(tokens.stream().anyMatch(t -> t.text().equals("Oslo") && t.isProperNoun()), words.toString());
    }
}
