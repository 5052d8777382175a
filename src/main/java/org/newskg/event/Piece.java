package org.newskg.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * A word, number or punctuation mark of a sentence, cut finer than the OpenNLP tokens: "US$5.5bn" is
 * "US" "$" "5.5" "bn", "10,000-12,000" is "10,000" "-" "12,000". The figures and dates are read from
 * pieces because the tokenizer glues such strings differently from one sentence to the next.
 *
 * @param text the piece verbatim
 * @param lower lower case, with typographic apostrophes as ASCII, for matching word lists
 * @param begin offset in the document text
 * @param end end offset
 * @param pos the UD tag of the token the piece belongs to ("X" if none)
 * @param kind what the piece is
 */
record Piece(String text, String lower, int begin, int end, String pos, Kind kind) {
    enum Kind { NUMBER, WORD, DASH, OTHER }

    /** Dotted abbreviations ("U.S.", "a.m."), numbers with thousands separators, words, dashes, any other mark. */
    private static final Pattern PIECE = Pattern.compile(
            "(?<dotted>(?:\\p{L}\\.){2,})"
            + "|(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
            // a possessive "'s" is its own piece so that "last year's" still reads "last year"
            + "|(?<word>\\p{L}+(?:['’](?!s\\b)\\p{L}+)*)"
            + "|(?<dash>[-‐‑‒–—])"
            + "|(?<other>\\S)");

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isDash() {
        return kind == Kind.DASH;
    }

    boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean isNoun() {
        return "NOUN".equals(pos);
    }

    /** Pieces of a sentence, each tagged with the POS of the token it falls in. */
    static List<Piece> of(Sentence sentence, String documentText) {
        List<Token> tokens = sentence.tokens();
        List<Piece> pieces = new ArrayList<>();
        Matcher m = PIECE.matcher(documentText).region(sentence.begin(), sentence.end());
        int t = 0;
        while (m.find()) {
            while (t < tokens.size() && tokens.get(t).end() <= m.start()) {
                t++;
            }
            String pos = t < tokens.size() && tokens.get(t).begin() <= m.start() ? tokens.get(t).pos() : "X";
            pieces.add(new Piece(m.group(), normalize(m.group()), m.start(), m.end(), pos, kindOf(m)));
        }
        return pieces;
    }

    /** The words of a phrase from a word list, cut the same way as a sentence. */
    static List<String> phraseWords(String phrase) {
        List<String> words = new ArrayList<>();
        Matcher m = PIECE.matcher(phrase);
        while (m.find()) {
            words.add(normalize(m.group()));
        }
        return words;
    }

    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    }

    /** True when piece b starts exactly where piece a ends (no space between). */
    static boolean glued(List<Piece> pieces, int a, int b) {
        return a >= 0 && b < pieces.size() && pieces.get(a).end == pieces.get(b).begin;
    }

    private static Kind kindOf(Matcher m) {
        if (m.group("number") != null) {
            return Kind.NUMBER;
        }
        if (m.group("word") != null || m.group("dotted") != null) {
            return Kind.WORD;
        }
        return m.group("dash") != null ? Kind.DASH : Kind.OTHER;
    }
}
