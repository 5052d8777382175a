package org.newskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Tiny HTTP helpers over java.net.http for the server tests. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Http() {}

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> get(String url) {
        return send(request(url).GET().build());
    }

    static HttpResponse<String> get(String url, String accept) {
        return send(request(url).header("Accept", accept).GET().build());
    }

    static HttpResponse<String> post(String url, String contentType, String body) {
        return send(request(url).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static HttpResponse<String> postAs(String url, String contentType, String body, String user, String password) {
        return send(request(url).header("Content-Type", contentType).header("Authorization", basic(user, password))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static HttpResponse<String> postForm(String url, String form) {
        return post(url, "application/x-www-form-urlencoded", form);
    }

    static HttpResponse<String> method(String method, String url, String contentType, String body) {
        return send(request(url).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static HttpResponse<String> methodAs(String method, String url, String contentType, String body,
                                         String user, String password) {
        return send(request(url).header("Content-Type", contentType).header("Authorization", basic(user, password))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** SELECT over GET, results as CSV (header line first). */
    static HttpResponse<String> query(String endpoint, String sparql) {
        return get(endpoint + "?query=" + enc(sparql), "text/csv");
    }
}
