package org.newskg.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled entity catalog and the rules its loader enforces. */
class CatalogTest {

    /**
     * Wikidata ids of the 193 UN member states, copied from the shared states table when this test was
     * written (kept here so the test needs nothing outside the repository).
     */
    private static final List<String> UN_MEMBER_QIDS = List.of((
            "Q16 Q17 Q20 Q27 Q28 Q29 Q30 Q31 Q32 Q33 Q34 Q35 Q36 Q37 Q38 Q39 Q40 Q41 Q43 Q45 Q55 Q77 Q79 Q96 "
            + "Q114 Q115 Q117 Q142 Q145 Q148 Q155 Q159 Q183 Q184 Q189 Q191 Q211 Q212 Q213 Q214 Q215 Q217 Q218 "
            + "Q219 Q221 Q222 Q224 Q225 Q227 Q228 Q229 Q230 Q232 Q233 Q235 Q236 Q238 Q241 Q242 Q244 Q252 Q258 "
            + "Q262 Q265 Q298 Q334 Q347 Q398 Q399 Q403 Q408 Q414 Q419 Q423 Q424 Q574 Q657 Q664 Q668 Q672 Q678 "
            + "Q683 Q685 Q686 Q691 Q695 Q697 Q702 Q709 Q710 Q711 Q712 Q717 Q730 Q733 Q734 Q736 Q739 Q750 Q754 "
            + "Q757 Q760 Q763 Q766 Q769 Q774 Q778 Q781 Q783 Q784 Q786 Q790 Q792 Q794 Q796 Q800 Q801 Q804 Q805 "
            + "Q810 Q811 Q813 Q817 Q819 Q822 Q826 Q833 Q836 Q837 Q842 Q843 Q846 Q851 Q854 Q858 Q863 Q869 Q874 "
            + "Q878 Q881 Q884 Q889 Q902 Q912 Q916 Q917 Q921 Q924 Q928 Q929 Q945 Q948 Q953 Q954 Q958 Q962 Q963 "
            + "Q965 Q967 Q970 Q971 Q974 Q977 Q983 Q986 Q1000 Q1005 Q1006 Q1007 Q1008 Q1009 Q1011 Q1013 Q1014 "
            + "Q1016 Q1019 Q1020 Q1025 Q1027 Q1028 Q1029 Q1030 Q1032 Q1033 Q1036 Q1037 Q1039 Q1041 Q1042 Q1044 "
            + "Q1045 Q1049 Q1050").split(" "));

    private static final String RUSSIA = "Q159";
    private static final String NORTH_KOREA = "Q423";
    private static final String SHOIGU = "Q32024";
    private static final String BELOUSOV = "person-andrei-belousov";

