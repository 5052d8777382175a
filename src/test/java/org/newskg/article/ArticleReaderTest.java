package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metadata, headline and body ranges on articles written for these tests. */
class ArticleReaderTest {
    private final ArticleReader reader = new ArticleReader();

    private static final String SUMMIT = String.join("\n",
            "Harbor Summit Opens in Valdoria With Patrol Pact on the Table",
            "",
            "By Mira Castellan",
            "Date: 2031-04-09",
            "",
            "Delegations from twelve coastal states arrived in the port city of Valdoria on Tuesday "
                    + "for a two-day summit on shipping safety.",
            "",
            "Share this article",
            "",
            "The host, Prime Minister Oren Talvik, said the talks would focus on a joint patrol "
                    + "agreement and on rules for salvage crews.",
            "",
            "Advertisement",
            "",
            "Officials expect a draft accord covering radar sharing, search and rescue, as well as ...",
            "",
            "Negotiators said the remaining disputes concern fishing quotas in the northern straits.",
            "",
            "Read More",
            "Harborline",
            "Disclaimer: This story is auto-aggregated by a computer program and has not been "
                    + "created or edited by Harborline.",
            "Publisher: The Valdoria Herald",
            "Source: https://news.example.org/2031/04/08/world/harbor-summit.html",
            "",
            "Recent Articles",
            "Lighthouse Keepers Strike Over Pay",
            "Ferry Timetables Change for Spring",
            "");

    private static List<String> bodyTexts(Article a) {
        return a.body().stream().map(r -> a.text().substring(r.begin(), r.end())).toList();
    }

