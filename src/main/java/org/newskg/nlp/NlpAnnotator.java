package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.newskg.article.Article;
import org.newskg.article.TextRange;

/**
 * Sentences, tokens and UD POS tags for an article's body, with repairs for what news text does to
 * the models: sentences split after "Maj." or across a paragraph break in "Mr.\n\nKim" are joined,
 * sentences glued without a space ("Ukraine.The") are split, and glued tokens ("Gen.Pat") are split.
 * No repair ever changes the text: all offsets index the original article text.
 *
 * <p>Not thread-safe (the OpenNLP ME tools are not): use one per thread.
 */
public final class NlpAnnotator {
    /** A period between a lower-case letter and a capitalized word: a candidate glued boundary. */
    private static final Pattern GLUED_BOUNDARY = Pattern.compile("(?<=[\\p{Ll}\\p{N}%)\"”’])[.!?](?=\\p{Lu}\\p{Ll}|[AI]\\s)");
    /** Inside one token: "Mr.Kim", "V.Putin", "Gen.Pat" (not "U.N." or "U.S."). */
    private static final Pattern GLUED_TOKEN = Pattern.compile("\\.(?=\\p{Lu}\\p{Ll})");
    private static final Pattern WORD_BEFORE_END = Pattern.compile("(\\p{L}+)\\.$");
    private static final Pattern DOTTED_ABBREVIATION_END = Pattern.compile("(?:\\b\\p{Lu}\\.){2,}$");
    private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.){2,4}");
    private static final Pattern INITIAL_END = Pattern.compile("\\b\\p{Lu}\\.$");

    private static final WordList ABBREVIATIONS = WordList.fromResource("/nlp/abbreviations.txt");
    private static final WordList DOMAINS = WordList.fromResource("/nlp/domains.txt");

    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final PosTagger tagger;

    public NlpAnnotator() {
        this(NlpModels.get());
    }

    public NlpAnnotator(NlpModels models) {
        sentenceDetector = new SentenceDetectorME(models.sentenceModel);
        tokenizer = new TokenizerME(models.tokenizerModel);
        tagger = new PosTagger(models.posModel);
    }

    public AnnotatedArticle annotate(Article article) {
        String text = article.text();
        List<TextRange> spans = new ArrayList<>();
        for (TextRange range : article.body()) {
            // split at glued boundaries first: the model would put the break after the glued word
            List<TextRange> parts = new ArrayList<>();
            splitGlued(text, range.begin(), range.end(), parts);
            for (TextRange part : parts) {
                for (Span s : sentenceDetector.sentPosDetect(text.substring(part.begin(), part.end()))) {
                    addTrimmed(text, part.begin() + s.getStart(), part.begin() + s.getEnd(), spans);
                }
            }
        }
        spans = joinFalseBreaks(text, spans);
        List<Sentence> sentences = new ArrayList<>(spans.size());
        for (TextRange span : spans) {
            List<Token> tokens = tokenize(text, span);
            if (!tokens.isEmpty()) {
                sentences.add(new Sentence(sentences.size(), span.begin(), span.end(), tokens));
            }
        }
        return new AnnotatedArticle(article, sentences);
    }

    /** Splits a sentence span at boundaries glued without a space ("Ukraine.The deployment"). */
    private static void splitGlued(String text, int begin, int end, List<TextRange> out) {
        Matcher m = GLUED_BOUNDARY.matcher(text).region(begin, end);
        int start = begin;
        while (m.find()) {
            String before = wordEndingAt(text, m.start());
            String after = wordStartingAt(text, m.end());
            if (ABBREVIATIONS.contains(before) || DOMAINS.contains(after)) {
                continue;
            }
            addTrimmed(text, start, m.end(), out);
            start = m.end();
        }
        addTrimmed(text, start, end, out);
    }

    /** Joins sentences that the model (or a paragraph break) split after an abbreviation. */
    private static List<TextRange> joinFalseBreaks(String text, List<TextRange> spans) {
        List<TextRange> joined = new ArrayList<>();
        for (TextRange span : spans) {
            if (!joined.isEmpty()) {
                TextRange last = joined.get(joined.size() - 1);
                if (continuesAfter(text, last, span) || brokenMidClause(text, last, span) || aloneAbbreviation(text, last, span)) {
                    joined.set(joined.size() - 1, new TextRange(last.begin(), span.end()));
                    continue;
                }
            }
            joined.add(span);
        }
        return joined;
    }

    /**
     * The model sometimes breaks inside running text with no punctuation at all ("paid $1.5 | million to"):
     * a part that ends in a letter or digit, followed on the same line, is not a sentence of its own.
     */
    static boolean brokenMidClause(String text, TextRange previous, TextRange next) {
        char last = text.charAt(previous.end() - 1);
        if (!Character.isLetterOrDigit(last)) {
            return false;
        }
        for (int k = previous.end(); k < next.begin(); k++) {
            if (text.charAt(k) == '\n' || text.charAt(k) == '\r') {
                return false; // a headline or a line of its own
            }
        }
        return true;
    }

    /** A "sentence" that is only a dotted abbreviation ("U.S." + "President Biden met...") opens the next one. */
    static boolean aloneAbbreviation(String text, TextRange previous, TextRange next) {
        String part = text.substring(previous.begin(), previous.end()).strip();
        return DOTTED_ABBREVIATION.matcher(part).matches() && Character.isUpperCase(text.charAt(next.begin()))
                && text.substring(previous.end(), next.begin()).indexOf('\n') < 0;
    }

    static boolean continuesAfter(String text, TextRange previous, TextRange next) {
        char first = text.charAt(next.begin());
        int end = previous.end();
        if (isLineTerminator(text.charAt(end - 1))) {
            return continuesAfterByPatterns(text.substring(previous.begin(), end), first);
        }
        // The same three tests as continuesAfterByPatterns, read backwards from the sentence's end instead of
        // running end-anchored patterns from every position of the sentence ("$" is only the end here: the
        // sentence does not end in a line terminator).
        String word = wordBeforeFinalPeriod(text, previous.begin(), end);
        if (word != null && ABBREVIATIONS.contains(word) && word.length() > 1) {
            // "Maj." / "Mr." never end a sentence in news prose; a month abbreviation only before a digit
            return Character.isUpperCase(first) || Character.isDigit(first);
        }
        // The sentence alone, as before; only its last chars can hold the end-anchored matches: at least two
        // "X." of at most three chars each, or one. Transparent bounds let \b look further back in it.
        String prev = text.substring(previous.begin(), end);
        Matcher tail = DOTTED_ABBREVIATION_END.matcher(prev);
        tail.region(Math.max(0, prev.length() - 6), prev.length()).useTransparentBounds(true);
        if (tail.find()) {
            // "American-led U.N.\n\nsanctions devastated": continues when the next part starts in lower case
            return Character.isLowerCase(first);
        }
        // a single initial: "Donald J." + "Trump"
        Matcher initial = INITIAL_END.matcher(prev);
        initial.region(Math.max(0, prev.length() - 3), prev.length()).useTransparentBounds(true);
        return initial.find() && Character.isUpperCase(first);
    }

    /** The general form of {@link #continuesAfter}, for a sentence that ends in a line terminator. */
    static boolean continuesAfterByPatterns(String prev, char first) {
        Matcher word = WORD_BEFORE_END.matcher(prev);
        if (word.find() && ABBREVIATIONS.contains(word.group(1)) && word.group(1).length() > 1) {
            return Character.isUpperCase(first) || Character.isDigit(first);
        }
        if (DOTTED_ABBREVIATION_END.matcher(prev).find()) {
            return Character.isLowerCase(first);
        }
        return prev.matches("(?s).*\\b\\p{Lu}\\.$") && Character.isUpperCase(first);
    }

    /** What "(\\p{L}+)\\.$" finds in text[begin, end) that does not end in a line terminator, or null. */
    private static String wordBeforeFinalPeriod(String text, int begin, int end) {
        if (end - begin < 2 || text.charAt(end - 1) != '.') {
            return null;
        }
        int b = end - 1;
        while (b > begin) {
            int cp = Character.codePointBefore(text, b);
            if (Character.charCount(cp) == 2 && b - 2 < begin) {
                cp = text.charAt(b - 1); // the pair's first half lies before the sentence: the pattern saw half
            }
            if (!Character.isLetter(cp)) {
                break;
            }
            b -= Character.charCount(cp);
        }
        return b < end - 1 ? text.substring(b, end - 1) : null;
    }

    /** The chars before which Java's "$" also matches when they end the input. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private List<Token> tokenize(String text, TextRange sentence) {
        String s = text.substring(sentence.begin(), sentence.end());
        List<int[]> pieces = new ArrayList<>();
        for (Span t : tokenizer.tokenizePos(s)) {
            int b = sentence.begin() + t.getStart();
            int e = sentence.begin() + t.getEnd();
            int start = b;
            for (int dot = b; dot < e; dot++) {
                if (text.charAt(dot) != '.' || !gluedTokenAt(text, dot, e)
                        || DOMAINS.contains(wordStartingAt(text, dot + 1))) {
                    continue;
                }
                pieces.add(new int[] {start, dot + 1});
                start = dot + 1;
            }
            pieces.add(new int[] {start, e});
        }
        String[] words = new String[pieces.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = text.substring(pieces.get(i)[0], pieces.get(i)[1]);
        }
        String[] tags = tagger.tag(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            // the model tags contractions with joined tags ("Sudan's" PROPN+PART): keep the head's
            String tag = tags[i].contains("+") ? tags[i].substring(0, tags[i].indexOf('+')) : tags[i];
            tokens.add(new Token(words[i], pieces.get(i)[0], pieces.get(i)[1], tag));
        }
        return tokens;
    }

    /**
     * Whether {@link #GLUED_TOKEN} matches at the period {@code dot} within a token ending at {@code end}: an
     * upper-case then a lower-case letter follow inside the token. Checked by hand because a matcher per
     * token cost more than the check.
     */
    static boolean gluedTokenAt(String text, int dot, int end) {
        int i = dot + 1;
        if (i >= end) {
            return false;
        }
        int upper = Character.codePointAt(text, i);
        i += Character.charCount(upper);
        if (i > end || Character.getType(upper) != Character.UPPERCASE_LETTER || i >= end) {
            return false;
        }
        int lower = Character.codePointAt(text, i);
        i += Character.charCount(lower);
        return i <= end && Character.getType(lower) == Character.LOWERCASE_LETTER;
    }

    private static void addTrimmed(String text, int begin, int end, List<TextRange> out) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > begin) {
            out.add(new TextRange(begin, end));
        }
    }

    private static String wordEndingAt(String text, int end) {
        int b = end;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return text.substring(b, end);
    }

    private static String wordStartingAt(String text, int begin) {
        int e = begin;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(begin, e);
    }
}
