package org.newskg.event;

import java.util.List;
import java.util.Set;
import org.newskg.entity.CueWords;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Who a sentence says its facts come from ("according to X", "X said", ", analysts say") and how it
 * hedges them ("reportedly", "estimated").
 */
public final class Attribution {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "this", "that");

    /** The source cited and the hedge word, either may be null. */
    public record Found(String source, String hedge) {
    }

    private final CueWords cues;

    public Attribution(CueWords cues) {
        this.cues = cues;
    }

    public Found find(Sentence s, String text) {
        List<Token> toks = s.tokens();
        String source = null;
        for (int i = 0; i < toks.size() && source == null; i++) {
            Token t = toks.get(i);
            if (t.lower().equals("according") && i + 1 < toks.size() && toks.get(i + 1).lower().equals("to")) {
                int j = i + 2;
                int k = j;
                while (k < toks.size() && !toks.get(k).text().equals(",") && !toks.get(k).pos().equals("PUNCT")) {
                    k++;
                }
                source = span(toks, j, k, text);
            } else if (isActiveReport(toks, i)) {
                source = subjectBefore(toks, i, text);
            }
        }
        String hedge = null;
        for (Token t : toks) {
            if (cues.is("hedge", t.text())) {
                hedge = t.lower();
                break;
            }
        }
        return new Found(source, hedge);
    }

    /** "analysts say", "X said": an active reporting verb ("is believed to" is a hedge, not a source). */
    public boolean isActiveReport(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (!cues.is("report-verb", t.text()) || !t.isVerb() || t.lower().equals("according")) {
            return false;
        }
        return i == 0 || !toks.get(i - 1).lower().matches("is|are|was|were|be|been|being");
    }

    /** The noun phrase before a reporting verb: after the last comma, else from the sentence start. */
    private String subjectBefore(List<Token> toks, int verb, String text) {
        int lastComma = -1;
        for (int k = 0; k < verb; k++) {
            if (toks.get(k).text().equals(",")) {
                lastComma = k;
            }
        }
        String afterComma = lastComma >= 0 ? nounPhrase(toks, lastComma + 1, verb, text) : null;
        if (afterComma != null && !toks.get(lastComma + 1).pos().equals("CCONJ")) {
            return afterComma;
        }
        return nounPhrase(toks, 0, verb, text);
    }

    private String nounPhrase(List<Token> toks, int from, int to, String text) {
        int end = to;
        while (end > from && (toks.get(end - 1).pos().equals("AUX") || toks.get(end - 1).pos().equals("PART")
                || toks.get(end - 1).pos().equals("ADV"))) {
            end--;
        }
        if (end <= from) {
            return null;
        }
        boolean hasNoun = false;
        for (int k = from; k < end; k++) {
            Token t = toks.get(k);
            if (t.pos().equals("VERB") || t.lower().equals("that")) {
                return null;
            }
            hasNoun |= t.pos().equals("NOUN") || t.pos().equals("PROPN");
        }
        if (!hasNoun || end - from == 1 && PRONOUNS.contains(toks.get(from).lower())) {
            return null;
        }
        return span(toks, from, end, text);
    }

    private static String span(List<Token> toks, int from, int to, String text) {
        if (to <= from) {
            return null;
        }
        return text.substring(toks.get(from).begin(), toks.get(to - 1).end()).replaceAll("\\s+", " ");
    }
}
