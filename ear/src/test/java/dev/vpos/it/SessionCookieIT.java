package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue #13, item 2: the session cookie a sign-in sets is HttpOnly, SameSite=Lax and limited to the module's path;
 * over plain HTTP (the test server) it cannot be Secure, which {@code vpos.security.httpsOnly=true} makes it on a
 * production server served over HTTPS (docs/security.md).
 */
class SessionCookieIT {

    @Test
    void theSignInSetsAnHttpOnlySameSiteCookieForTheModuleOnly() {
        HttpResponse<String> signedIn =
                Sessions.signIn("auditor", "auditor-test", Map.of("Origin", Sessions.OWN_ORIGIN));
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        String setCookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("VPOS_SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no VPOS_SESSION in " + signedIn.headers()));
        String attributes = setCookie.toLowerCase(Locale.ROOT).replace(" ", "");
        assertTrue(attributes.contains(";httponly"), setCookie);
        assertTrue(attributes.contains(";samesite=lax"), setCookie);
        assertTrue(attributes.contains(";path=/vpos"), setCookie);
        assertFalse(attributes.contains(";path=/;") || attributes.endsWith(";path=/"), setCookie);
        assertFalse(attributes.contains(";secure"), "plain HTTP: a Secure cookie would never come back: " + setCookie);

        // the cookie keeps the person signed in on the module's screens and API
        String cookie = Sessions.sessionCookie(signedIn.headers().allValues("Set-Cookie"))
                .orElseThrow();
        HttpResponse<String> me = Sessions.send(HttpRequest.newBuilder(URI.create(TestServer.API + "/me"))
                .header("Cookie", cookie)
                .header("Accept", "application/json")
                .GET()
                .build());
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"auditor\""), me.body());

        // every other cookie the server sets for the module is as strict (the servlet session, if any)
        signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .forEach(c -> {
                    String a = c.toLowerCase(Locale.ROOT).replace(" ", "");
                    assertTrue(a.contains(";httponly") && a.contains(";samesite=lax") && a.contains(";path=/vpos"), c);
                });
    }
}
