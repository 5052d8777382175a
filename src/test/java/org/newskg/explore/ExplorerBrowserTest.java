package org.newskg.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ArticleBatch;
import org.newskg.BatchReport;
import org.newskg.Pipeline;
import org.newskg.graph.OntologyGraph;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.NewsKgServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer in a real headless Chromium against a real server over a TDB2 store loaded from
 * seeds/. What the pages should show is read from the store with SPARQL, not written down here.
 * Needs the Debian packages chromium and chromium-driver (.ci/run installs them); skipped without
 * them except under CI, where their absence is a failure.
 */
class ExplorerBrowserTest {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String PREFIXES = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static NewsKgServer server;
    static WebDriver driver;
    static String explore;

    @BeforeAll
    static void startServerAndBrowser() throws IOException {
        boolean browserInstalled = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (!browserInstalled && System.getenv("CI") != null) {
            fail("Chromium and chromedriver are missing: .ci/run should install chromium chromium-driver");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(browserInstalled,
                "No Chromium: apt-get install chromium chromium-driver to run the explorer's browser tests");

        store = KnowledgeStore.open(dir.resolve("tdb2"));
        store.ensureOntology(OntologyGraph.load());
        BatchReport report = new ArticleBatch(new Pipeline()).run(List.of(Path.of("seeds")), store::load, System.err);
        assertTrue(report.ok(), "seeds load: " + report.failures());
        server = new NewsKgServer(store, NewsKgServer.Options.defaults().withPort(0)).start();
        explore = server.baseUrl() + "/explore/";

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1300,1000",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    /** No view may log an error: a failed query, a script error or a Content-Security-Policy violation. */
    @AfterEach
    void noErrorsInTheBrowserConsole() {
        if (driver != null) {
            assertNoBrowserErrors();
        }
    }

    @AfterAll
    static void stopAll() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    // ---- the escaping function, in the browser, checked by Jena's own parser

    @Test
    void everyStringBecomesALiteralThatJenaReadsBackUnchanged() {
        List<String> inputs = List.of("\"} DROP ALL #", "Shoigu", "it's", "back\\slash", "\\u0022", "\\\\u0022}",
                "line\nbreak\r\n", "tab\tand\u0000nul", "\"\"\"", "'''", "Пхеньян 평양 Kim Jong-un",
                "emoji 😀 ok", "} ; INSERT DATA { <a> <b> <c> } #", "");
        openAndWait(explore + "#/", "home");
        @SuppressWarnings("unchecked")
        List<String> literals = (List<String>) js().executeAsyncScript("""
                const [inputs, done] = arguments;
                import('./js/sparql.js').then((m) => done(inputs.map(m.sparqlString)), (e) => done(['failed: ' + e]));
                """, inputs);
        assertEquals(inputs.size(), literals.size(), literals.toString());
        Dataset empty = DatasetFactory.create();
        for (int i = 0; i < inputs.size(); i++) {
            String literal = literals.get(i);
            // every character escaped: the only bare quotes are the delimiters
            assertTrue(literal.matches("\"(\\\\[\"'\\\\nr]|\\\\u[0-9A-F]{4}|\\\\U[0-9A-F]{8})*\""), literal);
            String query = "SELECT ?x WHERE { BIND(" + literal + " AS ?x) }";
            try (QueryExecution qe = QueryExecution.dataset(empty).query(QueryFactory.create(query)).build()) {
                ResultSet rs = qe.execSelect();
                assertEquals(inputs.get(i), rs.next().getLiteral("x").getString(), literal);
            }
        }
        // A lone surrogate is no character: it becomes U+FFFD rather than a bad escape.
        Object lone = js().executeAsyncScript("""
                const done = arguments[0];
                import('./js/sparql.js').then((m) => done(m.sparqlString('a\\uD800b')));
                """);
        assertEquals("\"\\u0061\\uFFFD\\u0062\"", lone);
    }

    @Test
    void onlyNewsKgResourceIrisAndOntologyNamesBecomeTerms() {
        openAndWait(explore + "#/", "home");
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) js().executeAsyncScript("""
                const done = arguments[0];
                import('./js/sparql.js').then((m) => {
                  const throws = (f) => { try { f(); return false; } catch (e) { return true; } };
                  done({
                    good: m.isResource('https://w3id.org/newskg/id/Q32024'),
                    closing: m.isResource('https://w3id.org/newskg/id/Q1> } DROP ALL #'),
                    other: m.isResource('http://example.org/x'),
                    localOk: m.resourceIri('person-pat-ryder'),
                    localBad: m.resourceIri('Q1"'),
                    resourceThrows: throws(() => m.resource('https://w3id.org/newskg/id/a b')),
                    nkgThrows: throws(() => m.nkg('Visit } #')),
                    valuesRefusesStrings: throws(() => m.values('x', ['"raw"'])),
                    values: m.values('x', [m.literal('a'), m.resource('https://w3id.org/newskg/id/Q1'), m.nkg('Visit')]),
                    lucene: m.luceneQuery('Kim AND "Jong-un" title:x'),
                  });
                });
                """);
        assertEquals(true, r.get("good"));
        assertEquals(false, r.get("closing"));
        assertEquals(false, r.get("other"));
        assertEquals("https://w3id.org/newskg/id/person-pat-ryder", r.get("localOk"));
        assertNull(r.get("localBad"));
        assertEquals(true, r.get("resourceThrows"));
        assertEquals(true, r.get("nkgThrows"));
        assertEquals(true, r.get("valuesRefusesStrings"));
        assertEquals("VALUES ?x { \"\\u0061\" <https://w3id.org/newskg/id/Q1> nkg:Visit }", r.get("values"));
        assertEquals("kim AND and AND \\\"jong\\-un\\\" AND title\\:x", r.get("lucene"));
    }

    // ---- search and entity page

    @Test
    void searchingShoiguReachesHisPageWithHisVisitAndItsQuotes() throws Exception {
        List<String> found = store.findByLabel("Shoigu", 5);
        assertFalse(found.isEmpty(), "the seeds name Sergei Shoigu");
        String shoigu = found.get(0);
        Map<String, Visit> visits = visitsOf(shoigu);
        assertFalse(visits.isEmpty(), "the extractor gives Shoigu a Visit (agent) in the seeds");

        openAndWait(explore, "home");
        screenshot("home");
        WebElement box = driver.findElement(By.id("search-input"));
        box.sendKeys("Shoigu", Keys.ENTER);
        wait(d -> d.findElements(By.cssSelector("#search-results tr.result[data-entity='" + shoigu + "']")).size() == 1);
        waitReady("search");
        screenshot("search");
        WebElement row = driver.findElement(By.cssSelector("#search-results tr.result[data-entity='" + shoigu + "']"));
        assertTrue(row.getText().contains("Person"), row.getText());
        assertTrue(row.getText().contains(shoigu.substring(shoigu.lastIndexOf('/') + 1)) || row.getText().contains("—"),
                "Wikidata id column: " + row.getText());
        row.findElement(By.cssSelector("a.entity-link")).click();

        waitReady("entity");
        assertTrue(driver.getCurrentUrl().endsWith("#/entity/" + shoigu.substring(shoigu.lastIndexOf('/') + 1)));
        assertEquals(labelOf(shoigu), driver.findElement(By.id("entity-name")).getText());
        for (Visit visit : visits.values()) {
            WebElement block = driver.findElement(By.cssSelector("article.event[data-class='Visit'][data-event='" + visit.iri + "']"));
            String text = block.getText();
            for (String place : visit.locations) {
                assertTrue(text.contains(place), "location " + place + " in " + text);
            }
            List<String> shown = block.findElements(By.cssSelector("li.quote blockquote")).stream().map(WebElement::getText).toList();
            for (String quote : visit.quotes) {
                assertTrue(shown.contains(normaliseSpace(quote)), "quote " + quote + " among " + shown);
            }
            assertFalse(block.findElements(By.cssSelector("li.quote cite.source")).isEmpty(), "each quote names its article");
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", block);
        }
        screenshot("entity");
    }

    @Test
    void eachViewOpensItsSparqlInTheFusekiQueryEditor() {
        String shoigu = store.findByLabel("Shoigu", 1).get(0);
        openAndWait(explore + "#/entity/" + shoigu.substring(shoigu.lastIndexOf('/') + 1), "entity");
        driver.findElement(By.cssSelector("#sparql-panel summary")).click();
        WebElement first = driver.findElement(By.cssSelector("#sparql-panel li.sparql-query"));
        String query = first.findElement(By.tagName("code")).getText();
        String href = first.findElement(By.cssSelector("a.open-in-editor")).getAttribute("href");
        assertTrue(href.startsWith(server.baseUrl() + "/#/dataset/kg/query?query="), href);
        screenshot("sparql-panel");

        driver.get(href);
        wait(d -> Boolean.TRUE.equals(js().executeScript(
                "const cm = document.querySelector('.CodeMirror'); return !!(cm && cm.CodeMirror && cm.CodeMirror.getValue().includes('VALUES ?entity'));")));
        String inEditor = (String) js().executeScript("return document.querySelector('.CodeMirror').CodeMirror.getValue();");
        assertEquals(normaliseSpace(query), normaliseSpace(inEditor));
        screenshot("fuseki-editor");
        driver.manage().logs().get(LogType.BROWSER); // the Fuseki UI's own console is not the explorer's
    }

    @Test
    void figuresAreShownPerArticleAndDisagreementsWithAllTheirSources() {
        Map<String, List<Figure>> byEventAndKind = new LinkedHashMap<>();
        select(PREFIXES + """
                PREFIX schema: <https://schema.org/>
                SELECT ?event ?q ?doc ?unit ?currency ?per ?value ?min ?max ?party WHERE {
                  GRAPH ?g { ?event nkg:quantity ?q . ?doc a nkg:Document .
                    OPTIONAL { ?q schema:unitText ?unit } OPTIONAL { ?q schema:currency ?currency }
                    OPTIONAL { ?q nkg:per ?per } OPTIONAL { ?q schema:value ?value }
                    OPTIONAL { ?q schema:minValue ?min } OPTIONAL { ?q schema:maxValue ?max } }
                  ?event ?role ?party .
                  VALUES ?role { nkg:agent nkg:recipient nkg:participant nkg:location nkg:target nkg:treaty }
                } ORDER BY ?event ?q ?party""", row -> {
            String kind = text(row, "currency", text(row, "unit", "")) + "|" + text(row, "per", "");
            String numbers = number(row, "value") + "|" + number(row, "min") + "|" + number(row, "max");
            String event = row.getResource("event").getURI();
            List<Figure> figures = byEventAndKind.computeIfAbsent(event + " " + kind, k -> new ArrayList<>());
            String quantity = row.getResource("q").getURI();
            if (figures.stream().noneMatch(f -> f.quantity().equals(quantity))) {
                figures.add(new Figure(event, quantity, row.getResource("doc").getURI(), numbers,
                        row.getResource("party").getURI()));
            }
        });
        assertFalse(byEventAndKind.isEmpty(), "the seeds give figures");

        // Some figure, on the page of a party of its event, with its source.
        Figure any = byEventAndKind.values().iterator().next().get(0);
        openEntity(any.party());
        WebElement row = driver.findElement(By.cssSelector("article.event[data-event='" + any.event() + "'] tr.figure[data-quantity='"
                + any.quantity() + "']"));
        assertEquals(any.doc(), row.getAttribute("data-doc"));
        assertFalse(row.findElement(By.cssSelector("cite.source")).getText().isBlank());

        // Where articles disagree: every figure of that kind, each with its article, marked as a disagreement.
        List<Figure> disputed = byEventAndKind.values().stream()
                .filter(g -> g.stream().map(Figure::doc).distinct().count() > 1
                        && g.stream().map(Figure::numbers).distinct().count() > 1)
                .findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(disputed != null, "no two articles disagree on a figure");
        openEntity(disputed.get(0).party());
        WebElement event = driver.findElement(By.cssSelector("article.event[data-event='" + disputed.get(0).event() + "']"));
        WebElement group = event.findElements(By.cssSelector(".figure-group.disagreement")).stream()
                .filter(g -> g.findElements(By.cssSelector("tr.figure[data-quantity='" + disputed.get(0).quantity() + "']")).size() == 1)
                .findFirst().orElseThrow(() -> new AssertionError("no disagreement block for " + disputed));
        Set<String> shown = new TreeSet<>();
        for (WebElement figure : group.findElements(By.cssSelector("tr.figure"))) {
            shown.add(figure.getAttribute("data-quantity") + " " + figure.getAttribute("data-doc"));
            assertFalse(figure.findElement(By.cssSelector("cite.source")).getText().isBlank());
        }
        Set<String> expected = new TreeSet<>();
        disputed.forEach(f -> expected.add(f.quantity() + " " + f.doc()));
        assertEquals(expected, shown);
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", group);
        screenshot("figures-disagreement");
    }

    // ---- graph

    @Test
    void graphViewDrawsTheNeighbourhoodAndAClickExpandsIt() {
        String shoigu = store.findByLabel("Shoigu", 1).get(0);
        openAndWait(explore + "#/graph/" + shoigu.substring(shoigu.lastIndexOf('/') + 1), "graph");
        wait(d -> "false".equals(d.findElement(By.id("cy")).getAttribute("data-busy")));
        long before = nodeCount();
        assertTrue(before >= 3, "the entity, an event and another party: " + before);
        screenshot("graph");

        // Click the neighbour that takes part in the most events: it surely has unseen neighbours.
        @SuppressWarnings("unchecked")
        List<String> candidates = (List<String>) js().executeScript(
                "return window.newskgGraph.nodes('.entity').filter((n) => !n.hasClass('expanded')).map((n) => n.id());");
        String target = candidates.stream().max((a, b) -> Long.compare(eventCount(a), eventCount(b))).orElseThrow();
        assertTrue(eventCount(target) > 1, "a neighbour with more events: " + target);
        WebElement canvas = driver.findElement(By.id("cy"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", canvas);
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) js().executeScript(
                "return window.newskgGraph.getElementById(arguments[0]).renderedPosition();", target);
        int dx = (int) Math.round(at.get("x").doubleValue() - canvas.getRect().getWidth() / 2.0);
        int dy = (int) Math.round(at.get("y").doubleValue() - canvas.getRect().getHeight() / 2.0);
        new Actions(driver).moveToElement(canvas, dx, dy).pause(Duration.ofMillis(150)).perform();
        assertEquals(Boolean.TRUE, js().executeScript(
                "return window.newskgGraph.getElementById(arguments[0]).hasClass('hover');", target),
                "hovering a node shows its name");
        new Actions(driver).click().perform();
        wait(d -> nodeCount() > before && "false".equals(d.findElement(By.id("cy")).getAttribute("data-busy")));
        assertEquals(Boolean.TRUE, js().executeScript(
                "return window.newskgGraph.getElementById(arguments[0]).hasClass('expanded');", target));
        assertTrue(driver.findElement(By.id("graph-info")).getText().contains("added"));
        screenshot("graph-expanded");

        // Everything the page loaded came from our server: no CDN.
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) js().executeScript(
                "return performance.getEntriesByType('resource').map((e) => e.name);");
        assertTrue(resources.stream().anyMatch(u -> u.endsWith("/explore/vendor/cytoscape.min.js")), resources.toString());
        assertTrue(resources.stream().allMatch(u -> u.startsWith(server.baseUrl())), resources.toString());
    }

    // ---- timeline

    @Test
    void timelineFiltersByClassAndByState() {
        openAndWait(explore + "#/timeline", "timeline");
        List<WebElement> all = driver.findElements(By.cssSelector("#timeline li.timeline-row"));
        assertEquals(countEvents(), all.size(), "every event once");
        screenshot("timeline");

        Select classes = new Select(driver.findElement(By.id("filter-class")));
        String chosen = null;
        for (WebElement option : classes.getOptions()) {
            String value = option.getAttribute("value");
            if (!value.isEmpty() && eventsOfClass(value) < all.size()) {
                chosen = value;
                break;
            }
        }
        assertNotNull(chosen, "some class has fewer events than all");
        String chosenClass = chosen;
        classes.selectByValue(chosenClass);
        waitRoute("#/timeline?class=" + chosenClass, "timeline");
        List<WebElement> rows = driver.findElements(By.cssSelector("#timeline li.timeline-row"));
        assertEquals(eventsOfClass(chosenClass), rows.size());
        assertTrue(rows.size() < all.size());
        assertTrue(rows.stream().allMatch(r -> chosenClass.equals(r.getAttribute("data-class"))));
        screenshot("timeline-filtered");

        new Select(driver.findElement(By.id("filter-class"))).selectByValue("");
        waitRoute("#/timeline", "timeline");
        Select states = new Select(driver.findElement(By.id("filter-state")));
        WebElement state = states.getOptions().get(states.getOptions().size() - 1);
        String stateId = state.getAttribute("value");
        String stateName = state.getText().replaceAll(" \\(\\d+\\)$", "");
        states.selectByValue(stateId);
        waitRoute("#/timeline?state=" + stateId, "timeline");
        rows = driver.findElements(By.cssSelector("#timeline li.timeline-row"));
        assertFalse(rows.isEmpty());
        assertTrue(rows.size() < all.size());
        assertTrue(rows.stream().allMatch(r -> r.findElement(By.className("parties")).getText().contains(stateName)),
                "every row involves " + stateName);
    }

    // ---- injection

    @Test
    void anInjectionAttemptFindsNothingAndChangesNothing() throws Exception {
        String before = storeFingerprint();
        String attack = "\"} DROP ALL #";
        openAndWait(explore, "home");
        driver.findElement(By.id("search-input")).sendKeys(attack, Keys.ENTER);
        waitRoute("#/search?q=" + URLEncoder.encode(attack, StandardCharsets.UTF_8).replace("+", "%20"), "search");
        assertEquals(1, driver.findElements(By.id("no-results")).size(), "finds nothing");
        screenshot("injection");
        for (String more : List.of("\\u0022} DROP ALL #", "'} ; DROP ALL ; #", "x\" . } } INSERT DATA { <a> <b> <c> } #")) {
            openAndWait(explore + "#/search?q=" + URLEncoder.encode(more, StandardCharsets.UTF_8), "search");
            assertEquals(1, driver.findElements(By.id("no-results")).size(), more);
        }
        openAndWait(explore + "#/entity/" + URLEncoder.encode("Q1> } DROP ALL #", StandardCharsets.UTF_8), "entity");
        assertEquals(1, driver.findElements(By.id("bad-id")).size());
        assertEquals(before, storeFingerprint(), "the store is unchanged");
    }

    // ---- helpers: the browser

    static JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    static void wait(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition::apply);
    }

