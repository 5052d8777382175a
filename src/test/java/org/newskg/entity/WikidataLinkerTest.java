package org.newskg.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.entity.WikidataLinker.LinkDecision;
import org.newskg.entity.WikidataLinker.Outcome;
import org.newskg.entity.WikidataLinker.ScoredCandidate;

/** The online linker against a real HTTP server on loopback that answers like Wikidata. */
class WikidataLinkerTest {
    private static final Catalog CATALOG = Catalog.loadDefault();
    private static final LocalDate DATE = LocalDate.of(2024, 5, 14);
    private static WikidataTestServer server;

    @TempDir
    Path cache;

    @BeforeAll
    static void start() throws IOException {
        server = new WikidataTestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private WikidataLinker linker() {
        return new WikidataLinker(WikidataLinker.Settings.defaults().withBaseUrl(server.baseUrl()).withCacheDir(cache));
    }

    private static LinkContext states(LocalDate date, String... stateKeys) {
        return LinkContext.fromCatalog(CATALOG, List.of(stateKeys), date);
    }

    private static Entity unknown(EntityType type, String name) {
        return new Entity(type.name().toLowerCase() + "-" + EntityRecognizer.slug(name), type, name, null);
    }

    @Test
    void linksTheNamesakeFromTheArticlesCountry() {
        WikidataLinker linker = linker();
        int before = server.requests();
        Optional<Entity> linked = linker.link(unknown(EntityType.Person, "Marek Kowalczyk"), "Marek Kowalczyk",
                states(DATE, "Q36"));
        assertEquals(Optional.of(new Entity("Q110912345", EntityType.Person, "Marek Kowalczyk", "Q110912345")), linked);
        assertEquals(2, server.requests() - before, "one search, one claims fetch");
        assertEquals(2, linker.httpRequests());

        Map<String, String> search = server.queries().get(server.queries().size() - 2);
        assertEquals(Map.of("action", "wbsearchentities", "search", "Marek Kowalczyk", "language", "en",
                "type", "item", "limit", "7", "format", "json"), search);
        Map<String, String> claims = server.queries().get(server.queries().size() - 1);
        assertEquals(Map.of("action", "wbgetentities", "ids", "Q110912345|Q97654321",
                "props", "claims|labels|descriptions|aliases", "languages", "en", "format", "json"), claims);
        assertTrue(server.userAgents().stream().allMatch(ua -> ua != null && ua.startsWith("NewsKG/")),
                "a descriptive User-Agent: " + server.userAgents());

        LinkDecision d = linker.decide(EntityType.Person, "Marek Kowalczyk", states(DATE, "Q36"));
        ScoredCandidate chess = d.candidates().get(1);
        assertEquals("Q97654321", chess.qid());
        assertTrue(d.candidates().get(0).score() - chess.score() >= 0.15, "the namesake abroad is clearly behind");
        assertTrue(chess.evidence().stream().anyMatch(e -> e.contains("not among the article's states")));
    }

    @Test
    void anAmbiguousNameFollowsTheEntityTypeAndTheArticlesCountry() {
        WikidataLinker linker = linker();
        LinkDecision city = linker.decide(EntityType.Place, "Jackson", states(DATE, "Q30"));
        assertEquals(Outcome.LINKED, city.outcome());
        assertEquals("Q130501", city.chosen().orElseThrow().qid(), "a place in a US story is the city");

        LinkDecision footballer = linker.decide(EntityType.Person, "Jackson", states(DATE, "Q117"));
        assertEquals(Outcome.LINKED, footballer.outcome());
        assertEquals("Q130502", footballer.chosen().orElseThrow().qid(), "a person in a Ghanaian story");
        assertFalse(footballer.candidates().stream().filter(c -> c.qid().equals("Q130501")).findFirst()
                .orElseThrow().eligible(), "a city is never a person");
        assertFalse(footballer.candidates().stream().filter(c -> c.qid().equals("Q130503")).findFirst()
                .orElseThrow().eligible(), "nor is a family name");

        LinkDecision stranger = linker.decide(EntityType.Person, "Jackson", states(DATE, "Q30"));
        assertEquals(Outcome.BELOW_THRESHOLD, stranger.outcome(), "a Ghanaian footballer is not a US story's Jackson");
        assertTrue(linker.link(unknown(EntityType.Person, "Jackson"), "Jackson", states(DATE, "Q30")).isEmpty());
    }

    @Test
    void aCandidateBelowTheThresholdStaysUnlinked() {
        WikidataLinker linker = linker();
        Entity person = unknown(EntityType.Person, "Tomasz Zielinski");
        LinkDecision d = linker.decide(EntityType.Person, "Tomasz Zielinski", states(DATE, "Q212"));
        assertEquals(Outcome.BELOW_THRESHOLD, d.outcome());
        assertEquals(1, d.candidates().size());
        assertTrue(d.candidates().get(0).score() < 0.7, "name and type alone are not enough: " + d.candidates());
        assertTrue(d.candidates().get(0).evidence().contains("label match"), "diacritics do not matter");
        assertTrue(linker.link(person, "Tomasz Zielinski", LinkContext.none()).isEmpty(), "nothing in the article for it");

        WikidataLinker lenient = new WikidataLinker(linker.settings().withThreshold(0.5));
        assertEquals("Q120734561", lenient.link(person, "Tomasz Zielinski", LinkContext.none()).orElseThrow().wikidataId(),
                "the threshold is a setting");
    }

    @Test
    void theBestMustBeatTheSecondClearlyAndTheArticleDateCanPartThem() {
        WikidataLinker linker = linker();
        LinkDecision twins = linker.decide(EntityType.Person, "Piotr Nowak", states(DATE, "Q36"));
        assertEquals(Outcome.AMBIGUOUS, twins.outcome(), "two Polish politicians of one name: " + twins.candidates());

        LinkDecision in1995 = linker.decide(EntityType.Person, "Piotr Nowak", states(LocalDate.of(1995, 6, 1), "Q36"));
        assertEquals(Outcome.LINKED, in1995.outcome());
        assertEquals("Q115550001", in1995.chosen().orElseThrow().qid(),
                "the one born in 1998 cannot be in a 1995 story (a deprecated older birth date does not count)");
    }

    @Test
    void organizationsFitByTheTypesFile() {
        WikidataLinker linker = linker();
        Entity org = unknown(EntityType.Organization, "Carpathian Policy Institute");
        assertEquals("Q124400777", linker.link(org, org.label(), states(DATE, "Q36")).orElseThrow().key());
        assertEquals(Outcome.NO_FIT, linker.decide(EntityType.Person, "Carpathian Policy Institute",
                states(DATE, "Q36")).outcome(), "a research institute is not a person");
        assertEquals(Outcome.NO_FIT, linker.decide(EntityType.Place, "Carpathian Policy Institute",
                states(DATE, "Q36")).outcome(), "an organization with an address is still not a place");
    }

    @Test
    void failuresLeaveTheEntityUnlinkedAndExtractionGoesOn() throws IOException {
        WikidataLinker linker = new WikidataLinker(WikidataLinker.Settings.defaults().withBaseUrl(server.baseUrl())
                .withCacheDir(cache).withTimeout(Duration.ofMillis(400)));
        for (String name : List.of("Server Failure", "Broken Reply", "Vanishing Item")) {
            assertEquals(Outcome.UNAVAILABLE, linker.decide(EntityType.Person, name, states(DATE, "Q36")).outcome(), name);
            assertTrue(linker.link(unknown(EntityType.Person, name), name, LinkContext.none()).isEmpty(), name);
        }
        long t0 = System.nanoTime();
        assertEquals(Outcome.UNAVAILABLE, linker.decide(EntityType.Person, "Slow Reply", LinkContext.none()).outcome());
        assertTrue(Duration.ofNanos(System.nanoTime() - t0).toMillis() < WikidataTestServer.SLOW_MILLIS,
                "the timeout cut the wait short");
        assertEquals("Q110912345", linker.link(unknown(EntityType.Person, "Marek Kowalczyk"), "Marek Kowalczyk",
                states(DATE, "Q36")).orElseThrow().key(), "the linker still works after failures");

        // only good answers are kept: the search for "Vanishing Item" and Kowalczyk's two answers
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(3, files.filter(f -> f.toString().endsWith(".json")).count());
        }
        long before = linker.httpRequests();
        linker.decide(EntityType.Person, "Server Failure", LinkContext.none());
        assertEquals(before + 1, linker.httpRequests(), "a failure is asked again next time, not cached");
    }

