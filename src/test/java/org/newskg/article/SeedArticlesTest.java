package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Reads every file in seeds/ and checks only generic properties, derived from each file's own
 * lines; nothing here is keyed to a particular seed.
 */
class SeedArticlesTest {
    private static final Path SEEDS = Path.of("seeds");
    private static final Pattern SOURCE_LINE = Pattern.compile("(?m)^\\s*Source:\\s*(https?://\\S+)\\s*$");
    private static final Pattern URL_DATE = Pattern.compile("/(\\d{4})/(\\d{2})/(\\d{2})/");

    @Test
    void everySeedReadsWithSaneMetadataAndBody() throws Exception {
        List<Path> files = ArticleFiles.expand(List.of(SEEDS));
        Assumptions.assumeTrue(!files.isEmpty(), "no seeds folder");
        ArticleReader reader = new ArticleReader();
        for (Path file : files) {
            Article a = reader.read(file);
            String name = file.getFileName().toString();
            String text = a.text();
            assertFalse(a.body().isEmpty(), name);
            assertEquals(64, a.sha256().length(), name);
            assertEquals(ArticleReader.documentIdFor(name), a.id());

            int previousEnd = 0;
            for (TextRange r : a.body()) {
                assertTrue(r.begin() >= previousEnd && r.end() <= text.length(), name + " " + r);
                previousEnd = r.end();
                String body = text.substring(r.begin(), r.end());
                assertFalse(body.isBlank(), name);
                assertFalse(TextLines.isGap(body.charAt(0)) || TextLines.isGap(body.charAt(body.length() - 1)), name);
                for (String line : body.split("\\R")) {
                    String l = line.strip();
                    assertFalse(l.equalsIgnoreCase("Read More"), name);
                    assertFalse(l.equalsIgnoreCase("Previous Post Next Post"), name);
                    assertFalse(l.equalsIgnoreCase("Recent Articles"), name);
                    assertFalse(l.startsWith("Source:") || l.startsWith("Disclaimer:") || l.startsWith("Publisher:"), name);
                }
            }

            String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElseThrow().strip();
            if (looksLikeTitle(firstLine)) {
                assertEquals(firstLine, a.metadata().headline(), name);
                assertFalse(a.body().stream().anyMatch(r -> r.contains(a.metadata().headlineRange().begin())), name);
            } else if (firstLine.endsWith(".")) {
                assertNull(a.metadata().headline(), name);
            }

            Matcher source = SOURCE_LINE.matcher(text);
            if (source.find()) {
                assertEquals(source.group(1), a.metadata().url(), name);
                Matcher date = URL_DATE.matcher(source.group(1));
                if (date.find() && !text.contains("Date:")) {
                    LocalDate expected = LocalDate.of(Integer.parseInt(date.group(1)),
                            Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)));
                    assertEquals(expected, a.metadata().datePublished(), name);
                }
            } else {
                assertNull(a.metadata().url(), name);
            }

            Optional<String> publisher = text.lines().map(String::strip)
                    .filter(l -> l.startsWith("Publisher:")).findFirst();
            publisher.ifPresent(p -> assertEquals(p.substring("Publisher:".length()).strip(), a.metadata().publisher()));
            text.lines().map(String::strip).filter(l -> l.matches("By \\p{Lu}\\p{L}+( \\p{Lu}\\p{L}+)+")).findFirst()
                    .ifPresent(by -> assertEquals(by.substring(3), a.metadata().author(), name));
        }
    }

    @Test
    void theSeedWithADatedSourceUrlIsDated() throws Exception {
        List<Path> files = ArticleFiles.expand(List.of(SEEDS));
        Assumptions.assumeTrue(!files.isEmpty(), "no seeds folder");
        ArticleReader reader = new ArticleReader();
        int dated = 0;
        for (Path file : files) {
            Article a = reader.read(file);
            if (a.metadata().url() != null && a.metadata().url().contains("/2024/12/17/")) {
                assertEquals(LocalDate.of(2024, 12, 17), a.metadata().datePublished());
                dated++;
            }
        }
        assertTrue(dated >= 1, "expected a seed whose Source URL holds /2024/12/17/");
    }

    /** A short line without a final period that is followed by more text: how a title looks. */
    private static boolean looksLikeTitle(String line) {
        return line.length() <= 150 && !line.endsWith(".") && !line.endsWith(":") && line.split(" ").length >= 3;
    }
}