    /** Loads a URL and waits until the view for it is ready. */
    static void openAndWait(String url, String view) {
        driver.get(url);
        String hash = url.contains("#") ? url.substring(url.indexOf('#')) : "";
        waitRoute(hash, view);
    }

    static void waitRoute(String hash, String view) {
        wait(d -> {
            WebElement main = d.findElement(By.id("view"));
            return view.equals(main.getAttribute("data-view")) && hash.equals(main.getAttribute("data-route"))
                    && "ready".equals(main.getAttribute("data-state"));
        });
    }

    static void waitReady(String view) {
        wait(d -> {
            WebElement main = d.findElement(By.id("view"));
            return view.equals(main.getAttribute("data-view")) && "ready".equals(main.getAttribute("data-state"));
        });
    }

    static long nodeCount() {
        return ((Number) js().executeScript("return window.newskgGraph ? window.newskgGraph.nodes().length : 0;")).longValue();
    }

    static void screenshot(String name) {
        try {
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void assertNoBrowserErrors() {
        List<String> severe = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            // a 404 for favicon.ico of the Fuseki UI is not ours to fix
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !entry.getMessage().contains("favicon")) {
                severe.add(entry.getMessage());
            }
        }
        assertTrue(severe.isEmpty(), "browser errors: " + severe);
    }

