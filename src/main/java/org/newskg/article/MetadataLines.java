package org.newskg.article;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises metadata lines ("Source: URL", "Date: 2024-12-17", "By NAME", "Publisher: NAME", a bare
 * date...) and collects what they say. Labelled lines are believed anywhere in the text; unlabelled
 * ones (a by-line, a bare date, a bare URL) only near the top or bottom, where pages put them.
 */
final class MetadataLines {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int MAX_NAME_WORDS = 8;
    private static final int MAX_PUBLISHER_WORDS = 10;

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+", FLAGS);
    private static final Pattern BARE_URL = Pattern.compile("<?(https?://[^\\s<>\"]+)>?", FLAGS);
    private static final Pattern SOURCE = Pattern.compile(
            "(?:source|source url|original(?: article| story| url)?|originally published(?: at| on| in)?"
                    + "|url|read (?:the )?original(?: article| story)?(?: at| on)?)\\s*:\\s*(.+)", FLAGS);
    private static final Pattern DATE = Pattern.compile(
            // the longer labels first: "Posted on 22/02/2026" must not leave "on 22/02/2026" as the value
            "(first published on|first published|published on|published|posted on|posted|last updated on"
                    + "|last updated|updated on|updated|dated|date)\\s*:?\\s*(.+)", FLAGS);
    private static final Pattern AUTHOR_LABELLED = Pattern.compile(
            "(?:author|authors|written by|words by|reporting by)\\s*:?\\s+(.+)", FLAGS);
    private static final Pattern BY = Pattern.compile("by\\s*:?\\s+(.+)", FLAGS);
    private static final Pattern PUBLISHER_LABELLED = Pattern.compile(
            "(?:publisher|publication|outlet|news source)\\s*:\\s*(.+)", FLAGS);
    private static final Pattern PUBLISHED_BY = Pattern.compile("published by\\s*:?\\s+(.+)", FLAGS);
    /**
     * The opening of an agency story: a capitalised place (which may name a region or country after more
     * commas, or two cities with a slash), a comma, a date, an optional "(Outlet)" and a dash:
     * "WARSAW, Jan 27, 2026 (Vistula Wire) - ", "GOMA, Democratic Republic of Congo, 28 May 2026 (Wire) — ",
     * "SEOUL/TOKYO, Jan 16 (Wire) - ". Which comma part starts the date is decided after the match.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{Lu}\\p{L}\\p{M} .'/-]{1,40}?,\\s+([^()—–]{3,90}?)\\s*(?:\\(([^)]{2,60})\\))?\\s*(?:[—–:]|\\s-)\\s");
    /** "WASHINGTON (AP) -": no date, only the outlet. */
    private static final Pattern DATELINE_UNDATED = Pattern.compile(
            "\\p{Lu}[\\p{Lu} .'/-]{1,40}?\\s*\\(([^)]{2,60})\\)\\s*[-—–:]\\s");
    /** "© 2026 Han River Wire", "Copyright (c) 2019-2026 ...": the year a page was published in, or its range. */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:©|\\(c\\)|copyright)\\s*(?:©\\s*|\\(c\\)\\s*)?(?:(?:19|20)\\d{2}\\s*[-–—]\\s*)?((?:19|20)\\d{2})(?!\\d).*",
            FLAGS);
    private static final int MAX_LABELLED_DATE_CHARS = 80;
    private static final Pattern TITLE = Pattern.compile("(?:title|headline)\\s*:\\s*(.+)", FLAGS);
    /** Separates a by-line's name from a date or an outlet: "By Jane Doe | Reuters | 17 Dec 2024". */
    /** "5 min read", "4-minute read": a site's reading-time estimate. */
    private static final Pattern READING_TIME = Pattern.compile("(?i)\\d{1,2}[- ]?(?:min|mins|minute|minutes)\\.?[- ]read\\W*");
    private static final Pattern BYLINE_PARTS = Pattern.compile("\\s+[|•·]\\s+|\\s+[—–-]\\s+|\\s*\\|\\s*");
    /** "By Jane Doe | Staff Writer": a job title after the name, not an outlet. */
    private static final Pattern JOB_TITLE = Pattern.compile(
            "\\b(writer|correspondent|reporter|editor|staff|contributor|journalist|columnist|bureau|analyst)s?\\b",
            FLAGS);
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{Lu}][\\p{L}\\p{M}'’.\\-]*,?");
    private static final Set<String> NAME_CONNECTORS = Set.of("and", "&", "de", "da", "del", "della",
            "di", "van", "von", "der", "den", "al", "al-", "el", "bin", "bint", "ibn", "la", "le", "du",
            "dos", "das", "of", "y", "e");
    private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "the end", "then");

    private String url;
    private String publisher;
    private String author;
    private LocalDate labelledDate;
    private LocalDate bareDate;
    private LocalDate datelineDate;
    private MonthDay datelineMonthDay;
    private Integer copyrightYear;
    private LocalDate updatedDate;
    private String labelledTitle;
    private TextRange labelledTitleRange;

    /**
     * Takes a line if it is a metadata line.
     *
     * @param text the whole article text
     * @param line the line
     * @param atEdge whether the line is near the top or the bottom of the text
     * @return true if it is a metadata line (and so not body)
     */
    boolean accept(String text, TextLines.Line line, boolean atEdge) {
        String s = TextLines.normalized(line.trimmed(text));
        Matcher m = SOURCE.matcher(s);
        if (m.matches()) {
            return acceptSource(m.group(1), atEdge);
        }
        m = DATE.matcher(s);
        if (m.matches()) {
            Optional<LocalDate> d = DateParsing.parseDateOnly(m.group(2));
            if (d.isEmpty() && m.group(2).length() <= MAX_LABELLED_DATE_CHARS) {
                d = DateParsing.findDate(m.group(2)); // "Published: 27 Jan 2026, updated 28 Jan 2026"
            }
            if (d.isPresent()) {
                if (m.group(1).toLowerCase(Locale.ROOT).contains("updated")) {
                    updatedDate = first(updatedDate, d.get());
                } else {
                    labelledDate = first(labelledDate, d.get());
                }
                return true;
            }
        }
        m = PUBLISHER_LABELLED.matcher(s);
        if (m.matches() && looksLikeShortName(m.group(1), MAX_PUBLISHER_WORDS)) {
            publisher = first(publisher, stripEndPunctuation(m.group(1)));
            return true;
        }
        m = PUBLISHED_BY.matcher(s);
        if (atEdge && m.matches() && looksLikeShortName(m.group(1), MAX_PUBLISHER_WORDS)) {
            publisher = first(publisher, stripEndPunctuation(m.group(1)));
            return true;
        }
        m = AUTHOR_LABELLED.matcher(s);
        if (m.matches() && acceptByline(m.group(1))) {
            return true;
        }
        m = BY.matcher(s);
        if (atEdge && m.matches() && acceptByline(m.group(1))) {
            return true;
        }
        m = COPYRIGHT.matcher(s);
        if (atEdge && m.matches()) {
            // noted only: the line stays for the boilerplate rules to drop
            copyrightYear = first(copyrightYear, Integer.valueOf(m.group(1)));
            return false;
        }
        m = TITLE.matcher(s);
        if (atEdge && m.matches() && labelledTitle == null) {
            // the range of the value, found in the original (not normalised) line
            String raw = line.trimmed(text);
            int colon = raw.indexOf(':');
            int b = line.trimStart() + colon + 1;
            while (b < line.trimEnd() && TextLines.isGap(text.charAt(b))) {
                b++;
            }
            if (b < line.trimEnd()) {
                labelledTitleRange = new TextRange(b, line.trimEnd());
                labelledTitle = text.substring(b, line.trimEnd());
                return true;
            }
        }
        if (atEdge) {
            Optional<LocalDate> d = DateParsing.parseDateOnly(s);
            if (d.isPresent()) {
                bareDate = first(bareDate, d.get());
                return true;
            }
            m = BARE_URL.matcher(s);
            if (m.matches()) {
                url = first(url, cleanUrl(m.group(1)));
                return true;
            }
            if (acceptOutletAndDate(s)) {
                return true;
            }
        }
        return false;
    }

    /** "Caribbean Wire | February 26, 2026", "26 Feb 2026 · Harbour Post": an outlet and a date on one line. */
    private boolean acceptOutletAndDate(String s) {
        String[] parts = BYLINE_PARTS.split(s.strip());
        if (parts.length < 2 || parts.length > 4) {
            return false;
        }
        LocalDate date = null;
        String outlet = null;
        for (String part : parts) {
            String p = part.strip().replaceFirst("(?i)^(published|updated|posted)\\s*:?\\s*", "");
            Optional<LocalDate> d = DateParsing.parseDateOnly(p);
            if (d.isPresent()) {
                date = first(date, d.get());
            } else if (READING_TIME.matcher(p).matches()) {
                continue; // "26 Feb 2026 · 5 min read": the reading time, no outlet
            } else if (outlet == null && looksLikeShortName(p, MAX_PUBLISHER_WORDS) && !p.endsWith(".")) {
                outlet = stripEndPunctuation(p);
            } else {
                return false; // some other text: not a credit line
            }
        }
        if (date == null) {
            return false;
        }
        bareDate = first(bareDate, date);
        if (outlet != null) {
            publisher = first(publisher, outlet);
        }
        return true;
    }

    /**
     * A news agency's date line opening the first paragraph, "WARSAW, Jan 27, 2026 (Vistula Wire) - ...":
     * its date, and the outlet in brackets. The line stays body.
     */
    void acceptDateline(String firstBodyLine) {
        String line = TextLines.normalized(firstBodyLine);
        Matcher m = DATELINE.matcher(line);
        if (m.lookingAt()) {
            String outlet = m.group(2);
            // "Democratic Republic of Congo, 28 May 2026": the date is the shortest tail of comma parts that reads
            String[] parts = m.group(1).split(",");
            for (int k = 0; k < parts.length; k++) {
                String tail = String.join(",", Arrays.copyOfRange(parts, k, parts.length));
                Optional<LocalDate> d = DateParsing.parseDateOnly(tail);
                if (d.isPresent()) {
                    datelineDate = first(datelineDate, d.get());
                    acceptDatelineOutlet(outlet);
                    return;
                }
            }
            Optional<MonthDay> md = DateParsing.parseMonthDay(parts[parts.length - 1]);
            if (md.isPresent()) {
                datelineMonthDay = first(datelineMonthDay, md.get()); // "SEOUL, May 3 (Wire) -": year found elsewhere
                acceptDatelineOutlet(outlet);
                return;
            }
        }
        Matcher undated = DATELINE_UNDATED.matcher(line);
        if (undated.lookingAt()) {
            acceptDatelineOutlet(undated.group(1)); // "WASHINGTON (Harbor Wire) - ..."
        }
    }

    private void acceptDatelineOutlet(String outlet) {
        if (outlet != null && looksLikeShortName(outlet, MAX_PUBLISHER_WORDS)) {
            publisher = first(publisher, outlet.strip());
        }
    }

    private boolean acceptSource(String value, boolean atEdge) {
        Matcher u = URL.matcher(value);
        if (u.find()) {
            url = first(url, cleanUrl(u.group()));
            String rest = stripEndPunctuation((value.substring(0, u.start()) + " " + value.substring(u.end()))
                    .replaceAll("[()\\[\\]<>]", " ").strip().replaceAll("\\s+", " "));
            if (!rest.isEmpty() && looksLikeShortName(rest, MAX_PUBLISHER_WORDS)) {
                publisher = first(publisher, rest);
            }
            return true;
        }
        // "Source: Reuters": an outlet, believed only where credits usually stand
        if (atEdge && looksLikeShortName(value, MAX_PUBLISHER_WORDS)) {
            publisher = first(publisher, stripEndPunctuation(value));
            return true;
        }
        return false;
    }

    private boolean acceptByline(String value) {
        String[] parts = BYLINE_PARTS.split(value.strip());
        // "Eleanor Marsh, Diplomatic Correspondent": the name ends at the comma
        String[] nameAndTitle = parts[0].split(",\\s*", 2);
        String name = stripEndPunctuation(nameAndTitle[0]);
        if (nameAndTitle.length > 1) {
            String rest = nameAndTitle[1];
            DateParsing.findDate(rest).ifPresent(d -> bareDate = first(bareDate, d));
        }
        if (!looksLikePersonName(name)) {
            return false;
        }
        author = first(author, name);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            Optional<LocalDate> d = DateParsing.parseDateOnly(
                    part.replaceFirst("(?i)^(published|updated|posted)\\s*:?\\s*", ""));
            if (d.isPresent()) {
                bareDate = first(bareDate, d.get());
            } else if (i == 1 && looksLikeShortName(part, MAX_PUBLISHER_WORDS) && !part.endsWith(".")
                    && !JOB_TITLE.matcher(part).find()) {
                publisher = first(publisher, stripEndPunctuation(part)); // "By Jane Doe | Reuters"
            }
        }
        return true;
    }

    private static boolean looksLikePersonName(String name) {
        if (name.isEmpty() || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String[] words = name.split(" ");
        if (words.length > MAX_NAME_WORDS || !NAME_WORD.matcher(words[0]).matches()) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches() && !NAME_CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** A few words, no sentence: "The New York Times", "Reuters". */
    private static boolean looksLikeShortName(String value, int maxWords) {
        String v = value.strip();
        if (v.isEmpty() || v.length() > 100 || TextLines.wordCount(v) > maxWords) {
            return false;
        }
        return v.codePoints().anyMatch(Character::isLetter) && !(v.endsWith(".") && TextLines.wordCount(v) > 4);
    }

    private static String stripEndPunctuation(String s) {
        return s.strip().replaceFirst("[\\s.,;:]+$", "");
    }

    private static String cleanUrl(String u) {
        return u.replaceFirst("[.,;:)\\]>'\"]+$", "");
    }

    private static <T> T first(T current, T candidate) {
        return current != null ? current : candidate;
    }

    String labelledTitle() {
        return labelledTitle;
    }

    TextRange labelledTitleRange() {
        return labelledTitleRange;
    }

    /** The metadata, with the publication date chosen by how reliable its origin is. */
    ArticleMetadata toMetadata(String headline, TextRange headlineRange) {
        LocalDate date = labelledDate;
        if (date == null) {
            date = bareDate;
        }
        if (date == null) {
            date = datelineDate;
        }
        if (date == null) {
            date = DateParsing.fromUrl(url).orElse(null);
        }
        if (date == null && datelineMonthDay != null && copyrightYear != null) {
            // a date line without its year, on a page whose copyright notice gives the year
            date = datelineMonthDay.atYear(copyrightYear);
        }
        if (date == null) {
            date = updatedDate;
        }
        return new ArticleMetadata(headline, headlineRange, url, date, author, publisher);
    }
}
