package org.newskg.article;

import java.util.ArrayList;
import java.util.List;

/** Splits a text into lines without copying it; every offset indexes the original text. */
final class TextLines {
    private TextLines() {
    }

    /**
     * One line. {@code start..end} excludes the line terminator; {@code trimStart..trimEnd} further
     * excludes leading and trailing gap characters (see {@link #isGap}).
     */
    record Line(int index, int start, int end, int trimStart, int trimEnd) {
        boolean blank() {
            return trimStart >= trimEnd;
        }

        String trimmed(String text) {
            return text.substring(trimStart, trimEnd);
        }

        TextRange trimmedRange() {
            return new TextRange(trimStart, trimEnd);
        }
    }

    /** Lines end at \n, \r\n, \r, NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR. */
    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                lines.add(line(text, lines.size(), start, i));
                i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < n) {
            lines.add(line(text, lines.size(), start, n));
        }
        return lines;
    }

    private static Line line(String text, int index, int start, int end) {
        int ts = start;
        while (ts < end && isGap(text.charAt(ts))) {
            ts++;
        }
        int te = end;
        while (te > ts && isGap(text.charAt(te - 1))) {
            te--;
        }
        return new Line(index, start, end, ts, te);
    }

    /**
     * Whitespace in the widest sense: Java whitespace, Unicode spaces (NBSP, thin space...), the
     * byte order mark and zero-width characters. None of these may start or end a body range.
     */
    static boolean isGap(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D'
                || c == '\u2060' || c == '\u180E';
    }

    /** The line with every run of gap characters turned into one plain space; used for matching. */
    static String normalized(String trimmedLine) {
        StringBuilder sb = new StringBuilder(trimmedLine.length());
        boolean inGap = false;
        for (int i = 0; i < trimmedLine.length(); i++) {
            char c = trimmedLine.charAt(i);
            if (isGap(c)) {
                inGap = true;
            } else {
                if (inGap && sb.length() > 0) {
                    sb.append(' ');
                }
                inGap = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static int wordCount(String normalizedLine) {
        return normalizedLine.isEmpty() ? 0 : normalizedLine.split(" ").length;
    }

    /**
     * Whether the line ends like a sentence: with . ! ? or an ellipsis, possibly followed by closing
     * quotes or brackets.
     */
    static boolean endsLikeSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && "\"'”’»)]".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(s.charAt(i)) >= 0;
    }
}