    private Article read(String name, String text) throws ArticleException {
        return reader.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void summitArticleMetadata() throws Exception {
        Article a = read("news/Harbor Summit.txt", SUMMIT);
        ArticleMetadata m = a.metadata();
        assertEquals("harbor-summit", a.id());
        assertEquals("news/Harbor Summit.txt", a.source());
        assertEquals(SUMMIT, a.text());
        assertEquals("Harbor Summit Opens in Valdoria With Patrol Pact on the Table", m.headline());
        assertEquals(m.headline(), a.text().substring(m.headlineRange().begin(), m.headlineRange().end()));
        assertEquals(0, m.headlineRange().begin());
        assertEquals("https://news.example.org/2031/04/08/world/harbor-summit.html", m.url());
        // the Date: line wins over the date in the URL path
        assertEquals(LocalDate.of(2031, 4, 9), m.datePublished());
        assertEquals("Mira Castellan", m.author());
        assertEquals("The Valdoria Herald", m.publisher());
        assertEquals(ArticleReader.sha256Hex(SUMMIT.getBytes(StandardCharsets.UTF_8)), a.sha256());
    }

    @Test
    void summitArticleBodyIsTheProseOnly() throws Exception {
        Article a = read("summit.txt", SUMMIT);
        assertEquals(List.of(
                "Delegations from twelve coastal states arrived in the port city of Valdoria on Tuesday "
                        + "for a two-day summit on shipping safety.",
                "The host, Prime Minister Oren Talvik, said the talks would focus on a joint patrol "
                        + "agreement and on rules for salvage crews.",
                "Officials expect a draft accord covering radar sharing, search and rescue, as well as ...",
                "Negotiators said the remaining disputes concern fishing quotas in the northern straits."),
                bodyTexts(a));
    }

    @Test
    void urlDateIsUsedWhenNoDateLine() throws Exception {
        Article a = read("summit.txt", SUMMIT.replace("Date: 2031-04-09\n", ""));
        assertEquals(LocalDate.of(2031, 4, 8), a.metadata().datePublished());
        assertEquals(4, a.body().size());
    }

    @Test
    void headlineFollowedDirectlyByProseAndBylineAtTheBottom() throws Exception {
        String text = "Dockworkers in Meridia end a week-long strike\n"
                + "Dockworkers in the port of Meridia returned to work on Monday after union leaders accepted a pay offer.\n"
                + "The strike had held up more than forty container ships, the port authority said.\n"
                + "By Tomas Ilvane";
        Article a = read("strike.txt", text);
        assertEquals("Dockworkers in Meridia end a week-long strike", a.metadata().headline());
        assertEquals("Tomas Ilvane", a.metadata().author());
        assertEquals(List.of(
                "Dockworkers in the port of Meridia returned to work on Monday after union leaders accepted a pay offer.",
                "The strike had held up more than forty container ships, the port authority said."),
                bodyTexts(a));
    }

    @Test
    void proseFirstLineIsNotAHeadline() throws Exception {
        String text = "The council of Brevik voted on Thursday to close the old ferry pier for repairs.\n"
                + "Work is due to start in May and last about six months.\n"
                + "Source: https://example.com/local/2030/02/14/brevik-pier\n";
        Article a = read("pier.txt", text);
        assertNull(a.metadata().headline());
        assertNull(a.metadata().headlineRange());
        assertEquals(LocalDate.of(2030, 2, 14), a.metadata().datePublished());
        assertEquals(List.of(
                "The council of Brevik voted on Thursday to close the old ferry pier for repairs.",
                "Work is due to start in May and last about six months."), bodyTexts(a));
    }

    @Test
    void dateVariantsNearTheTop() throws Exception {
        String published = "Grain Prices Climb in Oskaria\n\nPublished: 17 December 2029\n\n"
                + "Grain prices in Oskaria rose for a third week as dry weather cut harvest forecasts.\n";
        assertEquals(LocalDate.of(2029, 12, 17), read("a.txt", published).metadata().datePublished());

        String bare = "Grain Prices Climb in Oskaria\nDecember 17, 2029\n\n"
                + "Grain prices in Oskaria rose for a third week as dry weather cut harvest forecasts.\n";
        Article a = read("b.txt", bare);
        assertEquals(LocalDate.of(2029, 12, 17), a.metadata().datePublished());
        assertEquals("Grain Prices Climb in Oskaria", a.metadata().headline());
        assertEquals(List.of("Grain prices in Oskaria rose for a third week as dry weather cut harvest forecasts."),
                bodyTexts(a));

        String weekday = "Tuesday, Dec. 4, 2029 10:15 AM EST\n\n"
                + "Grain prices in Oskaria rose for a third week as dry weather cut harvest forecasts.\n";
        assertEquals(LocalDate.of(2029, 12, 4), read("c.txt", weekday).metadata().datePublished());

        String byline = "By Ana Ferreira | 3 March 2030\n\n"
                + "Grain prices in Oskaria rose for a third week as dry weather cut harvest forecasts.\n";
        Article b = read("d.txt", byline);
        assertEquals("Ana Ferreira", b.metadata().author());
        assertEquals(LocalDate.of(2030, 3, 3), b.metadata().datePublished());
    }

    @Test
    void readMoreNearTheTopDoesNotEndTheArticle() throws Exception {
        String text = "Read more\n"
                + "Engineers in Talora finished the new tidal barrier two months ahead of schedule, officials said.\n"
                + "The barrier protects about 40,000 homes from winter storm surges along the estuary.\n"
                + "It cost less than first estimated because local steel prices fell.\n";
        Article a = read("barrier.txt", text);
        assertEquals(3, a.body().size());
        assertTrue(bodyTexts(a).get(0).startsWith("Engineers in Talora"));
    }

    @Test
    void trailingNoBreakSpaceAndEndMarkers() throws Exception {
        String text = "Engineers in Talora finished the new tidal barrier two months ahead of schedule, officials said.\n\n"
                + "The barrier protects about 40,000 homes from winter storm surges along the estuary.\n\n"
                + "Read More\u00A0\n"
                + "Some teaser line without an end\n"
                + "\n\n\nPrevious Post Next Post";
        Article a = read("barrier.txt", text);
        assertEquals(2, a.body().size());
        for (String line : bodyTexts(a)) {
            assertFalse(line.contains("Read More"));
            assertFalse(line.contains("Previous Post"));
        }
    }

    @Test
    void droppedLinesRelatedListsAndCookies() throws Exception {
        String text = "Rail Link to Port Corvo Approved\n\n"
                + "We use cookies to improve your experience. Accept all cookies\n\n"
                + "The regional assembly approved a rail link to Port Corvo on Wednesday after a long debate.\n\n"
                + "Related:\n"
                + "- Port Corvo Traffic Hits Record\n"
                + "- Assembly Delays Budget Vote\n\n"
                + "Construction is expected to begin next year and to employ about 2,000 workers.\n\n"
                + "Subscribe to our newsletter\n"
                + "Follow us on Twitter\n"
                + "Facebook Twitter WhatsApp Email\n\n"
                + "Critics said the project would split farmland near the river, as well as ...\n\n"
                + "The assembly also asked for a study of noise levels along the route.\n";
        Article a = read("rail.txt", text);
        assertEquals("Rail Link to Port Corvo Approved", a.metadata().headline());
        assertEquals(List.of(
                "The regional assembly approved a rail link to Port Corvo on Wednesday after a long debate.",
                "Construction is expected to begin next year and to employ about 2,000 workers.",
                "Critics said the project would split farmland near the river, as well as ...",
                "The assembly also asked for a study of noise levels along the route."), bodyTexts(a));
    }

    @Test
    void gluedTextIsNotRepairedAndOffsetsIndexTheOriginal() throws Exception {
        String text = "Mr.Varga met the envoy in Lestria on Friday.The meeting lasted two hours.\n";
        Article a = read("glued.txt", text);
        assertEquals(text, a.text());
        assertEquals(List.of("Mr.Varga met the envoy in Lestria on Friday.The meeting lasted two hours."),
                bodyTexts(a));
    }

    @Test
    void byteOrderMarkStaysInTheTextButOutOfRanges() throws Exception {
        String text = "\uFEFFCanal Reopens in Vessa\r\n\r\n"
                + "The Vessa canal reopened to barges on Sunday after a month of dredging.\r\n";
        Article a = read("canal.txt", text);
        assertEquals('\uFEFF', a.text().charAt(0));
        assertEquals(text, a.text());
        assertEquals(1, a.metadata().headlineRange().begin());
        assertEquals("Canal Reopens in Vessa", a.metadata().headline());
        assertEquals(List.of("The Vessa canal reopened to barges on Sunday after a month of dredging."), bodyTexts(a));
    }

    @Test
    void rangesNeverStartOrEndOnWhitespaceAndStayInsideTheText() throws Exception {
        String text = "  \t Indented Headline For Lake Orma  \n\n"
                + "   The lake level at Orma rose by a metre after three days of rain, the water board said.  \n"
                + "\u00A0Boats were kept in harbour.\u00A0\u2003\n";
        Article a = read("lake.txt", text);
        assertEquals("Indented Headline For Lake Orma", a.metadata().headline());
        for (TextRange r : a.body()) {
            assertTrue(r.end() <= a.text().length());
            assertFalse(TextLines.isGap(a.text().charAt(r.begin())));
            assertFalse(TextLines.isGap(a.text().charAt(r.end() - 1)));
        }
        assertEquals(List.of(
                "The lake level at Orma rose by a metre after three days of rain, the water board said.",
                "Boats were kept in harbour."), bodyTexts(a));
    }

    @Test
    void hardWrappedParagraphsGiveOneRangePerParagraph() throws Exception {
        String text = "Ministers of the four river states met in Caldera on Monday to\n"
                + "discuss water sharing along the Selva, a river that has shrunk\n"
                + "by a third in ten years.\n"
                + "\n"
                + "They agreed to meet again in the autumn and to publish flow\n"
                + "data every week.\n";
        Article a = read("river.txt", text);
        assertEquals(2, a.body().size());
        assertEquals("Ministers of the four river states met in Caldera on Monday to\n"
                + "discuss water sharing along the Selva, a river that has shrunk\n"
                + "by a third in ten years.", bodyTexts(a).get(0));
        assertEquals("They agreed to meet again in the autumn and to publish flow\ndata every week.",
                bodyTexts(a).get(1));
    }

    @Test
    void sourceLineAtTheTopAndLabelledOutlet() throws Exception {
        String text = "Source: <https://www.example.net/2028-07-02/markets/bond-sale> (Example Daily)\n"
                + "Port Authority Sells Bonds\n\n"
                + "The port authority sold bonds worth 300 million crowns to fund a new container terminal.\n";
        Article a = read("bonds.txt", text);
        assertEquals("https://www.example.net/2028-07-02/markets/bond-sale", a.metadata().url());
        assertEquals("Example Daily", a.metadata().publisher());
        assertEquals(LocalDate.of(2028, 7, 2), a.metadata().datePublished());
        assertEquals("Port Authority Sells Bonds", a.metadata().headline());
        assertEquals(1, a.body().size());
    }

    @Test
    void readFromAFileUsesItsNameAndPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Summit Day-2.TXT");
        Files.writeString(file, SUMMIT);
        Article a = reader.read(file);
        assertEquals("summit-day-2", a.id());
        assertEquals(file.toString(), a.source());
        assertEquals(4, a.body().size());
    }