    static String normaliseSpace(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    // ---- helpers: what the store says

    record Visit(String iri, Set<String> locations, Set<String> quotes) {}

    static Map<String, Visit> visitsOf(String entity) {
        Map<String, Visit> visits = new LinkedHashMap<>();
        select(PREFIXES + """
                SELECT ?event ?place ?quote WHERE {
                  ?event a nkg:Visit ; ?role <%s> .
                  VALUES ?role { nkg:agent nkg:recipient nkg:participant nkg:location nkg:target }
                  OPTIONAL { ?event nkg:location ?l . ?l rdfs:label ?place }
                  OPTIONAL { ?event nkg:mention ?m . ?m nkg:quote ?quote }
                }""".formatted(entity), row -> {
            Visit v = visits.computeIfAbsent(row.getResource("event").getURI(),
                    iri -> new Visit(iri, new LinkedHashSet<>(), new LinkedHashSet<>()));
            if (row.contains("place")) {
                v.locations().add(row.getLiteral("place").getString());
            }
            if (row.contains("quote")) {
                v.quotes().add(row.getLiteral("quote").getString());
            }
        });
        return visits;
    }

    record Figure(String event, String quantity, String doc, String numbers, String party) {}

    static String text(QuerySolution row, String name, String otherwise) {
        return row.contains(name) ? row.get(name).asLiteral().getLexicalForm() : otherwise;
    }

    static String number(QuerySolution row, String name) {
        return row.contains(name) ? new java.math.BigDecimal(row.getLiteral(name).getLexicalForm()).stripTrailingZeros().toPlainString() : "";
    }

    static void openEntity(String iri) {
        openAndWait(explore + "#/entity/" + iri.substring(iri.lastIndexOf('/') + 1), "entity");
    }

    static String labelOf(String iri) {
        List<String> labels = new ArrayList<>();
        select(PREFIXES + "SELECT ?l { <" + iri + "> rdfs:label ?l }", row -> labels.add(row.getLiteral("l").getString()));
        return labels.get(0);
    }

    static long eventCount(String entity) {
        long[] n = {0};
        select(PREFIXES + """
                SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e ?role <%s> .
                  VALUES ?role { nkg:agent nkg:recipient nkg:participant nkg:location nkg:target nkg:treaty } }"""
                .formatted(entity), row -> n[0] = row.getLiteral("n").getLong());
        return n[0];
    }

    static long countEvents() {
        long[] n = {0};
        select(PREFIXES + "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a ?c . ?c rdfs:subClassOf nkg:Event }",
                row -> n[0] = row.getLiteral("n").getLong());
        return n[0];
    }

    static long eventsOfClass(String name) {
        long[] n = {0};
        select(PREFIXES + "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a nkg:" + name + " }",
                row -> n[0] = row.getLiteral("n").getLong());
        return n[0];
    }

    static void select(String query, java.util.function.Consumer<QuerySolution> each) {
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                qe.execSelect().forEachRemaining(each);
            }
        });
    }

    /** Every quad of the store, sorted and hashed: equal fingerprints, equal stores. */
    static String storeFingerprint() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        TreeSet<String> quads = new TreeSet<>();
        Txn.executeRead(store.dataset(), () -> store.dataset().asDatasetGraph().find().forEachRemaining(q -> quads.add(q.toString())));
        for (String q : quads) {
            sha.update(q.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return quads.size() + ":" + HexFormat.of().formatHex(sha.digest());
    }
}
