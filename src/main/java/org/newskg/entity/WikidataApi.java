package org.newskg.entity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two Wikidata API calls the linker makes, behind a disk cache: every successful answer is kept as
 * one JSON file named by the SHA-256 of its URL, so a run is repeatable and works offline after the first.
 * A cache hit makes no request. Failures (timeouts, refused connections, non-200 answers, API errors, bad
 * JSON) are never cached and never thrown: the call answers empty and the first failure is logged as a
 * warning. After {@value #MAX_NETWORK_FAILURES} network failures in a row the network is left alone for the
 * rest of the run (the cache still answers), so an offline machine does not wait on every name.
 */
final class WikidataApi {
    private static final Logger LOG = LoggerFactory.getLogger(WikidataApi.class);
    static final String USER_AGENT = "NewsKG/1.0 (https://w3id.org/newskg; news knowledge graph, entity linking) "
            + "Java-http-client/" + Runtime.version().feature();
    static final int MAX_NETWORK_FAILURES = 3;

    private final String base;
    private final Path cacheDir;
    private final Duration timeout;
    private final HttpClient http;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong cacheHits = new AtomicLong();
    private final AtomicInteger networkFailuresInARow = new AtomicInteger();
    private final AtomicBoolean warned = new AtomicBoolean();
    private final AtomicBoolean cacheWarned = new AtomicBoolean();
    private volatile boolean offline;
    /** One request at a time: polite to the public service, and two threads never fetch the same URL twice. */
    private final Object network = new Object();

    WikidataApi(URI baseUrl, Path cacheDir, Duration timeout) {
        this.base = baseUrl.toString().replaceAll("/+$", "");
        this.cacheDir = cacheDir;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    String searchUrl(String name) {
        return base + "/w/api.php?action=wbsearchentities&search=" + encode(name)
                + "&language=en&type=item&limit=7&format=json";
    }

    String entitiesUrl(List<String> ids) {
        return base + "/w/api.php?action=wbgetentities&ids=" + encode(String.join("|", ids))
                + "&props=" + encode("claims|labels|descriptions|aliases") + "&languages=en&format=json";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The answer to {@code url}, from the cache or the network; empty when it cannot be had. */
    Optional<JsonObject> get(String url) {
        Optional<JsonObject> cached = fromCache(url);
        if (cached.isPresent()) {
            return cached;
        }
        synchronized (network) {
            cached = fromCache(url); // another thread may have fetched it while this one waited
            if (cached.isPresent()) {
                return cached;
            }
            if (offline) {
                LOG.debug("Wikidata not asked (unreachable earlier in this run): {}", url);
                return Optional.empty();
            }
            return fetch(url);
        }
    }

    long requests() {
        return requests.get();
    }

    long cacheHits() {
        return cacheHits.get();
    }

    private Optional<JsonObject> fetch(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/json")
                .GET()
                .build();
        requests.incrementAndGet();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            int inARow = networkFailuresInARow.incrementAndGet();
            if (inARow >= MAX_NETWORK_FAILURES && !offline) {
                offline = true;
                LOG.warn("Wikidata at {} failed {} times in a row ({}); linking goes on from the cache only",
                        base, inARow, e.toString());
            }
            failed(url, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(url, "interrupted");
            return Optional.empty();
        }
        networkFailuresInARow.set(0);
        if (response.statusCode() != 200) {
            failed(url, "HTTP " + response.statusCode());
            return Optional.empty();
        }
        JsonObject json;
        try {
            json = JSON.parse(response.body());
        } catch (RuntimeException e) {
            failed(url, "not JSON: " + e.getMessage());
            return Optional.empty();
        }
        if (json.hasKey("error")) {
            failed(url, "API error " + json.get("error"));
            return Optional.empty();
        }
        toCache(url, response.body());
        return Optional.of(json);
    }

    private void failed(String url, String reason) {
        if (warned.compareAndSet(false, true)) {
            LOG.warn("Wikidata lookup failed ({}) for {}; the entity stays unlinked (further failures are logged "
                    + "at debug level)", reason, url);
        } else {
            LOG.debug("Wikidata lookup failed ({}) for {}", reason, url);
        }
    }

    // ------------------------------------------------------------------ cache

    Path cacheFile(String url) {
        return cacheDir.resolve(sha256(url) + ".json");
    }

    private Optional<JsonObject> fromCache(String url) {
        if (cacheDir == null) {
            return Optional.empty();
        }
        Path file = cacheFile(url);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonObject entry = JSON.parse(Files.readString(file, StandardCharsets.UTF_8));
            JsonValue cachedUrl = entry.get("url");
            JsonValue response = entry.get("response");
            if (cachedUrl == null || !cachedUrl.isString() || !url.equals(cachedUrl.getAsString().value())
                    || response == null || !response.isObject()) {
                LOG.debug("Ignoring a cache file that does not hold {}: {}", url, file);
                return Optional.empty();
            }
            cacheHits.incrementAndGet();
            return Optional.of(response.getAsObject());
        } catch (IOException | RuntimeException e) {
            LOG.debug("Ignoring an unreadable cache file {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /** Written whole to a temporary file and moved into place, so a reader never sees half a file. */
    private void toCache(String url, String body) {
        if (cacheDir == null) {
            return;
        }
        String entry = "{\"url\": \"" + url.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\n"
                + " \"fetched\": \"" + Instant.now() + "\",\n"
                + " \"response\": " + body.strip() + "\n}\n";
        Path tmp = null;
        try {
            Files.createDirectories(cacheDir);
            tmp = Files.createTempFile(cacheDir, ".wd-", ".tmp");
            Files.writeString(tmp, entry, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, cacheFile(url), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, cacheFile(url), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (cacheWarned.compareAndSet(false, true)) {
                LOG.warn("Cannot write the Wikidata cache in {} ({}); answers are not kept", cacheDir, e.toString());
            }
            try {
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException ignored) {
                // nothing more to do: the temporary file is harmless
            }
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