    @Test
    void theCacheMakesASecondRunIssueNoRequests(@TempDir Path ownCache) throws IOException {
        List<String> names = List.of("Marek Kowalczyk", "Jackson", "Tomasz Zielinski", "Piotr Nowak", "Nobody Known");
        WikidataLinker.Settings settings;
        List<LinkDecision> firstRun;
        try (WikidataTestServer own = new WikidataTestServer()) {
            settings = WikidataLinker.Settings.defaults().withBaseUrl(own.baseUrl()).withCacheDir(ownCache)
                    .withTimeout(Duration.ofSeconds(2));
            WikidataLinker first = new WikidataLinker(settings);
            firstRun = names.stream().map(n -> first.decide(EntityType.Person, n, states(DATE, "Q36", "Q117"))).toList();
            assertEquals(9, own.requests(), "four searches with candidates and their claims, one empty search");
            assertEquals(0, first.cacheHits());

            WikidataLinker second = new WikidataLinker(settings);
            List<LinkDecision> secondRun = names.stream()
                    .map(n -> second.decide(EntityType.Person, n, states(DATE, "Q36", "Q117"))).toList();
            assertEquals(9, own.requests(), "the second run asked the server nothing");
            assertEquals(0, second.httpRequests());
            assertEquals(9, second.cacheHits());
            assertEquals(firstRun, secondRun, "a run is repeatable from the cache");
        }
        // with the server gone, the cache alone answers
        WikidataLinker offline = new WikidataLinker(settings);
        assertEquals(firstRun, names.stream().map(n -> offline.decide(EntityType.Person, n, states(DATE, "Q36", "Q117"))).toList());
        assertEquals(0, offline.httpRequests());
        assertEquals(Outcome.LINKED, firstRun.get(0).outcome());
    }

