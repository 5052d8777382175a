package org.newskg.entity;

import static org.newskg.entity.NameFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kinds of name the catalog cannot know, each on sentences written for this test (other countries, invented
 * bodies and towns): the recognizer must type them from the words around them, as it must on tomorrow's news.
 */
class NameKindsTest {

    @Test
    void organizationsWhoseNameEndsInAnInstitutionalHeadNoun() {
        List<EntityMention> ms = recognize("Inspectors toured the Varnak Ammunition Works and the Kestrel Tractor Plant "
                + "on Tuesday. The Overseas Workers Welfare Board says 900 workers came home. The Andean Pension Fund "
                + "and the Coastal Development Agency declined to comment.");
        assertType(ms, EntityType.Organization, "Varnak Ammunition Works", "Kestrel Tractor Plant",
                "Overseas Workers Welfare Board", "Andean Pension Fund", "Coastal Development Agency");
        assertFalse(ms.stream().anyMatch(m -> m.entity().type() == EntityType.Person),
                "'... Board says' is no speaker: " + names(ms));
    }

    @Test
    void aMissionNamedByCapitalsKeepsItsLowerCaseHead() {
        List<EntityMention> ms = recognize("Troops of the Multinational Maritime Stabilisation mission patrolled the coast.");
        assertType(ms, EntityType.Organization, "Multinational Maritime Stabilisation mission");
    }

    @Test
    void acronymsIntroducedByAKindOfOrganizationOrSpellingItsInitials() {
        List<EntityMention> ms = recognize("Exports rose 4 percent, according to the Chilean mining agency COMINSA. "
                + "Peru's development bank COFIDA financed the port. The Andean Water Authority (AWA) approved it, and "
                + "the Lake Basin Recovery Corporation said the LBRC would help.");
        assertType(ms, EntityType.Organization, "COMINSA", "COFIDA", "Andean Water Authority");
        assertEquals("Q298", at(ms, "Chilean").entity().key(), "the state stays a mention of its own");
        assertEquals(at(ms, "Andean Water Authority").entity(), at(ms, "AWA").entity());
        assertEquals(at(ms, "Lake Basin Recovery Corporation").entity(), at(ms, "LBRC").entity(),
                "an acronym spelling an organization's initials names it");
    }

    @Test
    void oneWordOrganizationsIntroducedByWhatTheyAre() {
        List<EntityMention> ms = recognize("The copper miner Kafubo and the rebel alliance Tumaini Moja agreed a truce. "
                + "Kafubo later denied it. Zambexa, the state power utility, cut supplies to the trade bloc Sadeco. "
                + "Gunmen from the Los Lobos gang killed four people, and the Karaba gang coalition claimed it.");
        assertType(ms, EntityType.Organization, "Kafubo", "Tumaini Moja", "Zambexa", "Sadeco", "Los Lobos", "Karaba");
        List<Entity> kafubo = ms.stream().filter(m -> m.surface().equals("Kafubo")).map(EntityMention::entity).toList();
        assertEquals(2, kafubo.size(), "the bare repetition is a mention too: " + names(ms));
        assertEquals(1, kafubo.stream().distinct().count(), "of the same organization: " + names(ms));
        assertNoSurface(ms, "Los Lobos gang");
    }

    @Test
    void aJobIsNoOrganizationForATwoWordPersonName() {
        List<EntityMention> ms = recognize("Ana Paz, a film producer, praised the festival in Lima.");
        assertFalse(ms.stream().anyMatch(m -> m.entity().type() == EntityType.Organization), names(ms));
    }

    @Test
    void compassNamesAreWholePlaces() {
        List<EntityMention> ms = recognize("Heavy fighting was reported in West Kordofan and South Kivu, while floods hit "
                + "the Western Cape. A convoy reached the North Marra town of Golo.");
        assertType(ms, EntityType.Place, "West Kordofan", "South Kivu", "Western Cape", "North Marra", "Golo");
        assertNoSurface(ms, "Cape");
        assertNoSurface(ms, "the North");
    }

    @Test
    void compassWordsStillFallBackToTheStateOrAnAdjective() {
        List<EntityMention> ms = recognize("Officials from North Korea visited. North American markets fell as "
                + "South African miners gained.");
        assertEquals("Q423", at(ms, "North Korea").entity().key());
        assertFalse(ms.stream().anyMatch(m -> m.entity().type() == EntityType.Place), names(ms));
    }

    @Test
    void townsNamedAfterAKindOfSettlementOrInAnApposition() {
        List<EntityMention> ms = recognize("Rebels seized the town of El Obeid and the nearby city of Al Mukalla. "
                + "Shelling hit Kamanyola, a town on the border, and the hillside suburb of Carrefour-Feuilles. "
                + "Ships docked at the port of Ilo.");
        assertType(ms, EntityType.Place, "El Obeid", "Al Mukalla", "Kamanyola", "Ilo");
        assertTrue(ms.stream().anyMatch(m -> m.surface().startsWith("Carrefour") && m.entity().type() == EntityType.Place),
                names(ms));
    }

    @Test
    void aPlaceNameModifyingACommonNounIsThePlaceAlone() {
        List<EntityMention> ms = recognize("Refugees crossed at the Abéché border point and sheltered in the Kalehe "
                + "district, near the Zamzam area and near Minova.");
        assertType(ms, EntityType.Place, "Abéché", "Kalehe", "Zamzam", "Minova");
        assertEquals("place-abeche", at(ms, "Abéché").entity().key(), "accents fold in the key");
        for (String wrong : List.of("Abéché border", "Kalehe district", "Zamzam area")) {
            assertNoSurface(ms, wrong);
        }
    }

