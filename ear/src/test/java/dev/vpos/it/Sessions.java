package dev.vpos.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A person's sign-in on the login form, as a browser does it, with the answers' headers kept. */
final class Sessions {

    /** Where our own pages come from, as a browser writes it in {@code Origin}. */
    static final String OWN_ORIGIN = URI.create(TestServer.BASE).getScheme() + "://"
            + URI.create(TestServer.BASE).getAuthority();

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Sessions() {}

    /** The login form posted from our login page; the answer with its Set-Cookie headers. */
    static HttpResponse<String> signIn(String user, String password, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestServer.BASE + "/vpos/login"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password=" + enc(password)));
        headers.forEach(b::header);
        return send(b.build());
    }

    /** A signed-in person's session cookie ({@code VPOS_SESSION=...}), signed in from our own page. */
    static String cookie(String user) {
        HttpResponse<String> answer = signIn(
                user, TestServer.PASSWORDS.get(user), Map.of("Origin", OWN_ORIGIN, "Sec-Fetch-Site", "same-origin"));
        return sessionCookie(answer.headers().allValues("Set-Cookie"))
                .orElseThrow(() -> new AssertionError("no session cookie for " + user + ": " + answer.headers()));
    }

    static java.util.Optional<String> sessionCookie(List<String> setCookies) {
        return setCookies.stream()
                .filter(c -> c.startsWith("VPOS_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst();
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