    private static final String PREFIXES = """
            @prefix nkg: <https://w3id.org/newskg/ontology#> .
            @prefix cat: <https://w3id.org/newskg/catalog#> .
            @prefix res: <https://w3id.org/newskg/id/> .
            @prefix wd: <http://www.wikidata.org/entity/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            """;

    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = Catalog.loadDefault();
    }

    private static long count(EntityType type) {
        return catalog.entries().stream().filter(e -> e.type() == type).count();
    }

    private static List<String> keys(List<CatalogEntry> entries) {
        return entries.stream().map(CatalogEntry::key).toList();
    }

    private static InputStream turtle(String body) {
        return new ByteArrayInputStream((PREFIXES + body).getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------ the bundled data

    @Test
    void loadsTheBundledCatalogOnceWithEnoughEntriesOfEachKind() {
        assertSame(catalog, Catalog.loadDefault(), "loadDefault caches one instance");
        assertTrue(count(EntityType.State) >= 193, "states: " + count(EntityType.State));
        assertTrue(count(EntityType.Organization) >= 25, "organizations: " + count(EntityType.Organization));
        assertTrue(count(EntityType.Person) >= 60, "people: " + count(EntityType.Person));
        assertTrue(count(EntityType.Place) >= 193, "places: " + count(EntityType.Place));
    }

    @Test
    void everyUnMemberStateIsAStateLinkedToItsQid() {
        assertEquals(193, Set.copyOf(UN_MEMBER_QIDS).size());
        for (String qid : UN_MEMBER_QIDS) {
            CatalogEntry e = catalog.get(qid).orElseThrow(() -> new AssertionError("missing UN member " + qid));
            assertEquals(EntityType.State, e.type(), qid);
            assertEquals(qid, e.entity().wikidataId(), qid);
        }
    }

    @Test
    void observerStatesTaiwanAndKosovoArePresent() {
        for (String name : List.of("Palestine", "Vatican City", "Taiwan", "Kosovo", "Soviet Union")) {
            assertTrue(catalog.byAlias(name).stream().anyMatch(e -> e.type() == EntityType.State), name);
        }
        assertTrue(catalog.byAlias("Holy See").stream().anyMatch(e -> e.type() == EntityType.State));
    }

    @Test
    void statesCarryShortNamesAbbreviationsDemonymsAndSeats() {
        CatalogEntry us = catalog.get("Q30").orElseThrow();
        assertEquals("United States", us.label());
        assertTrue(us.aliases().containsAll(List.of("U.S.", "US", "USA", "United States of America", "America")));
        assertTrue(us.demonyms().containsAll(List.of("American", "Americans")));
        assertTrue(us.seats().containsAll(List.of("Washington", "the White House")));

        assertEquals("North Korea", catalog.get(NORTH_KOREA).orElseThrow().label());
        assertEquals("Russia", catalog.get(RUSSIA).orElseThrow().label());
        assertEquals(List.of("Q145"), keys(catalog.byAlias("Britain")));
        assertEquals(List.of("Q884"), keys(catalog.byAlias("ROK")));
        assertEquals(List.of("Q148"), keys(catalog.byAlias("PRC")));
        assertEquals(List.of("Q878"), keys(catalog.byAlias("UAE")));
    }

    @Test
    void demonymsAndSeatsLeadToTheirState() {
        assertEquals(List.of(NORTH_KOREA), keys(catalog.byDemonym("North Korean")));
        assertEquals(List.of(NORTH_KOREA), keys(catalog.byDemonym("North Koreans")));
        assertEquals(List.of("Q30"), keys(catalog.byDemonym("Americans")));
        assertEquals(List.of("Q148"), keys(catalog.byDemonym("Chinese")));
        assertEquals(List.of("Q212"), keys(catalog.byDemonym("Ukrainian")));
        assertEquals(List.of(RUSSIA), keys(catalog.byDemonym("Russian")));
        assertEquals(List.of(RUSSIA), keys(catalog.bySeat("Moscow")));
        assertEquals(List.of(RUSSIA), keys(catalog.bySeat("the Kremlin")));
        assertEquals(List.of(NORTH_KOREA), keys(catalog.bySeat("Pyongyang")));
        assertEquals(List.of("Q145"), keys(catalog.bySeat("Downing Street")));
        assertTrue(catalog.byDemonym("Korean").isEmpty(), "'Korean' names neither Korea alone");
    }

    @Test
    void aliasLookupIsCaseSensitiveButBlindToCurlyQuotes() {
        assertEquals(List.of("Q30"), keys(catalog.byAlias("US")));
        assertTrue(catalog.byAlias("us").isEmpty());
        assertEquals(List.of("organization-korean-peoples-army"), keys(catalog.byAlias("Korean People\u2019s Army")));
    }

    @Test
    void capitalsArePlacesInTheirCountry() {
        CatalogEntry pyongyang = catalog.get("Q18808").orElseThrow();
        assertEquals(EntityType.Place, pyongyang.type());
        assertEquals("Pyongyang", pyongyang.label());
        assertEquals(NORTH_KOREA, pyongyang.countryKey());
        CatalogEntry kyiv = catalog.get("Q1899").orElseThrow();
        assertEquals("Kyiv", kyiv.label());
        assertTrue(kyiv.aliases().contains("Kiev"));
    }

    @Test
    void aSamePlaceNameMayNameAStateSeatAndAPlace() {
        // "Pyongyang" is the seat of the North Korean state and also a city: both kept, disambiguated later
        assertEquals(List.of("Q18808"), keys(catalog.byAlias("Pyongyang")));
        assertEquals(List.of(NORTH_KOREA), keys(catalog.bySeat("Pyongyang")));
    }

    @Test
    void kimJongUnIsTheLeaderOfNorthKorea() {
        CatalogEntry kim = catalog.get("Q56226").orElseThrow();
        assertEquals("Kim Jong-un", kim.label());
        assertEquals("Kim", kim.surname());
        assertTrue(kim.aliases().contains("Kim Jong Un"));
        assertTrue(kim.roles().stream().anyMatch(r -> r.title().equals("leader") && r.ofKey().equals(NORTH_KOREA)
                && r.to() == null));
        assertEquals(List.of("Q56226"), keys(catalog.holders("leader", NORTH_KOREA, LocalDate.of(2024, 12, 17))));
        assertEquals(List.of("Q56226"), keys(catalog.holders("Supreme Leader", NORTH_KOREA, null)));
        assertEquals(List.of("Q10665"), keys(catalog.holders("leader", NORTH_KOREA, LocalDate.of(2005, 1, 1))));
    }

    @Test
    void russiasDefenceMinisterDependsOnTheDate() {
        assertEquals(List.of(SHOIGU), keys(catalog.holders("defence minister", RUSSIA, LocalDate.of(2023, 7, 1))));
        assertEquals(List.of(BELOUSOV), keys(catalog.holders("defence minister", RUSSIA, LocalDate.of(2024, 10, 1))));
        assertEquals(List.of(BELOUSOV), keys(catalog.holders("Defense Minister", RUSSIA, LocalDate.of(2024, 10, 1))));
        assertEquals(List.of(BELOUSOV), keys(catalog.holders("then-defense minister", RUSSIA, null)));
        assertTrue(catalog.holders("defence minister", RUSSIA, LocalDate.of(2010, 1, 1)).isEmpty());
    }

    @Test
    void synonymousTitlesReachTheSameOffice() {
        LocalDate mid2023 = LocalDate.of(2023, 7, 1);
        assertEquals(List.of("person-lloyd-austin"), keys(catalog.holders("Defense Secretary", "Q30", mid2023)));
        assertEquals(List.of("person-lloyd-austin"), keys(catalog.holders("secretary of defense", "Q30", mid2023)));
        assertEquals(List.of("person-sergei-lavrov"), keys(catalog.holders("minister of foreign affairs", RUSSIA, mid2023)));
        assertEquals(List.of("Q57336"), keys(catalog.holders("supreme leader", "Q794", mid2023)));
        assertEquals(List.of("person-dmitry-peskov"), keys(catalog.holders("spokesperson", RUSSIA, mid2023)));
    }

    @Test
    void withoutADateCurrentHoldersComeFirstElseTheLastOneToLeave() {
        assertEquals(List.of("Q22686"), keys(catalog.holders("president", "Q30", null)));
        assertEquals(List.of("person-valerii-zaluzhnyi"),
                keys(catalog.holders("commander in chief", "Q212", LocalDate.of(2023, 1, 1))));
        assertEquals(List.of("person-oleksandr-syrskyi"), keys(catalog.holders("commander-in-chief", "Q212", null)));
        assertTrue(catalog.holders("president", "no-such-key", null).isEmpty());

        // an office nobody holds now: the holder who left last
        Catalog small = Catalog.load(List.of(turtle("""
                res:state-x a nkg:State ; rdfs:label "X" .
                res:person-a a nkg:Person ; rdfs:label "A" ;
                  cat:holds [ cat:title "regent" ; cat:of res:state-x ; cat:from "2000-01-01"^^xsd:date ; cat:to "2005-01-01"^^xsd:date ] .
                res:person-b a nkg:Person ; rdfs:label "B" ;
                  cat:holds [ cat:title "regent" ; cat:of res:state-x ; cat:from "2005-01-02"^^xsd:date ; cat:to "2009-01-01"^^xsd:date ] .
                """)));
        assertEquals(List.of("person-b"), keys(small.holders("regent", "state-x", null)));
        assertEquals(List.of("person-a"), keys(small.holders("Regent", "state-x", LocalDate.of(2001, 6, 1))));
    }

    @Test
    void everyRoleAndCountryPointsAtAnEntryOfTheRightKind() {
        for (CatalogEntry e : catalog.entries()) {
            for (RoleHolding r : e.roles()) {
                assertEquals(EntityType.Person, e.type());
                EntityType of = catalog.get(r.ofKey()).orElseThrow().type();
                assertTrue(of == EntityType.State || of == EntityType.Organization, e.key() + " " + r);
                assertEquals(Catalog.normaliseTitle(r.title()), r.title(), "titles are stored normalised");
            }
            if (e.countryKey() != null) {
                assertEquals(EntityType.State, catalog.get(e.countryKey()).orElseThrow().type(), e.key());
            }
        }
    }

    @Test
    void everyEntryHasItsLabelFirstAmongDistinctAliases() {
        for (CatalogEntry e : catalog.entries()) {
            assertFalse(e.label().isBlank(), e.key());
            assertEquals(e.label(), e.aliases().get(0), e.key());
            assertEquals(Set.copyOf(e.aliases()).size(), e.aliases().size(), e.key());
        }
    }

    @Test
    void everySameAsIsWellFormedAndKeysFollowTheIriScheme() {
        Pattern qid = Pattern.compile("Q[1-9][0-9]*");
        Pattern nameKey = Pattern.compile("(person|state|organization|place|treaty)-[a-z0-9]+(-[a-z0-9]+)*");
        for (CatalogEntry e : catalog.entries()) {
            String wd = e.entity().wikidataId();
            if (wd != null) {
                assertTrue(qid.matcher(wd).matches(), e.key());
                assertEquals(wd, e.key(), "a linked entry is keyed by its QID");
            } else {
                assertTrue(nameKey.matcher(e.key()).matches(), e.key());
                assertTrue(e.key().startsWith(e.type().name().toLowerCase() + "-"), e.key());
            }
        }
    }

    @Test
    void noTwoEntriesShareAQid() {
        Map<String, List<String>> byQid = catalog.entries().stream()
                .filter(e -> e.entity().wikidataId() != null)
                .collect(Collectors.groupingBy(e -> e.entity().wikidataId(),
                        Collectors.mapping(CatalogEntry::key, Collectors.toList())));
        byQid.forEach((q, ks) -> assertEquals(1, ks.size(), q + " " + ks));
        Set<String> seen = new HashSet<>();
        catalog.entries().forEach(e -> assertTrue(seen.add(e.key()), "duplicate key " + e.key()));
    }

    @Test
    void theBundledDataHasNoSameTypeAmbiguities() {
        assertEquals(List.of(), catalog.warnings());
    }

    // ------------------------------------------------------------ title normalisation

    @Test
    void titlesAreNormalised() {
        assertEquals("defence minister", Catalog.normaliseTitle("Defense Minister"));
        assertEquals("defence minister", Catalog.normaliseTitle("the then-defense minister"));
        assertEquals("defence minister", Catalog.normaliseTitle("Secretary of Defense"));
        assertEquals("defence minister", Catalog.normaliseTitle("minister of national defense"));
        assertEquals("foreign minister", Catalog.normaliseTitle("Foreign Secretary"));
        assertEquals("leader", Catalog.normaliseTitle("Supreme Leader"));
        assertEquals("spokesman", Catalog.normaliseTitle("press secretary"));
        assertEquals("secretary general", Catalog.normaliseTitle("Secretary-General"));
        assertEquals("national security adviser", Catalog.normaliseTitle("National Security Advisor"));
        assertEquals("chief of the general staff", Catalog.normaliseTitle("chief of general staff"));
        assertEquals("prime minister", Catalog.normaliseTitle("  Prime   Minister "));
        assertNull(Catalog.normaliseTitle(null));
    }

    // ------------------------------------------------------------ validation on load

    @Test
    void loadsFromPathsAndStreamsAsOneGraph(@TempDir Path dir) throws Exception {
        Path states = dir.resolve("s.ttl");
        Files.writeString(states, PREFIXES + """
                res:Q159 a nkg:State ; rdfs:label "Russia" ; cat:demonym "Russian" ; cat:seat "Moscow" ;
                  owl:sameAs wd:Q159 .
                """);
        Catalog small = Catalog.load(List.of(states, turtle("""
                res:person-test-minister a nkg:Person ; rdfs:label "Test Minister" ; cat:surname "Minister" ;
                  cat:holds [ cat:title "Minister of Defense" ; cat:of res:Q159 ; cat:from "2020-01-01"^^xsd:date ] .
                """)));
        assertEquals(2, small.entries().size());
        CatalogEntry person = small.get("person-test-minister").orElseThrow();
        assertNull(person.entity().wikidataId());
        assertEquals(List.of(new RoleHolding("defence minister", "Q159", LocalDate.of(2020, 1, 1), null)),
                person.roles());
        assertEquals("Q159", small.get("Q159").orElseThrow().entity().wikidataId());
    }

    @Test
    void rejectsAnEntryWithoutALabelOrWithTwo() {
        var e = assertThrows(Catalog.CatalogException.class, () -> Catalog.load(List.of(turtle("""
                res:state-nolabel a nkg:State .
                res:state-twolabels a nkg:State ; rdfs:label "A", "B" .
                """))));
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    @Test
    void rejectsAnEntryWithTwoClassesOrNone() {
        assertThrows(Catalog.CatalogException.class, () -> Catalog.load(List.of(turtle(
                "res:place-x a nkg:Place, nkg:State ; rdfs:label \"X\" .\n"))));
        assertThrows(Catalog.CatalogException.class, () -> Catalog.load(List.of(turtle(
                "res:place-y rdfs:label \"Y\" .\n"))));
    }

    @Test
    void rejectsMalformedOrMismatchedSameAs() {
        assertThrows(Catalog.CatalogException.class, () -> Catalog.load(List.of(turtle(
                "res:Q1 a nkg:Place ; rdfs:label \"X\" ; owl:sameAs <http://example.org/Q1> .\n"))));
        assertThrows(Catalog.CatalogException.class, () -> Catalog.load(List.of(turtle(
                "res:Q1 a nkg:Place ; rdfs:label \"X\" ; owl:sameAs wd:Q2 .\n"))));
        assertThrows(Catalog.CatalogException.class, () -> Catalog.load(List.of(turtle(
                "res:Q1 a nkg:Place ; rdfs:label \"X\" .\n"))));
        assertThrows(Catalog.CatalogException.class, () -> Catalog.load(List.of(turtle(
                "res:place-x a nkg:Place ; rdfs:label \"X\" ; owl:sameAs wd:Q3 .\n"))));
        assertThrows(Catalog.CatalogException.class, () -> Catalog.load(List.of(turtle(
                "res:person-x a nkg:Place ; rdfs:label \"X\" .\n"))));
    }

    @Test
    void rejectsRolesOfUnknownEntriesAndBadTurtle() {
        assertThrows(Catalog.CatalogException.class, () -> Catalog.load(List.of(turtle("""
                res:person-x a nkg:Person ; rdfs:label "X" ; cat:holds [ cat:title "president" ; cat:of res:Q999 ] .
                """))));
        assertThrows(Catalog.CatalogException.class, () -> Catalog.load(List.of(turtle(
                "res:person-x a nkg:Person ; rdfs:label \"X ; cat:surname .\n"))));
    }

    @Test
    void warnsButLoadsWhenTwoEntriesOfOneTypeShareAnAlias() {
        Catalog small = Catalog.load(List.of(turtle("""
                res:state-a a nkg:State ; rdfs:label "Alpha" ; skos:altLabel "Congo" .
                res:state-b a nkg:State ; rdfs:label "Beta" ; skos:altLabel "Congo" .
                res:person-congo a nkg:Person ; rdfs:label "Congo" .
                """)));
        assertEquals(1, small.warnings().size(), small.warnings().toString());
        assertTrue(small.warnings().get(0).contains("Congo"));
        assertEquals(3, small.byAlias("Congo").size());
    }

    @Test
    void entryListsAreImmutable() {
        CatalogEntry kim = catalog.get("Q56226").orElseThrow();
        assertThrows(UnsupportedOperationException.class, () -> kim.aliases().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> catalog.entries().clear());
    }
}
