package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The gold files parse, refer to real entities and documents, and say what the texts say. */
class GoldStandardTest {
    static final Path SEEDS_GOLD = Path.of("src/test/resources/gold/seeds.json");
    static final Path UNSEEN_GOLD = Path.of("src/test/resources/gold/unseen.json");
    static final Path BLIND_GOLD = Path.of("src/test/resources/gold/blind.json");
    static final Path BLIND_TEXTS = Path.of("src/test/resources/blind");
    static final Path BLIND3_GOLD = Path.of("src/test/resources/gold/blind3.json");
    static final Path BLIND3_TEXTS = Path.of("src/test/resources/blind3");
    static final Path DEV2_GOLD = Path.of("src/test/resources/gold/dev2.json");
    static final Path DEV2_TEXTS = Path.of("src/test/resources/dev2");

    @Test
    void seedGoldLoads() throws Exception {
        GoldStandard gold = GoldStandard.read(SEEDS_GOLD);
        assertEquals(38, gold.entities().size());
        assertEquals(24, gold.events().size(), "the 42 seed events minus the 18 of type Other");
        assertEquals(21, gold.events().stream().filter(e -> !e.optional()).count());
        GoldEvent signing = gold.events().stream().filter(e -> e.id().equals("E10")).findFirst().orElseThrow();
        assertTrue(signing.acceptedRolesByEntity().get("Vladimir Putin").contains("participant"),
                "a signatory is agent or participant");
        GoldEvent rice = gold.events().stream().filter(e -> e.id().equals("E08")).findFirst().orElseThrow();
        assertEquals(1, rice.quantities().size(), "the seed range low/high becomes one min/max quantity");
        assertEquals(0, rice.quantities().get(0).min().compareTo(new java.math.BigDecimal(600000)));
    }

    @Test
    void documentPrefixesMatchOneFileEach() throws Exception {
        assertPrefixesMatchFiles(GoldStandard.read(SEEDS_GOLD), Path.of("seeds"));
        assertPrefixesMatchFiles(GoldStandard.read(UNSEEN_GOLD), Path.of("src/test/resources/unseen"));
        assertPrefixesMatchFiles(GoldStandard.read(BLIND_GOLD), BLIND_TEXTS);
        assertPrefixesMatchFiles(GoldStandard.read(BLIND3_GOLD), BLIND3_TEXTS);
        assertPrefixesMatchFiles(GoldStandard.read(DEV2_GOLD), DEV2_TEXTS);
    }

    @Test
    void unseenGoldNamesAppearInTheirTexts() throws Exception {
        GoldStandard gold = GoldStandard.read(UNSEEN_GOLD);
        Map<String, String> texts = texts(Path.of("src/test/resources/unseen"));
        assertNamesAndFiguresInTexts(gold, texts);
        assertEquals(5, texts.size());
        assertWordCounts(texts, 250, 500);
    }

    @Test
    void blindGoldNamesAppearInTheirTexts() throws Exception {
        GoldStandard gold = GoldStandard.read(BLIND_GOLD);
        Map<String, String> texts = texts(BLIND_TEXTS);
        assertNamesAndFiguresInTexts(gold, texts);
        assertEquals(8, texts.size());
        assertWordCounts(texts, 350, 700);
    }

    @Test
    void blindGoldCoversEveryEventClassTwice() throws Exception {
        // the set is meant to measure every class of the contract, so each needs more than one required instance
        assertEveryClassRequiredAtLeast(GoldStandard.read(BLIND_GOLD), 2);
    }

    @Test
    void blind3GoldNamesAppearInTheirTexts() throws Exception {
        GoldStandard gold = GoldStandard.read(BLIND3_GOLD);
        Map<String, String> texts = texts(BLIND3_TEXTS);
        assertNamesAndFiguresInTexts(gold, texts);
        assertEquals(10, texts.size());
        assertWordCounts(texts, 350, 700);
    }

    @Test
    void blind3GoldCoversEveryEventClassThreeTimes() throws Exception {
        assertEveryClassRequiredAtLeast(GoldStandard.read(BLIND3_GOLD), 3);
    }

    @Test
    void dev2GoldNamesAppearInTheirTexts() throws Exception {
        GoldStandard gold = GoldStandard.read(DEV2_GOLD);
        Map<String, String> texts = texts(DEV2_TEXTS);
        assertNamesAndFiguresInTexts(gold, texts);
        assertEquals(10, texts.size());
        assertWordCounts(texts, 350, 700);
    }

    @Test
    void dev2GoldCoversEveryEventClassThreeTimes() throws Exception {
        // a development set: every class needs a few required instances for its failures to show a kind, not a case
        assertEveryClassRequiredAtLeast(GoldStandard.read(DEV2_GOLD), 3);
    }