    @Test
    void aPoliticalCampIsNoPlace() {
        List<EntityMention> ms = recognize("The Mbeki camp rejected the result on Friday.");
        assertFalse(ms.stream().anyMatch(m -> m.entity().type() == EntityType.Place), names(ms));
    }

    @Test
    void anEarlierBareMentionOfANameTypedLaterIsTheSameEntity() {
        List<EntityMention> ms = recognize("Talvik Marine won the contract on Monday. The shipbuilder Talvik Marine said "
                + "the first hull would be ready in 2028.");
        List<Entity> talvik = ms.stream().filter(m -> m.surface().equals("Talvik Marine")).map(EntityMention::entity).toList();
        assertEquals(2, talvik.size(), names(ms));
        assertEquals(1, talvik.stream().distinct().count(), names(ms));
        assertEquals(EntityType.Organization, talvik.get(0).type());
    }

    @Test
    void wellKnownRegionalBodiesByTheirAcronym() {
        List<EntityMention> ms = recognize("ECOWAS leaders met in Abuja, and SADC sent observers.");
        assertEquals("organization-economic-community-of-west-african-states", at(ms, "ECOWAS").entity().key());
        assertEquals("organization-southern-african-development-community", at(ms, "SADC").entity().key());
    }

    @Test
    void armedGroupsByAcronymButNotPeoplesBeforeRebels() {
        List<EntityMention> ms = recognize("ADF rebels attacked a village near Beni, while Tuareg rebels and Fulani "
                + "militants fought elsewhere.");
        assertType(ms, EntityType.Organization, "ADF");
        assertType(ms, EntityType.Place, "Beni");
        assertFalse(ms.stream().anyMatch(m -> m.surface().equals("Tuareg") || m.surface().equals("Fulani")), names(ms));
    }

    @Test
    void aDemonymOpeningAnOrganizationsNameIsPartOfIt() {
        List<EntityMention> ms = recognize("The Ethiopian Shipping and Logistics Services Enterprise (ESLSE) declined to "
                + "comment, and ESLSE staff went home.");
        EntityMention org = at(ms, "Ethiopian Shipping and Logistics Services Enterprise");
        assertEquals(EntityType.Organization, org.entity().type());
        assertEquals(org.entity(), at(ms, "ESLSE").entity());
    }

    @Test
    void aRegionWordAfterTheNameStillBelongsToIt() {
        List<EntityMention> ms = recognize("Drones struck the Tavria region overnight.");
        assertType(ms, EntityType.Place, "Tavria region");
    }

    @Test
    void aOneWordPlaceAfterFromOrALocativeUnknownToTheTagger() {
        List<EntityMention> ms = recognize("Troops withdrew from Kamanyola on Friday. The delegates met at COP30 in Belem.");
        assertType(ms, EntityType.Place, "Kamanyola", "Belem");
        assertNoSurface(ms, "COP30");
    }

    @Test
    void longArabicNamesWithBinOrBintArePeople() {
        List<EntityMention> ms = recognize("The Omani foreign minister met his Kuwaiti counterpart, Salem bin Nasser "
                + "Al Sabah, in Muscat. Sheikha Hind bint Faisal Al Qasimi opened the fair. Its spokesman, Ali "
                + "al-Kathiri, said the council agreed.");
        assertType(ms, EntityType.Person, "Salem bin Nasser Al Sabah", "Hind bint Faisal Al Qasimi", "Ali al-Kathiri");
    }

    @Test
    void adjectivesAloneNameNoAgreement() {
        List<EntityMention> ms = recognize("The two navies signed a separate agreement, then a reciprocal agreement, and "
                + "a bilateral agreement may follow.");
        assertFalse(ms.stream().anyMatch(m -> m.entity().type() == EntityType.Treaty), names(ms));
        List<EntityMention> named = recognize("Kenya and Somalia signed the Reciprocal Port Access Agreement and a "
                + "security agreement.");
        assertType(named, EntityType.Treaty, "Reciprocal Port Access Agreement", "security agreement");
    }

    @Test
    void aCompassWordOpensTheWholeNameNotItsTail() {
        List<EntityMention> ms = recognize("said Jan Novak, an analyst at the Prague-based Central Security Forum.");
        assertType(ms, EntityType.Organization, "Central Security Forum");
        assertNoSurface(ms, "Security Forum");
    }

    @Test
    void aTextOfAnOrganizationIsNoOrganization() {
        List<EntityMention> ms = recognize("Our Standards: The Nordic Wire Trust Principles.");
        assertNoSurface(ms, "Trust Principles");
        assertFalse(ms.stream().anyMatch(m -> m.surface().endsWith("Principles")), names(ms));
    }

    @Test
    void aDemonymAndArmyIsTheStateNotAnUnnamedOrganization() {
        List<EntityMention> ms = recognize("Parts were shipped to the Russian army, and the Chinese military watched.");
        assertEquals("Q159", at(ms, "Russian").entity().key());
        assertEquals("Q148", at(ms, "Chinese").entity().key());
        assertFalse(ms.stream().anyMatch(m -> m.entity().type() == EntityType.Organization), names(ms));
    }

    @Test
    void aCatalogOrganizationOpeningTheNameOfOneOfItsBodies() {
        List<EntityMention> ms = recognize("The UN Verification and Inspection Mechanism (UNVIM) cleared both ships. "
                + "UNVIM officials said checks took two days. Pentagon Press Secretary Kingsley Wilson spoke.");
        EntityMention body = at(ms, "UN Verification and Inspection Mechanism");
        assertEquals(EntityType.Organization, body.entity().type());
        assertEquals(body.entity(), at(ms, "UNVIM").entity());
        assertEquals("Q11209", at(ms, "Pentagon").entity().key(), "a title after the organization is no body of it");
    }
}
