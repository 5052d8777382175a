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

    private static String names(List<EntityMention> ms) {
        return ms.stream().map(m -> m.surface() + "=" + m.entity().type() + ":" + m.entity().key()).toList().toString();
    }

    @Test
    void organizationHeadsTypeAndKeepTheWholeRun() {
        List<EntityMention> ms = recognize("The Chilean National Police said the Coastal Service Unit would patrol the bay. "
                + "Analysts at the Andean Institute of Maritime Studies and the Valparaiso Ocean Forum agreed. "
                + "Ministers discussed the Pacific Mobility Agreement.", LocalDate.of(2026, 3, 4));
        for (String org : List.of("Chilean National Police", "Coastal Service Unit", "Andean Institute of Maritime Studies",
                "Valparaiso Ocean Forum")) {
            assertEquals(EntityType.Organization, at(ms, org).orElseThrow(() -> new AssertionError(org + " in " + names(ms)))
                    .entity().type(), org);
        }
        assertEquals(EntityType.Treaty, at(ms, "Pacific Mobility Agreement").orElseThrow(() -> new AssertionError(names(ms)))
                .entity().type());
        assertFalse(ms.stream().anyMatch(m -> m.entity().type() == EntityType.Person), names(ms));
    }

    @Test
    void hyphensParticlesAndSpeakersMakePeopleReferredToLaterByPartOfTheName() {
        List<EntityMention> ms = recognize("Relief reached the valley, said Anne-Marie Duchamp-Leclerc and Paul Saint-Aubin. "
                + "Sheikh Faisal bin Nasser Al Kuwari met the envoy. Duchamp-Leclerc said more was needed. "
                + "Al Kuwari agreed, and Faisal later left.", LocalDate.of(2026, 3, 4));
        Entity anne = at(ms, "Anne-Marie Duchamp-Leclerc").orElseThrow(() -> new AssertionError(names(ms))).entity();
        assertEquals(EntityType.Person, anne.type());
        assertEquals(EntityType.Person, at(ms, "Paul Saint-Aubin").orElseThrow(() -> new AssertionError(names(ms))).entity().type());
        assertEquals(anne, at(ms, "Duchamp-Leclerc").orElseThrow(() -> new AssertionError(names(ms))).entity());
        Entity faisal = at(ms, "Faisal bin Nasser Al Kuwari").orElseThrow(() -> new AssertionError(names(ms))).entity();
        assertEquals(faisal, at(ms, "Al Kuwari").orElseThrow(() -> new AssertionError(names(ms))).entity());
        assertEquals(faisal, at(ms, "Faisal").orElseThrow(() -> new AssertionError(names(ms))).entity());
    }

    @Test
    void aTitleBeforeACommaIntroducesAPersonWhoseSurnameRecurs() {
        List<EntityMention> ms = recognize("A Lagos-based economist, Chidi Okonkwo, expects growth. "
                + "Okonkwo added that prices would fall.", LocalDate.of(2026, 3, 4));
        Entity chidi = at(ms, "Chidi Okonkwo").orElseThrow(() -> new AssertionError(names(ms))).entity();
        assertEquals(EntityType.Person, chidi.type());
        assertEquals(chidi, at(ms, "Okonkwo").orElseThrow().entity());
        assertEquals(EntityType.Place, at(ms, "Lagos").orElseThrow(() -> new AssertionError(names(ms))).entity().type(),
                "a city before -based is the city");
    }

    @Test
    void ambiguousShortFormsNeedTheArticleToNameTheirEntity() {
        List<EntityMention> ms = recognize("No decision was taken in Lima. Farmers from the North marched south, "
                + "and the AU was not mentioned.", LocalDate.of(2026, 3, 4));
        assertFalse(ms.stream().anyMatch(m -> m.surface().equals("No")), names(ms));
        assertFalse(ms.stream().anyMatch(m -> m.surface().equals("the North")), names(ms));
        assertFalse(ms.stream().anyMatch(m -> m.surface().equals("AU")), names(ms));
        List<EntityMention> named = recognize("The African Union sent observers. The AU said they would stay.",
                LocalDate.of(2026, 3, 4));
        assertEquals("Q7159", at(named, "AU").orElseThrow(() -> new AssertionError(names(named))).entity().key(),
                "supported by the full name");
    }

    @Test
    void coordinatedPlacesAndDatelinesAndSeatsUsedAsPlaces() {
        List<EntityMention> ms = recognize("MOMBASA — Floods hit homes in Kessan and Dorval on Sunday. "
                + "A ship docked at the port of Colombo.", LocalDate.of(2026, 3, 4));
        assertEquals(EntityType.Place, at(ms, "MOMBASA").orElseThrow(() -> new AssertionError(names(ms))).entity().type());
        List<EntityMention> rubric = recognize("BREAKING - Floods hit homes on Sunday.", LocalDate.of(2026, 3, 4));
        assertFalse(rubric.stream().anyMatch(m -> m.surface().equals("BREAKING")), names(rubric));
        assertEquals(EntityType.Place, at(ms, "Kessan").orElseThrow(() -> new AssertionError(names(ms))).entity().type());
        assertEquals(EntityType.Place, at(ms, "Dorval").orElseThrow(() -> new AssertionError(names(ms))).entity().type());
        EntityMention colombo = at(ms, "Colombo").orElseThrow(() -> new AssertionError(names(ms)));
        assertEquals(EntityType.Place, colombo.entity().type(), "the city, not the government of Sri Lanka");
    }

    @Test
    void eachAuthorOfAJointBylineIsAPerson() {
        List<EntityMention> ms = RECOGNIZER.recognize(new NlpAnnotator().annotate(TestArticles.of("b",
                "Harbour reopens\n\nBy Ida Brennan and Omar Sayegh\n\nThe harbour reopened on Friday after the storm passed.")),
                LocalDate.of(2026, 3, 4));
        assertTrue(at(ms, "Ida Brennan").isPresent(), names(ms));
        assertTrue(at(ms, "Omar Sayegh").isPresent(), names(ms));
        assertFalse(ms.stream().anyMatch(m -> m.surface().contains(" and ")), names(ms));
    }

    @Test
    void namesWithLowerCaseParticlesStayWhole() {
        List<EntityMention> ms = recognize("President Luiz Carlos Mendes da Rocha met the envoy. Da Rocha said little.",
                LocalDate.of(2026, 3, 4));
        assertTrue(at(ms, "Luiz Carlos Mendes da Rocha").isPresent(), names(ms));
    }

    @Test
    void anOrdinalOpensAPlaceNameAndLowerCaseAgreementsReferToTheNamedOne() {
        List<EntityMention> ms = recognize("Boats collided near Third Marlin Reef on Friday. Both navies then signed the "
                + "Coastal Patrol Accord. The patrol accord takes effect in May, and the security pact was praised.",
                LocalDate.of(2026, 3, 4));
        assertEquals(EntityType.Place, at(ms, "Third Marlin Reef").orElseThrow(() -> new AssertionError(names(ms))).entity().type());
        Entity accord = at(ms, "Coastal Patrol Accord").orElseThrow(() -> new AssertionError(names(ms))).entity();
        assertEquals(accord, at(ms, "patrol accord").orElseThrow(() -> new AssertionError(names(ms))).entity());
        assertEquals(accord, at(ms, "security pact").orElseThrow(() -> new AssertionError(names(ms))).entity());
    }

    @Test
    void peopleMetOrQuotedAfterATimeAndTownsTheTaggerDoesNotKnow() {
        List<EntityMention> ms = recognize("Officials met Halina Brzoza on January 27 in Gniewkowo. Troops arrived in "
                + "Szubin on Friday. Tadeusz Lipka on Wednesday said the roads were open. The minister visited Kcynia.",
                LocalDate.of(2026, 3, 4));
        assertEquals(EntityType.Person, at(ms, "Halina Brzoza").orElseThrow(() -> new AssertionError(names(ms))).entity().type());
        assertEquals(EntityType.Person, at(ms, "Tadeusz Lipka").orElseThrow(() -> new AssertionError(names(ms))).entity().type());
        for (String town : List.of("Gniewkowo", "Szubin", "Kcynia")) {
            assertEquals(EntityType.Place, at(ms, town).orElseThrow(() -> new AssertionError(town + " in " + names(ms))).entity().type());
        }
        assertFalse(ms.stream().anyMatch(m -> m.surface().endsWith(" on")), names(ms));
        List<EntityMention> origin = recognize("Jan Brzoza, a welder from Mazury, said the pay was good.", LocalDate.of(2026, 3, 4));
        assertEquals(EntityType.Place, at(origin, "Mazury").orElseThrow(() -> new AssertionError(names(origin))).entity().type());
    }

    @Test
    void currentHeadsOfGovernmentAreInTheCatalog() {
        List<EntityMention> ms = recognize("Luiz Inácio Lula da Silva hosted the summit. Lula spoke first.",
                LocalDate.of(2026, 3, 4));
        Entity lula = at(ms, "Luiz Inácio Lula da Silva").orElseThrow(() -> new AssertionError(names(ms))).entity();
        assertEquals(lula, at(ms, "Lula").orElseThrow().entity());
        assertEquals(List.of(lula.key()), Catalog.loadDefault().holders("president", "Q155", LocalDate.of(2026, 3, 4))
                .stream().map(CatalogEntry::key).toList());
    }

    @Test
    void longPlaceAndAgencyNamesKeepTheirFirstWordWhateverTheTaggerSays() {
        List<EntityMention> ms = recognize("Jets landed at Lyon's Marcel Dassier International Airport. "
                + "Marcel Dassier International Airport reopened later. The Haitian National Police and the "
                + "Kenya National Police Service met.", LocalDate.of(2026, 3, 4));
        Entity airport = at(ms, "Marcel Dassier International Airport").orElseThrow(() -> new AssertionError(names(ms))).entity();
        assertEquals(EntityType.Place, airport.type());
        assertEquals(2, ms.stream().filter(m -> m.entity().equals(airport)).count(), names(ms));
        assertEquals(EntityType.Organization, at(ms, "Haitian National Police").orElseThrow(() -> new AssertionError(names(ms)))
                .entity().type());
        assertEquals(EntityType.Organization, at(ms, "Kenya National Police Service").orElseThrow(() -> new AssertionError(names(ms)))
                .entity().type());
    }

    @Test
    void capitalsAreCitiesWhereverTheContextSaysPlace() {
        List<EntityMention> ms = recognize("Talks in Lisbon and Madrid ended. Protests in central Vienna grew. Crowds met "
                + "in the Czech capital, Prague, on Friday. In Oslo, envoys waited. Vienna said it would respond.",
                LocalDate.of(2026, 3, 4));
        for (String city : List.of("Lisbon", "Madrid", "Prague", "Oslo")) {
            assertEquals(EntityType.Place, at(ms, city).orElseThrow(() -> new AssertionError(city + " in " + names(ms))).entity().type(), city);
        }
        assertEquals(EntityType.Place, ms.stream().filter(m -> m.surface().equals("Vienna")).findFirst().orElseThrow().entity().type());
        assertEquals(EntityType.State, ms.stream().filter(m -> m.surface().equals("Vienna")).reduce((a, b) -> b).orElseThrow()
                .entity().type(), "a capital that speaks is its government");
    }

    @Test
    void titlesInsideAgencyNamesAndTitlePhrasesBeforeAPerson() {
        List<EntityMention> ms = recognize("Interior Cabinet Secretary Wanjiru Kamande said recruits trained with the "
                + "General Service Unit. The Organization of Caribbean Ports objected. Unrest spread to Riviere-des-Pins "
                + "and Morne-Rouge. Kamande, who served in Somalia, disagreed. Human Rights Watch was worried.",
                LocalDate.of(2026, 3, 4));
        Entity kamande = at(ms, "Wanjiru Kamande").orElseThrow(() -> new AssertionError(names(ms))).entity();
        assertEquals(EntityType.Person, kamande.type());
        assertEquals(kamande, at(ms, "Kamande").orElseThrow(() -> new AssertionError(names(ms))).entity());
        for (String org : List.of("General Service Unit", "Organization of Caribbean Ports", "Human Rights Watch")) {
            assertEquals(EntityType.Organization, at(ms, org).orElseThrow(() -> new AssertionError(org + " in " + names(ms)))
                    .entity().type(), org);
        }
        assertEquals(EntityType.Place, at(ms, "Morne-Rouge").orElseThrow(() -> new AssertionError(names(ms))).entity().type());
    }
}