    private static void assertEveryClassRequiredAtLeast(GoldStandard gold, long min) {
        Map<String, Long> required = gold.events().stream().filter(e -> !e.optional())
                .collect(java.util.stream.Collectors.groupingBy(GoldEvent::type, java.util.stream.Collectors.counting()));
        for (String type : List.of("Deployment", "ArmsTransfer", "Payment", "Aid", "TreatySigning", "Meeting", "Visit",
                "Sanction", "Casualty", "Trade", "LaborMigration")) {
            assertTrue(required.getOrDefault(type, 0L) >= min, type + ": " + required);
        }
    }

    /** Every gold entity is named (by its name or an alias) in each of its documents; every figure quotes its text. */
    private static void assertNamesAndFiguresInTexts(GoldStandard gold, Map<String, String> texts) {
        List<String> problems = new ArrayList<>();
        for (GoldEntity e : gold.entities()) {
            for (String doc : e.docs()) {
                String text = NameKey.of(texts.get(doc));
                boolean seen = NameKey.of(withName(e)).stream().anyMatch(text::contains);
                if (!seen) {
                    problems.add(doc + ": " + e.name());
                }
            }
        }
        assertTrue(problems.isEmpty(), "gold entities not in their texts: " + problems);
        for (GoldEvent ev : gold.events()) {
            for (GoldQuantity q : ev.quantities()) {
                assertTrue(texts.get(q.doc()).contains(q.text()), ev.id() + ": " + q.text());
            }
        }
    }

    private static void assertWordCounts(Map<String, String> texts, int min, int max) {
        texts.forEach((doc, t) -> {
            int words = t.split("\\s+").length;
            assertTrue(words >= min && words <= max, doc + ": " + min + "-" + max + " words: " + words);
        });
    }

    @Test
    void brokenGoldIsRejected() {
        String unknownParticipant = """
                {"entities": [{"name": "A", "type": "State", "aliases": [], "docs": ["d1"]}],
                 "events": [{"type": "Visit", "participants": [{"role": "agent", "entity": "B"}], "docs": ["d1"]}]}""";
        assertThrows(IllegalArgumentException.class, () -> GoldStandard.parse(unknownParticipant));
        String roleOutsideContract = """
                {"entities": [{"name": "A", "type": "State", "aliases": [], "docs": ["d1"]}],
                 "events": [{"type": "Visit", "participants": [{"role": "host", "entity": "A"}], "docs": ["d1"]}]}""";
        assertThrows(IllegalArgumentException.class, () -> GoldStandard.parse(roleOutsideContract));
        String otherEvent = """
                {"entities": [{"name": "A", "type": "State", "aliases": [], "docs": ["d1"]}],
                 "events": [{"type": "Other", "participants": [{"role": "agent", "entity": "A"}], "docs": ["d1"]}]}""";
        assertThrows(IllegalArgumentException.class, () -> GoldStandard.parse(otherEvent));
        assertThrows(IllegalArgumentException.class, () -> GoldStandard.parse("{not json"));
    }

    @Test
    void wikidataKeyAbsentNullOrSet() {
        GoldStandard gold = GoldStandard.parse("""
                {"entities": [
                  {"name": "A", "type": "State", "wikidata": "Q1", "aliases": [], "docs": ["d1"]},
                  {"name": "B", "type": "Person", "wikidata": null, "aliases": [], "docs": ["d1"]},
                  {"name": "C", "type": "Place", "aliases": [], "docs": ["d1"], "optional": true}]}""");
        assertTrue(gold.entity("A").linkScored());
        assertTrue(gold.entity("B").linkScored());
        assertFalse(gold.entity("C").linkScored());
        assertTrue(gold.entity("C").ignorable());
    }

    @Test
    void nameKeysIgnoreCaseTheAndPunctuation() {
        assertEquals(NameKey.of("Mr. Kim"), NameKey.of("Mr.\n\nKim"));
        assertEquals(NameKey.of("Kremlin"), NameKey.of("the Kremlin"));
        assertEquals(NameKey.of("U.N."), NameKey.of("UN"));
        assertEquals(NameKey.of("Recep Tayyip Erdogan"), NameKey.of("Recep Tayyip Erdoğan"));
        assertFalse(NameKey.of("Theodore").isEmpty());
        assertEquals("", NameKey.of("The"));
    }

    private static List<String> withName(GoldEntity e) {
        List<String> names = new ArrayList<>(e.aliases());
        names.add(e.name());
        return names;
    }

    private static void assertPrefixesMatchFiles(GoldStandard gold, Path folder) throws Exception {
        List<String> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).toList();
        }
        for (String prefix : gold.articles().keySet()) {
            long n = files.stream().filter(f -> f.startsWith(prefix)).count();
            assertEquals(1, n, prefix + " in " + files);
        }
        for (GoldEntity e : gold.entities()) {
            assertTrue(gold.articles().keySet().containsAll(e.docs()), e.name() + " " + e.docs());
        }
        for (GoldEvent e : gold.events()) {
            assertTrue(gold.articles().keySet().containsAll(e.docs()), e.id() + " " + e.docs());
        }
    }

    private static Map<String, String> texts(Path folder) throws Exception {
        Map<String, String> texts = new HashMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).toList()) {
                texts.put(p.getFileName().toString().substring(0, 3), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }
}
