package org.newskg.entity;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for www.wikidata.org on a free loopback port: {@code /w/api.php} answers wbsearchentities and
 * wbgetentities from the fixtures under {@code src/test/resources/wikidata/} in the real response format.
 * Search fixtures are {@code search/<name as slug>.json} (an unknown name finds nothing); items are
 * {@code entities/<QID>.json}, assembled into one wbgetentities answer. A few names misbehave on purpose:
 * "Server Failure" answers 500, "Broken Reply" answers HTML with status 200, "Slow Reply" answers after
 * {@link #SLOW_MILLIS} ms, and the item {@link #FAILING_ITEM} makes wbgetentities answer 503.
 */
final class WikidataTestServer implements AutoCloseable {
    static final long SLOW_MILLIS = 3000;
    static final String FAILING_ITEM = "Q139999999";

    private final HttpServer server;
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> userAgents = Collections.synchronizedList(new ArrayList<>());
    private final List<Map<String, String>> queries = Collections.synchronizedList(new ArrayList<>());

    WikidataTestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/w/api.php", this::handle);
        server.setExecutor(workers);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    int requests() {
        return requests.get();
    }

    List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    List<Map<String, String>> queries() {
        return List.copyOf(queries);
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        queries.add(q);
        try {
            String action = q.getOrDefault("action", "");
            if (!"json".equals(q.get("format"))) {
                send(ex, 200, error("badformat", "format=json expected"));
            } else if (action.equals("wbsearchentities")) {
                search(ex, q.getOrDefault("search", ""));
            } else if (action.equals("wbgetentities")) {
                entities(ex, List.of(q.getOrDefault("ids", "").split("\\|")));
            } else {
                send(ex, 200, error("unknown_action", "Unrecognized value for parameter \"action\": " + action));
            }
        } catch (IOException e) {
            // the client gave up (the slow reply): nothing to answer
        } finally {
            ex.close();
        }
    }

    private void search(HttpExchange ex, String name) throws IOException {
        switch (name) {
            case "Server Failure" -> send(ex, 500, "<!DOCTYPE html><html><body><h1>Internal Server Error</h1></body></html>");
            case "Broken Reply" -> send(ex, 200, "<!DOCTYPE html><html><body>Wikimedia Error</body></html>");
            case "Slow Reply" -> {
                try {
                    Thread.sleep(SLOW_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                send(ex, 200, "{\"searchinfo\":{\"search\":\"Slow Reply\"},\"search\":[],\"success\":1}");
            }
            default -> {
                String body = fixture("search/" + slug(name) + ".json");
                send(ex, 200, body != null ? body
                        : "{\"searchinfo\":{\"search\":" + quote(name) + "},\"search\":[],\"success\":1}");
            }
        }
    }

    private void entities(HttpExchange ex, List<String> ids) throws IOException {
        if (ids.contains(FAILING_ITEM)) {
            send(ex, 503, "<!DOCTYPE html><html><body>Service Unavailable</body></html>");
            return;
        }
        StringBuilder body = new StringBuilder("{\"entities\":{");
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String item = fixture("entities/" + id + ".json");
            body.append(i == 0 ? "" : ",").append(quote(id)).append(':')
                    .append(item != null ? item : "{\"id\":" + quote(id) + ",\"missing\":\"\"}");
        }
        send(ex, 200, body.append("},\"success\":1}").toString());
    }

    private static String error(String code, String info) {
        return "{\"error\":{\"code\":" + quote(code) + ",\"info\":" + quote(info) + "},\"servedby\":\"mw-api-test\"}";
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type",
                body.startsWith("<") ? "text/html; charset=utf-8" : "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String fixture(String path) throws IOException {
        try (InputStream in = WikidataTestServer.class.getResourceAsStream("/wikidata/" + path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String slug(String name) {
        return WikidataLinker.normalize(name).replace(' ', '-');
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(URLDecoder.decode(k, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT),
                    URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }
}