    @Test
    void documentIds() {
        assertEquals("000_0eebdbf4ab6fea90", ArticleReader.documentIdFor("000_0eebdbf4ab6fea90.txt"));
        assertEquals("kim-summit-v2", ArticleReader.documentIdFor("News/Kim Summit.v2.TXT"));
        assertEquals("caf--news", ArticleReader.documentIdFor("C:\\data\\Café news.txt"));
        assertEquals("readme", ArticleReader.documentIdFor("README"));
        assertEquals("-hidden", ArticleReader.documentIdFor(".hidden"));
    }

    @Test
    void sha256IsTheHexDigestOfTheBytes() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                ArticleReader.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void anAgencyDateLineGivesTheDateAndTheOutletButStaysBody() throws ArticleException {
        Article a = read("dl.txt", String.join("\n",
                "Ferry link reopens after storm",
                "",
                "OSTRAVEL, Sep 14, 2031 (Harbour Wire) - The ferry between the two islands resumed on Friday "
                        + "after a week of gales, the operator said.",
                "",
                "Crews cleared debris from both piers overnight."));
        assertEquals(LocalDate.of(2031, 9, 14), a.metadata().datePublished());
        assertEquals("Harbour Wire", a.metadata().publisher());
        assertTrue(bodyTexts(a).get(0).startsWith("OSTRAVEL, Sep 14, 2031"), bodyTexts(a).toString());
    }

