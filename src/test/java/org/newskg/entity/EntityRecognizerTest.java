package org.newskg.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.TestArticles;
import org.newskg.nlp.NlpAnnotator;

class EntityRecognizerTest {
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(Catalog.loadDefault());

    private List<EntityMention> recognize(String text, LocalDate date) {
        return RECOGNIZER.recognize(new NlpAnnotator().annotate(TestArticles.of("t", text)), date);
    }

    private static Optional<EntityMention> at(List<EntityMention> ms, String surface) {
        return ms.stream().filter(m -> m.surface().equals(surface)).findFirst();
    }

    @Test
    void findsCatalogNamesDemonymsAndSeats() {
        List<EntityMention> ms = recognize("Chinese officials said Beijing would send a delegation to Iran, "
                + "while the Kremlin stayed silent.", LocalDate.of(2025, 3, 4));
        assertEquals("Q148", at(ms, "Chinese").orElseThrow().entity().key());
        assertEquals(MentionKind.DEMONYM, at(ms, "Chinese").orElseThrow().kind());
        assertEquals("Q148", at(ms, "Beijing").orElseThrow().entity().key(), "a capital as subject is its government");
        assertEquals("Q794", at(ms, "Iran").orElseThrow().entity().key());
        assertEquals("Q159", at(ms, "the Kremlin").orElseThrow().entity().key());
    }

    @Test
    void aCapitalAfterALocativePrepositionIsTheCity() {
        List<EntityMention> ms = recognize("Delegations gathered in Beijing for the talks.", LocalDate.of(2025, 3, 4));
        EntityMention beijing = at(ms, "Beijing").orElseThrow();
        assertEquals(EntityType.Place, beijing.entity().type());
    }

    @Test
    void unknownNamesAreTypedByTheirCues() {
        List<EntityMention> ms = recognize("Col. Ingrid Halvorsen of the Baltic Defence Institute inspected the "
                + "Tartu region on Monday. Halvorsen said the drills went well.", LocalDate.of(2025, 3, 4));
        EntityMention person = at(ms, "Ingrid Halvorsen").orElseThrow();
        assertEquals(EntityType.Person, person.entity().type());
        assertEquals("person-ingrid-halvorsen", person.entity().key());
        assertEquals(EntityType.Organization, at(ms, "Baltic Defence Institute").orElseThrow().entity().type());
        assertEquals(EntityType.Place, at(ms, "Tartu region").orElseThrow().entity().type());
        assertEquals(person.entity(), at(ms, "Halvorsen").orElseThrow().entity(), "surname refers back");
        assertFalse(ms.stream().anyMatch(m -> m.surface().equals("Monday")), "weekdays are not entities");
    }

    @Test
    void aNameEndsBeforeTheWeekdayThatFollowsIt() {
        List<EntityMention> ms = recognize("Shells hit a clinic in Port Marlow on Sunday and a school in Kessan "
                + "on Friday, witnesses said.", LocalDate.of(2025, 3, 4));
        assertTrue(at(ms, "Port Marlow").isPresent(), "names: " + ms.stream().map(EntityMention::surface).toList());
        assertTrue(at(ms, "Kessan").isPresent(), "names: " + ms.stream().map(EntityMention::surface).toList());
        assertFalse(ms.stream().anyMatch(m -> m.surface().endsWith(" on")), "a trailing connector is cut off");
    }

    @Test
    void roleDescriptionsResolveToTheHolderAtTheArticleDate() {
        List<EntityMention> ms = recognize("Russia's defence minister arrived for the talks.", LocalDate.of(2023, 7, 26));
        assertEquals("Q32024", at(ms, "Russia's defence minister").orElseThrow().entity().key());
        List<EntityMention> later = recognize("Russia's defence minister arrived for the talks.", LocalDate.of(2024, 11, 1));
        assertFalse(later.stream().anyMatch(m -> m.entity().key().equals("Q32024")));
    }

    @Test
    void gluedTitlesAndMiddleInitialsStillFindThePerson() {
        List<EntityMention> ms = recognize("President Vladimir V.Putin spoke. Later Mr.Putin left.", LocalDate.of(2024, 5, 1));
        assertTrue(ms.stream().filter(m -> m.entity().key().equals("Q7747")).count() >= 2, ms.toString());
    }

    @Test
    void acronymsInBracketsParticlesAndPlacePrefixes() {
        List<EntityMention> ms = recognize("Fighters of the Coastal Defence Front (CDF) shelled Port Sudan. "
                + "The CDF later met President Karim al-Rashidi near Tobruk.", LocalDate.of(2025, 3, 4));
        Entity front = at(ms, "Coastal Defence Front").orElseThrow().entity();
        assertEquals(EntityType.Organization, front.type());
        assertEquals(front, ms.stream().filter(m -> m.surface().equals("CDF")).reduce((a, b) -> b).orElseThrow().entity());
        assertEquals(EntityType.Place, at(ms, "Port Sudan").orElseThrow().entity().type(), "not the state of Sudan");
        assertFalse(ms.stream().anyMatch(m -> m.entity().key().equals("Q1049")));
        assertEquals(EntityType.Person, at(ms, "Karim al-Rashidi").orElseThrow().entity().type());
        assertEquals(EntityType.Place, at(ms, "Tobruk").orElseThrow().entity().type());
    }

    @Test
    void theTwoLeadersAreTheHeadsOfTheArticlesTwoStates() {
        List<EntityMention> ms = recognize("China and Russia expanded trade. Russia sold oil to China. "
                + "The two leaders met in June.", LocalDate.of(2024, 8, 1));
        List<String> keys = ms.stream().filter(m -> m.surface().equals("The two leaders")).map(m -> m.entity().key()).toList();
        assertTrue(keys.containsAll(List.of("Q15031", "Q7747")), keys.toString());
    }
}
