package org.newskg.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the metadata, the headline and the body ranges of an article text. Works line by line and
 * never changes the text: it only decides which lines are body.
 */
final class ArticleAnalyzer {
    /** How many non-blank lines at the top and at the bottom count as the "edge" of the text. */
    static final int EDGE_LINES = 6;
    static final int HEADLINE_MAX_CHARS = 200;
    static final int HEADLINE_MAX_WORDS = 30;
    /** A line directly under a headline must look like prose: this many words, or a sentence end. */
    static final int PROSE_MIN_WORDS = 12;
    /** A lone site name before a disclaimer is at most this short. */
    static final int SITE_NAME_MAX_WORDS = 5;
    static final int SITE_NAME_MAX_CHARS = 50;
    /** Lines of a "Related:" list are at most this many words and do not end like a sentence. */
    static final int LIST_ITEM_MAX_WORDS = 15;

    enum Role { BLANK, BODY, HEADLINE, METADATA, BOILERPLATE }

    record Analysis(ArticleMetadata metadata, List<TextRange> body) {
    }

    private final Boilerplate boilerplate;

    ArticleAnalyzer(Boilerplate boilerplate) {
        this.boilerplate = boilerplate;
    }

    Analysis analyze(String text) {
        List<TextLines.Line> lines = TextLines.split(text);
        int n = lines.size();
        Role[] roles = new Role[n];
        Boilerplate.Kind[] kinds = new Boilerplate.Kind[n];
        List<Integer> content = new ArrayList<>();
        for (TextLines.Line line : lines) {
            roles[line.index()] = line.blank() ? Role.BLANK : Role.BODY;
            if (!line.blank()) {
                content.add(line.index());
            }
        }

        MetadataLines metadata = new MetadataLines();
        for (int c = 0; c < content.size(); c++) {
            boolean atEdge = c < EDGE_LINES || c >= content.size() - EDGE_LINES;
            int i = content.get(c);
            if (metadata.accept(text, lines.get(i), atEdge)) {
                roles[i] = Role.METADATA;
            }
        }
        for (int i : content) {
            if (roles[i] == Role.BODY) {
                Optional<Boilerplate.Rule> rule = boilerplate.match(lines.get(i).trimmed(text));
                if (rule.isPresent()) {
                    roles[i] = Role.BOILERPLATE;
                    kinds[i] = rule.get().kind();
                }
            }
        }

        String headline = metadata.labelledTitle();
        TextRange headlineRange = metadata.labelledTitleRange();
        if (headline == null) {
            int h = findHeadline(text, lines, roles);
            if (h >= 0) {
                roles[h] = Role.HEADLINE;
                headlineRange = lines.get(h).trimmedRange();
                headline = text.substring(headlineRange.begin(), headlineRange.end());
            }
        }

        applyStructuralRules(text, lines, roles, kinds);
        for (int i = 0; i < n; i++) {
            if (roles[i] == Role.BODY) {
                metadata.acceptDateline(lines.get(i).trimmed(text)); // "WARSAW, Jan 27, 2026 (Wire) - ..."
                break;
            }
        }
        return new Analysis(metadata.toMetadata(headline, headlineRange), bodyRanges(text, lines, roles));
    }

