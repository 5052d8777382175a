package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newskg.article.TextRange;

/**
 * The sentence and token repairs test text by hand, backwards from a sentence's end, for speed; they must
 * decide exactly as the patterns that define them, on ordinary and on odd text.
 */
class NlpRepairsTest {
    /** The definition of a glued token boundary ("Gen.Pat"), as a pattern over the token's region. */
    private static final Pattern GLUED_TOKEN = Pattern.compile("\\.(?=\\p{Lu}\\p{Ll})");

    private static final List<String> PARTS = List.of("Mr", "Gen", "Maj", "Jan", "U", "S", "N", "J", "A", "x", "ab",
            "kim", "Kim", "é", "É", "ß", "Σ", "ǅ", "\uD801\uDC00", "\uD801\uDC28", "\uD835\uDC00", "\uDC00", "\uD801",
            "\u0301", "_", "1", "42", ".", ".", ".", " ", "\n", "\n\n", "\r", "\u0085", "\u2028", "\u00a0", "-", ",",
            "'", "\"");

    private static String randomText(Random random, int parts) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            b.append(PARTS.get(random.nextInt(PARTS.size())));
        }
        return b.toString();
    }

    @Test
    void sentenceJoinDecidesAsItsPatterns() {
        Random random = new Random(7L);
        int joined = 0;
        for (int n = 0; n < 200_000; n++) {
            String text = randomText(random, 1 + random.nextInt(8));
            int begin = random.nextInt(text.length());
            int end = begin + 1 + random.nextInt(text.length() - begin);
            if (end >= text.length()) {
                continue; // a next sentence must start after this one
            }
            int nextBegin = end + random.nextInt(text.length() - end);
            TextRange previous = new TextRange(begin, end);
            TextRange next = new TextRange(nextBegin, text.length());
            boolean expected = NlpAnnotator.continuesAfterByPatterns(text.substring(begin, end), text.charAt(nextBegin));
            assertEquals(expected, NlpAnnotator.continuesAfter(text, previous, next),
                    () -> "text " + escape(text) + " previous " + previous + " next " + next);
            if (expected) {
                joined++;
            }
        }
        assertTrue(joined > 50, "the generated text exercises the joins: " + joined);
    }

    @Test
    void gluedTokenDecidesAsItsPattern() {
        Random random = new Random(11L);
        int glued = 0;
        for (int n = 0; n < 200_000; n++) {
            String text = randomText(random, 1 + random.nextInt(6));
            int begin = random.nextInt(text.length());
            int end = begin + 1 + random.nextInt(text.length() - begin);
            Matcher m = GLUED_TOKEN.matcher(text).region(begin, end);
            StringBuilder expected = new StringBuilder();
            while (m.find()) {
                expected.append(m.start()).append(' ');
            }
            StringBuilder actual = new StringBuilder();
            for (int dot = begin; dot < end; dot++) {
                if (text.charAt(dot) == '.' && NlpAnnotator.gluedTokenAt(text, dot, end)) {
                    actual.append(dot).append(' ');
                }
            }
            assertEquals(expected.toString(), actual.toString(), () -> "text " + escape(text) + " [" + begin + ", " + end + ")");
            if (!expected.isEmpty()) {
                glued++;
            }
        }
        assertTrue(glued > 500, "the generated text holds glued tokens: " + glued);
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }
}
