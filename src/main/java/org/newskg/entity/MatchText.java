package org.newskg.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level view of text for name matching, independent of the OpenNLP tokenizer: runs of
 * letters/digits and single punctuation marks, whitespace ignored, so "Mr.\n\nKim", "Mr.Kim" and
 * "Mr. Kim" all read [Mr, ., Kim]. Curly apostrophes and dashes are folded.
 */
public final class MatchText {
    private static final Pattern PIECE = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|[^\\s\\p{L}\\p{M}\\p{N}]");

    /**
     * One piece: its folded text, that text in lower case (kept: matching asks for it many times per piece)
     * and its offsets in the original text.
     */
    public record Piece(String text, String lower, int begin, int end) {
        public Piece(String text, int begin, int end) {
            this(text, text.toLowerCase(Locale.ROOT), begin, end);
        }

        public boolean capitalized() {
            return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
        }
    }

    private MatchText() {
    }

    public static List<Piece> pieces(String text, int begin, int end) {
        List<Piece> out = new ArrayList<>();
        Matcher m = PIECE.matcher(text).region(begin, end);
        while (m.find()) {
            out.add(new Piece(fold(m.group()), m.start(), m.end()));
        }
        return out;
    }

    public static List<Piece> pieces(String text) {
        return pieces(text, 0, text.length());
    }

    static String fold(String s) {
        return switch (s) {
            case "’", "‘", "`", "´" -> "'";
            case "‐", "‑", "‒", "–", "—" -> "-";
            default -> s;
        };
    }
}