    /**
     * The headline is the first line that is neither metadata nor boilerplate, when it looks like
     * one: short, not ending like a sentence, and followed by a blank line, by metadata, or by prose.
     */
    private static int findHeadline(String text, List<TextLines.Line> lines, Role[] roles) {
        int h = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (roles[i] == Role.BODY) {
                h = i;
                break;
            }
        }
        if (h < 0) {
            return -1;
        }
        String s = TextLines.normalized(lines.get(h).trimmed(text));
        int words = TextLines.wordCount(s);
        if (s.length() > HEADLINE_MAX_CHARS || words > HEADLINE_MAX_WORDS
                || !s.codePoints().anyMatch(Character::isLetter)) {
            return -1;
        }
        if (endsWithPeriod(s) || s.endsWith(",") || s.endsWith(";") || s.endsWith(":")) {
            return -1;
        }
        boolean bodyFollows = false;
        for (int i = h + 1; i < lines.size(); i++) {
            if (roles[i] == Role.BODY) {
                bodyFollows = true;
                break;
            }
        }
        if (!bodyFollows) {
            return -1; // a lone short line is the article, not its title
        }
        int next = h + 1;
        boolean skippedMetadata = false;
        while (next < lines.size() && (roles[next] == Role.METADATA || roles[next] == Role.BOILERPLATE)) {
            skippedMetadata = true;
            next++;
        }
        if (next >= lines.size() || roles[next] == Role.BLANK || skippedMetadata) {
            return h;
        }
        String following = TextLines.normalized(lines.get(next).trimmed(text));
        boolean prose = TextLines.endsLikeSentence(following) || TextLines.wordCount(following) >= PROSE_MIN_WORDS;
        return prose && following.length() > s.length() ? h : -1;
    }

    /** A final '.', but not an ellipsis ("...") which headlines may use. */
    private static boolean endsWithPeriod(String s) {
        String t = s.replaceFirst("[\"'”’»)\\]]+$", "");
        return t.endsWith(".") && !t.endsWith("...");
    }

    /** The cut, notice and list rules, which look beyond the matching line. */
    private static void applyStructuralRules(String text, List<TextLines.Line> lines, Role[] roles,
                                             Boilerplate.Kind[] kinds) {
        int n = lines.size();
        int[] prose = new int[n];
        int totalProse = 0;
        for (int i = 0; i < n; i++) {
            if (roles[i] == Role.BODY) {
                prose[i] = proseWeight(TextLines.normalized(lines.get(i).trimmed(text)));
                totalProse += prose[i];
            }
        }
        int proseBefore = 0;
        for (int i = 0; i < n; i++) {
            if (kinds[i] == Boilerplate.Kind.CUT) {
                int proseAfter = totalProse - proseBefore;
                if (proseBefore > 0 && proseBefore > proseAfter) {
                    // the article ends here: everything below is page furniture
                    for (int k = i; k < n; k++) {
                        if (roles[k] == Role.BODY) {
                            roles[k] = Role.BOILERPLATE;
                        }
                    }
                    break;
                }
                dropListAfter(text, lines, roles, i);
            } else if (kinds[i] == Boilerplate.Kind.LIST) {
                dropListAfter(text, lines, roles, i);
            } else if (kinds[i] == Boilerplate.Kind.NOTICE) {
                dropSiteNameBefore(text, lines, roles, i);
            }
            if (roles[i] == Role.BODY) {
                proseBefore += prose[i];
            }
        }
    }

    /** Characters of a line that reads like prose (a sentence of some length), else 0. */
    private static int proseWeight(String s) {
        int words = TextLines.wordCount(s);
        boolean sentence = words >= 6 && TextLines.endsLikeSentence(s);
        return sentence || words >= 20 ? s.length() : 0;
    }

    private static void dropListAfter(String text, List<TextLines.Line> lines, Role[] roles, int label) {
        for (int k = label + 1; k < lines.size(); k++) {
            if (roles[k] == Role.BLANK) {
                return;
            }
            if (roles[k] != Role.BODY) {
                continue;
            }
            String s = TextLines.normalized(lines.get(k).trimmed(text));
            boolean bullet = s.matches("^([-*•·–—►▪▸]|\\d{1,2}[.)])\\s.*");
            boolean shortItem = TextLines.wordCount(s) <= LIST_ITEM_MAX_WORDS && !TextLines.endsLikeSentence(s);
            if (!bullet && !shortItem) {
                return;
            }
            roles[k] = Role.BOILERPLATE;
        }
    }

    private static void dropSiteNameBefore(String text, List<TextLines.Line> lines, Role[] roles, int notice) {
        int p = notice - 1;
        while (p >= 0 && roles[p] == Role.BLANK) {
            p--;
        }
        if (p < 0 || roles[p] != Role.BODY) {
            return;
        }
        String s = TextLines.normalized(lines.get(p).trimmed(text));
        boolean lone = TextLines.wordCount(s) <= SITE_NAME_MAX_WORDS && s.length() <= SITE_NAME_MAX_CHARS
                && !s.matches(".*[.!?:;,…]$");
        if (lone) {
            roles[p] = Role.BOILERPLATE;
        }
    }

    /**
     * Body ranges: one per body line; in hard-wrapped text (most lines inside a paragraph do not end
     * like sentences) one per paragraph of consecutive body lines instead, so that sentences stay
     * whole. A range never starts or ends on a gap character.
     */
    private List<TextRange> bodyRanges(String text, List<TextLines.Line> lines, Role[] roles) {
        int inner = 0;
        int innerUnfinished = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (roles[i] == Role.BODY && roles[i + 1] == Role.BODY) {
                inner++;
                if (!TextLines.endsLikeSentence(lines.get(i).trimmed(text))) {
                    innerUnfinished++;
                }
            }
        }
        boolean hardWrapped = inner >= 2 && innerUnfinished * 2 >= inner;

        List<TextRange> ranges = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (roles[i] != Role.BODY) {
                i++;
                continue;
            }
            int last = i;
            if (hardWrapped) {
                while (last + 1 < lines.size() && roles[last + 1] == Role.BODY) {
                    last++;
                }
            }
            int end = lines.get(last).trimEnd();
            if (!hardWrapped) {
                int cut = boilerplate.inlineCut(lines.get(i).trimmed(text));
                if (cut > 0) {
                    end = lines.get(i).trimStart() + cut;
                    while (end > lines.get(i).trimStart() && TextLines.isGap(text.charAt(end - 1))) {
                        end--;
                    }
                }
            }
            ranges.add(new TextRange(lines.get(i).trimStart(), end));
            i = last + 1;
        }
        return ranges;
    }
}
