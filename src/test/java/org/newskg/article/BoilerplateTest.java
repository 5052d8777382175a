package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The boilerplate rules file and how its kinds behave. */
class BoilerplateTest {
    private final Boilerplate defaults = Boilerplate.defaults();

    private Boilerplate.Kind kindOf(String line) {
        return defaults.match(line).map(Boilerplate.Rule::kind).orElse(null);
    }

    @Test
    void builtInRulesLoad() {
        assertTrue(defaults.rules().size() > 20);
        assertTrue(defaults.rules().get(0).origin().startsWith("boilerplate.txt:"));
    }

    @Test
    void typicalPageFurniture() {
        assertEquals(Boilerplate.Kind.CUT, kindOf("Read More"));
        assertEquals(Boilerplate.Kind.CUT, kindOf("READ MORE »"));
        assertEquals(Boilerplate.Kind.CUT, kindOf("Recent Articles"));
        assertEquals(Boilerplate.Kind.CUT, kindOf("Previous Post Next Post"));
        assertEquals(Boilerplate.Kind.CUT, kindOf("Read\u00A0More\u00A0"));
        assertEquals(Boilerplate.Kind.NOTICE,
                kindOf("Disclaimer: This story is auto-aggregated by a computer program."));
        assertEquals(Boilerplate.Kind.LINE, kindOf("Share this article"));
        assertEquals(Boilerplate.Kind.LINE, kindOf("Advertisement"));
        assertEquals(Boilerplate.Kind.LINE, kindOf("Story continues below advertisement"));
        assertEquals(Boilerplate.Kind.LINE, kindOf("Sign up for our free morning newsletter"));
        assertEquals(Boilerplate.Kind.LINE, kindOf("© 2031 Valdoria Media. All rights reserved."));
        assertEquals(Boilerplate.Kind.LINE, kindOf("Read more: Ferry timetables change for spring"));
        assertEquals(Boilerplate.Kind.LIST, kindOf("Related:"));
        assertEquals(Boilerplate.Kind.LIST, kindOf("Related: Port traffic hits a record"));
    }

    @Test
    void proseIsNotBoilerplate() {
        for (String prose : List.of(
                "Related developments followed in March, when the ministry opened an inquiry.",
                "The company changed its privacy policy after regulators in Ostrava raised concerns.",
                "Read the statement carefully, the minister told reporters on Friday.",
                "The report has not been verified by independent observers.",
                "Share prices in Valdoria fell by three percent on Monday.",
                "Subscribers to the state broadcaster will pay more from January.")) {
            assertFalse(defaults.match(prose).isPresent(), prose);
        }
    }

    @Test
    void customRulesFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.txt");
        Files.writeString(file, "# my site\n\ncut: more from the harbor desk\\W*\nline: brought to you by .*\n"
                + "sponsor slot\n", StandardCharsets.UTF_8);
        Boilerplate mine = Boilerplate.load(file);
        assertEquals(3, mine.rules().size());
        assertEquals(Boilerplate.Kind.CUT, mine.rules().get(0).kind());
        assertEquals("mine.txt:3", mine.rules().get(0).origin());
        assertEquals(Boilerplate.Kind.LINE, mine.rules().get(2).kind());

        ArticleReader reader = new ArticleReader(Boilerplate.defaults().plus(mine));
        String text = "Brought to you by Harbor Bank\n\n"
                + "The harbor board approved a new fee for cruise ships calling at Valdoria next season.\n\n"
                + "Sponsor slot\n\n"
                + "The fee will fund a new passenger terminal, the board said in a statement.\n\n"
                + "More from the harbor desk\n"
                + "Pilots ask for better radios\n";
        Article a = reader.read("fee.txt", text.getBytes(StandardCharsets.UTF_8));
        List<String> body = a.body().stream().map(r -> a.text().substring(r.begin(), r.end())).toList();
        assertEquals(List.of(
                "The harbor board approved a new fee for cruise ships calling at Valdoria next season.",
                "The fee will fund a new passenger terminal, the board said in a statement."), body);
    }

    @Test
    void badRegexNamesTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Boilerplate.parse("rules.txt", List.of("# ok", "line: (unclosed")));
        assertTrue(e.getMessage().startsWith("rules.txt:2: bad regular expression"), e.getMessage());
    }
}