    @Test
    void anUnreachableServiceIsLeftAloneAfterAFewFailures(@TempDir Path ownCache) throws IOException {
        WikidataLinker linker = new WikidataLinker(WikidataLinker.Settings.defaults()
                .withBaseUrl(URI.create("http://127.0.0.1:" + closedPort())).withCacheDir(ownCache)
                .withTimeout(Duration.ofSeconds(2)));
        for (String name : List.of("Alpha One", "Beta Two", "Gamma Three", "Delta Four", "Epsilon Five")) {
            assertTrue(linker.link(unknown(EntityType.Person, name), name, LinkContext.none()).isEmpty());
        }
        assertEquals(WikidataApi.MAX_NETWORK_FAILURES, linker.httpRequests());
    }

    @Test
    void linkedEntitiesAndTreatiesAreNotLookedUp() {
        WikidataLinker linker = linker();
        assertTrue(linker.link(new Entity("Q36", EntityType.State, "Poland", "Q36"), "Poland", LinkContext.none()).isEmpty());
        assertEquals(Outcome.NOT_LINKABLE, linker.decide(EntityType.Treaty, "New START Treaty", LinkContext.none()).outcome());
        assertEquals(0, linker.httpRequests());
    }

    @Test
    void theTypesFileMapsOurClassesToWikidataClasses() {
        WikidataTypes types = WikidataTypes.loadDefault();
        assertTrue(types.fits(EntityType.Person, Set.of("Q5"), false, false));
        assertTrue(types.fits(EntityType.State, Set.of("Q3624078", "Q6256"), true, true));
        assertTrue(types.fits(EntityType.Organization, Set.of("Q7278"), false, true));
        assertTrue(types.fits(EntityType.Place, Set.of("Q515"), true, true));
        assertFalse(types.fits(EntityType.Place, Set.of("Q5"), true, true), "a person is not a place");
        assertFalse(types.fits(EntityType.Place, Set.of("Q6256"), true, true), "our places are not states");
        assertFalse(types.fits(EntityType.Place, Set.of("Q4167410"), false, false), "a place is somewhere");
        assertEquals("P27", types.countryProperty(EntityType.Person));
        assertEquals("P17", types.countryProperty(EntityType.Organization));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