    @Test
    void anUndatedAgencyDateLineStillNamesTheOutlet() throws ArticleException {
        Article a = read("ud.txt", String.join("\n",
                "Ferry link reopens after storm",
                "",
                "PORT ELLIS (Harbour Wire) - The ferry between the two islands resumed on Friday after a week of gales."));
        assertEquals("Harbour Wire", a.metadata().publisher());
    }

    @Test
    void anOutletAndADateOnOneCreditLine() throws ArticleException {
        Article a = read("cl.txt", String.join("\n",
                "Ferry link reopens after storm",
                "Harbour Wire | October 2, 2031",
                "",
                "The ferry between the two islands resumed on Friday after a week of gales, the operator said."));
        assertEquals(LocalDate.of(2031, 10, 2), a.metadata().datePublished());
        assertEquals("Harbour Wire", a.metadata().publisher());
    }

    @Test
    void aReadingTimeIsNeitherAnOutletNorProse() throws ArticleException {
        Article a = read("rt.txt", String.join("\n",
                "Chile and Peru reopen border crossing",
                "14 Mar 2031 · 4 min read",
                "",
                "Chile and Peru reopened their busiest border crossing on Friday after a week of protests, officials said.",
                "",
                "3-minute read",
                "",
                "Trucks queued for hours at the crossing, drivers said."));
        assertEquals(LocalDate.of(2031, 3, 14), a.metadata().datePublished());
        assertNotEquals("4 min read", a.metadata().publisher());
        assertFalse(a.body().stream().anyMatch(r -> a.text().substring(r.begin(), r.end()).contains("read")));
    }

