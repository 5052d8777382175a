package org.newskg.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The boilerplate rules: which lines of a news file are not article prose. The rules are data
 * (see {@code src/main/resources/article/boilerplate.txt} for the format) so that they can be
 * extended without touching code. Each rule is a regex matched, case-insensitively, against a whole
 * line whose surrounding spaces are removed and whose inner runs of spaces are collapsed to one.
 */
public final class Boilerplate {
    /** The classpath resource with the built-in rules. */
    public static final String DEFAULT_RESOURCE = "/article/boilerplate.txt";

    /** What to do with a line that matches a rule. */
    public enum Kind {
        /** Drop just this line. */
        LINE,
        /** The article ends here (when in its last part); elsewhere behaves like {@link #LIST}. */
        CUT,
        /** Drop this line and a lone short line (a site name) right before it. */
        NOTICE,
        /** Drop this line and the short list lines that follow it. */
        LIST,
        /**
         * Found inside a line of prose, after a sentence end: the line's prose ends there ("... said.
         * Read more: headline of another story"), the rest of the line is a link, not this article.
         */
        INLINE
    }

    /** One rule; {@code origin} says where it was written ("boilerplate.txt:42"). */
    public record Rule(Kind kind, Pattern pattern, String origin) {
    }

    private static final int FLAGS =
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static volatile Boilerplate defaults;

    private final List<Rule> rules;

    private Boilerplate(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The built-in rules from {@link #DEFAULT_RESOURCE}. */
    public static Boilerplate defaults() {
        Boilerplate d = defaults;
        if (d == null) {
            try (InputStream in = Boilerplate.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
                }
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                d = parse("boilerplate.txt", content.lines().toList());
                defaults = d;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return d;
    }

    /** Rules from a file in the boilerplate.txt format. */
    public static Boilerplate load(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /**
     * Rules from lines in the boilerplate.txt format: {@code KIND: REGEX}, '#' comments and blank
     * lines ignored. A line without a known KIND prefix is taken as a {@code line:} rule.
     *
     * @throws IllegalArgumentException naming the line, when a regex does not compile
     */
    public static Boilerplate parse(String sourceName, List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String origin = sourceName + ":" + (i + 1);
            Kind kind = Kind.LINE;
            String regex = line;
            int colon = line.indexOf(':');
            if (colon > 0) {
                String prefix = line.substring(0, colon).strip().toUpperCase(Locale.ROOT);
                for (Kind k : Kind.values()) {
                    if (k.name().equals(prefix)) {
                        kind = k;
                        regex = line.substring(colon + 1).strip();
                    }
                }
            }
            if (regex.isEmpty()) {
                throw new IllegalArgumentException(origin + ": empty pattern");
            }
            try {
                rules.add(new Rule(kind, Pattern.compile(regex, FLAGS), origin));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(origin + ": bad regular expression: "
                        + e.getDescription() + " in " + regex, e);
            }
        }
        return new Boilerplate(rules);
    }

    /** These rules followed by {@code more}'s (the first matching rule wins). */
    public Boilerplate plus(Boilerplate more) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(more.rules);
        return new Boilerplate(all);
    }

    /**
     * Where the prose of a line ends because an {@link Kind#INLINE} rule starts right after a sentence
     * end: the offset in {@code line} of the rule's match, or -1.
     */
    public int inlineCut(String line) {
        int cut = -1;
        for (Rule rule : rules) {
            if (rule.kind() != Kind.INLINE) {
                continue;
            }
            java.util.regex.Matcher m = rule.pattern().matcher(line);
            while (m.find()) {
                if (m.start() > 0 && afterSentenceEnd(line, m.start()) && (cut < 0 || m.start() < cut)) {
                    cut = m.start();
                    break;
                }
            }
        }
        return cut;
    }

    private static boolean afterSentenceEnd(String line, int at) {
        int k = at - 1;
        while (k >= 0 && Character.isWhitespace(line.charAt(k))) {
            k--;
        }
        return k >= 0 && ".!?\"”’'»)".indexOf(line.charAt(k)) >= 0;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The first whole-line rule matching the whole line, if any. */
    public Optional<Rule> match(String line) {
        String normalized = TextLines.normalized(line);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        for (Rule rule : rules) {
            if (rule.kind() != Kind.INLINE && rule.pattern().matcher(normalized).matches()) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
