package dev.vpos.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** The test server started by the build (EAR + bank simulator), reached over plain HTTP as a client would. */
final class TestServer {

    static final String BASE = System.getProperty("vpos.test.baseUrl", "http://localhost:9081");
    static final String API = BASE + "/vpos/api/v1";
    static final String SIMULATOR = BASE + "/bank-simulator";

    /** The test registry's users (test.xml); the "-demo" ones are granted company DEMO only by CompanyAccessIT. */
    static final Map<String, String> PASSWORDS = Map.ofEntries(
            Map.entry("admin", "admin-test"),
            Map.entry("collector", "collector-test"),
            Map.entry("finance", "finance-test"),
            Map.entry("auditor", "auditor-test"),
            Map.entry("portal", "portal-test"),
            Map.entry("nobody", "nobody-test"),
            Map.entry("aylin", "aylin-test"),
            Map.entry("collector-demo", "collector-demo-test"),
            Map.entry("finance-demo", "finance-demo-test"),
            Map.entry("auditor-demo", "auditor-demo-test"),
            Map.entry("finance-none", "finance-none-test"),
            Map.entry("portal2", "portal2-test"));

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static {
        awaitReady();
    }

    private TestServer() {}

    /**
     * The build's start goal returns once the server is up, which on a loaded machine can be a minute before the EAR
     * has started (its readiness check: database and migrations): the first test would get a 404 page. Waits up to five
     * minutes for {@code /health/ready} to answer 200, then lets the tests run whatever it answers.
     */
    private static void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(BASE + "/health/ready"))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        while (System.nanoTime() < deadline) {
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static String database() {
        return System.getProperty("vpos.test.db", "h2");
    }

    static HttpRequest.Builder request(String url, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (user != null) {
            String token = user + ":" + PASSWORDS.get(user);
            b.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    static Reply get(String url, String user) {
        return send(request(url, user).GET().build());
    }

    static Reply postJson(String url, String user, String json, Map<String, String> headers) {
        HttpRequest.Builder b = request(url, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(b::header);
        return send(b.build());
    }

    static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(
                    r.statusCode(),
                    r.body(),
                    r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer with its body parsed on demand. */
    record Reply(int status, String body, String contentType, String location) {

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + body;
        }
    }
}