    @Test
    void aBylineEndsAtTheCommaBeforeAJobTitle() throws ArticleException {
        Article a = read("bt.txt", String.join("\n",
                "Ferry link reopens after storm",
                "By Tomasz Welland, Transport Correspondent",
                "Published: 5 Nov 2031, updated 6 Nov 2031",
                "",
                "The ferry between the two islands resumed on Friday after a week of gales, the operator said."));
        assertEquals("Tomasz Welland", a.metadata().author());
        assertEquals(LocalDate.of(2031, 11, 5), a.metadata().datePublished());
    }

    @Test
    void anUpdatedLineWithoutAColonIsAFallbackDate() throws ArticleException {
        Article a = read("up.txt", String.join("\n",
                "Ferry link reopens after storm",
                "Updated March 8, 2031",
                "",
                "The ferry between the two islands resumed on Friday after a week of gales, the operator said."));
        assertEquals(LocalDate.of(2031, 3, 8), a.metadata().datePublished());
    }

    @Test
    void anOutletAfterTheBylineAndADayFirstNumericDate() throws ArticleException {
        Article a = read("bo.txt", String.join("\n",
                "Ferry link reopens after storm",
                "By Ilse Marnock | Harbour Wire",
                "Coast Gazette | 21/09/2031",
                "",
                "The ferry between the two islands resumed on Friday after a week of gales, the operator said."));
        assertEquals("Ilse Marnock", a.metadata().author());
        assertEquals("Harbour Wire", a.metadata().publisher());
        assertEquals(LocalDate.of(2031, 9, 21), a.metadata().datePublished());
    }

    @Test
    void aJobTitleAfterTheBylineIsNoOutlet() throws ArticleException {
        Article a = read("bj.txt", String.join("\n",
                "Ferry link reopens after storm",
                "By Ilse Marnock | Staff Writer",
                "",
                "The ferry between the two islands resumed on Friday after a week of gales, the operator said."));
        assertEquals("Ilse Marnock", a.metadata().author());
        assertEquals(null, a.metadata().publisher());
    }

    @Test
    void anAgencyDateLineWithoutTheYearStillNamesTheOutlet() throws ArticleException {
        Article a = read("dm.txt", String.join("\n",
                "Ferry link reopens after storm",
                "",
                "PORT ELLIS, Sept 14 (Harbour Wire) - The ferry between the two islands resumed on Friday."));
        assertEquals("Harbour Wire", a.metadata().publisher());
        assertEquals(null, a.metadata().datePublished());
    }

    @Test
    void aLinkGluedToTheEndOfAParagraphIsNotProse() throws ArticleException {
        Article a = read("il.txt", String.join("\n",
                "Ferry link reopens after storm",
                "",
                "The ferry between the two islands resumed on Friday, the operator said. Read more: Storm closes ports",
                "",
                "Crews cleared debris overnight. \"We are back,\" the captain said.  Related: Port fees rise",
                "",
                "Passengers were told to read more: the timetable has changed."));
        List<String> body = bodyTexts(a);
        assertEquals("The ferry between the two islands resumed on Friday, the operator said.", body.get(0));
        assertEquals("Crews cleared debris overnight. \"We are back,\" the captain said.", body.get(1));
        assertEquals("Passengers were told to read more: the timetable has changed.", body.get(2),
                "not after a sentence end: prose");
    }

