package org.newskg.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.NewsKgServer;

/** The explorer's static files as served by the real (read-only) server, over real HTTP. */
class ExploreServletTest {

    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static NewsKgServer server;
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        store = KnowledgeStore.open(dir.resolve("tdb2"));
        server = new NewsKgServer(store, NewsKgServer.Options.defaults().withPort(0)).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET());
    }

    @Test
    void explorePathRedirectsToItsPage() throws Exception {
        HttpResponse<String> r = get("/explore");
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/explore/"), r.headers().toString());
    }

    @Test
    void pageComesWithASameOriginContentSecurityPolicy() throws Exception {
        HttpResponse<String> r = get("/explore/");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("js/app.js") && r.body().contains("vendor/cytoscape.min.js"), r.body());
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("connect-src 'self'"), csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void scriptsAndCytoscapeAreServedFromTheJarNotACdn() throws Exception {
        for (String path : new String[] {"/explore/js/app.js", "/explore/js/sparql.js", "/explore/vendor/cytoscape.min.js"}) {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"), path);
        }
        assertTrue(get("/explore/vendor/cytoscape.min.js").body().length() > 100_000);
        assertTrue(get("/explore/vendor/cytoscape.LICENSE.txt").body().contains("Permission is hereby granted"));
        String index = get("/explore/").body() + get("/explore/js/app.js").body() + get("/explore/js/graph.js").body();
        assertTrue(!index.contains("//cdn") && !index.contains("unpkg") && !index.contains("jsdelivr"), "no CDN");
    }

    @Test
    void onlySafeNamesUnderExploreAreServed() throws Exception {
        assertEquals(404, get("/explore/missing.js").statusCode());
        assertEquals(404, get("/explore/.hidden").statusCode());
        assertEquals(404, get("/explore/vendor/other.js").statusCode());
        assertEquals(404, get("/explore/js/").statusCode());
        // Traversal attempts never reach another classpath resource such as log4j2.xml.
        for (String path : new String[] {"/explore/../log4j2.xml", "/explore/%2e%2e/log4j2.xml",
                "/explore/js/..%2f..%2flog4j2.xml", "/explore/..%5clog4j2.xml"}) {
            int status = rawGetStatus(path);
            assertTrue(status == 400 || status == 404, path + " -> " + status);
        }
    }

    @Test
    void writesToTheExplorerAreRefusedByTheServersGuard() throws Exception {
        HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/explore/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")));
        assertEquals(403, post.statusCode());
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/explore/index.html"))
                .PUT(HttpRequest.BodyPublishers.ofString("x")));
        assertEquals(403, put.statusCode());
    }

    @Test
    void theFusekiUiAndEndpointStillWorkBesideTheExplorer() throws Exception {
        assertEquals(200, get("/").statusCode());
        HttpResponse<String> ask = get("/kg/sparql?query=ASK%7B%7D");
        assertEquals(200, ask.statusCode(), ask.body());
    }

    /** GET with the path sent exactly as written (java.net.http would normalise the dots away). */
    private static int rawGetStatus(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
