package org.newskg.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestArticles;
import org.newskg.nlp.NlpAnnotator;

/** The post-recognition step: recognized mentions in, the same mentions with linked entities out. */
class OnlineLinkingTest {
    private static final Catalog CATALOG = Catalog.loadDefault();
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(CATALOG);
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

    private OnlineLinking linking() {
        return new OnlineLinking(new WikidataLinker(WikidataLinker.Settings.defaults()
                .withBaseUrl(server.baseUrl()).withCacheDir(cache)), CATALOG);
    }

    private static List<EntityMention> recognize(String text) {
        return RECOGNIZER.recognize(new NlpAnnotator().annotate(TestArticles.of("t", text)), DATE);
    }

    @Test
    void everyMentionOfALinkedEntityRefersToTheLinkedEntity() {
        List<EntityMention> found = recognize("Poland's defence minister Marek Kowalczyk said on Tuesday that Warsaw "
                + "would send more artillery shells to Ukraine. Kowalczyk added that the first shipment would leave in June.");
        List<EntityMention> linked = linking().link(found, DATE);
        assertEquals(found.size(), linked.size());
        Entity minister = new Entity("Q110912345", EntityType.Person, "Marek Kowalczyk", "Q110912345");
        List<EntityMention> his = linked.stream().filter(m -> m.entity().equals(minister)).toList();
        assertEquals(List.of("Marek Kowalczyk", "Kowalczyk"), his.stream().map(EntityMention::surface).toList(),
                "the short name follows the full name");
        assertTrue(his.stream().allMatch(m -> m.rule().endsWith(OnlineLinking.RULE_SUFFIX)), "provenance of the link");
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).entity().wikidataId() != null) {
                assertSame(found.get(i), linked.get(i), "catalog mentions pass through untouched");
            }
            assertEquals(found.get(i).begin(), linked.get(i).begin());
        }
    }

    @Test
    void theContextHoldsTheStatesMentionedAndTheCountriesOfPlaces() {
        LinkContext ctx = linking().contextOf(recognize("Delegations gathered in Warsaw and Kyiv on Monday."), DATE);
        assertTrue(ctx.stateQids().contains("Q36"), "Warsaw is in Poland: " + ctx);
        assertTrue(ctx.stateWords().contains("polish"));
        assertEquals(DATE, ctx.date());
    }

    @Test
    void unknownNamesWithoutAGoodCandidateStayAsTheyWere() {
        List<EntityMention> found = recognize("Col. Ingrid Halvorsen of the Baltic Defence Institute inspected the "
                + "Tartu region on Monday.");
        List<EntityMention> linked = linking().link(found, DATE);
        assertEquals(found, linked);
    }
}