    @Test
    void aLabelWithOnBeforeADayFirstNumericDateAndAClockTime() throws ArticleException {
        Article a = read("po.txt", String.join("\n",
                "Ghana raises cocoa price for farmers",
                "",
                "Posted on 14/10/2026 | 09:20 GMT",
                "Gold Coast Ledger — Markets",
                "",
                "ACCRA — Ghana raised the price it pays cocoa farmers by a fifth on Monday, the regulator said."));
        assertEquals(LocalDate.of(2026, 10, 14), a.metadata().datePublished());
        Article b = read("pb.txt", String.join("\n",
                "Chile and Peru open a border crossing",
                "Published on 5.3.2026, 08:00",
                "",
                "The two governments opened a second crossing in the Atacama desert on Thursday, officials said."));
        assertEquals(LocalDate.of(2026, 3, 5), b.metadata().datePublished());
        Article c = read("pc.txt", String.join("\n",
                "Mongolia signs rail deal",
                "Updated on 2026/04/30 18:15",
                "",
                "Mongolia signed a rail deal with a mining group on Wednesday, the ministry said."));
        assertEquals(LocalDate.of(2026, 4, 30), c.metadata().datePublished());
    }

    @Test
    void anAgencyDateLineWhosePlaceNamesItsCountryToo() throws ArticleException {
        Article a = read("gc.txt", String.join("\n",
                "Floods cut the main road north",
                "",
                "KISUMU, Kenya, 3 April 2026 (Rift Valley Post) — Floods cut the main road north of the lake on "
                        + "Thursday, police said."));
        assertEquals(LocalDate.of(2026, 4, 3), a.metadata().datePublished());
        assertEquals("Rift Valley Post", a.metadata().publisher());
        Article b = read("gd.txt", String.join("\n",
                "Strike closes port",
                "",
                "SANTA CRUZ, Bolivia, Nov. 12, 2025 - Dock workers walked out on Wednesday over unpaid wages."));
        assertEquals(LocalDate.of(2025, 11, 12), b.metadata().datePublished());
        Article c = read("ge.txt", String.join("\n",
                "Strike closes port",
                "",
                "PORT-AU-PRINCE, Haiti, 7 January 2026 — Dock workers walked out on Wednesday over unpaid wages."));
        assertEquals(LocalDate.of(2026, 1, 7), c.metadata().datePublished());
    }

    @Test
    void aDateLineWithoutTheYearTakesTheYearOfTheCopyrightNotice() throws ArticleException {
        Article a = read("cy.txt", String.join("\n",
                "Nigeria and Niger reopen their border",
                "",
                "LAGOS/NIAMEY, Feb 9 (Sahel Wire) - Nigeria and Niger reopened their land border on Monday, "
                        + "the two governments said.",
                "",
                "Traders welcomed the move.",
                "",
                "© 2027 Sahel Wire. All rights reserved."));
        assertEquals(LocalDate.of(2027, 2, 9), a.metadata().datePublished());
        assertEquals("Sahel Wire", a.metadata().publisher());
        assertEquals(List.of("LAGOS/NIAMEY, Feb 9 (Sahel Wire) - Nigeria and Niger reopened their land border on "
                + "Monday, the two governments said.", "Traders welcomed the move."), bodyTexts(a));
        Article b = read("cz.txt", String.join("\n",
                "Fiji and Tonga sign a fisheries pact",
                "",
                "SUVA, 21 October (Pacific Desk) — Fiji and Tonga signed a fisheries pact on Tuesday.",
                "",
                "Copyright 2019-2026 Pacific Desk"));
        assertEquals(LocalDate.of(2026, 10, 21), b.metadata().datePublished());
    }
}
