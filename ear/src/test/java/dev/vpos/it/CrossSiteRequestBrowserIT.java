package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue #13 item 1 in a real browser: the signed-in admin opens a page of another origin that posts, with the admin's
 * session cookie, the forged form (disable a VPOS definition) and a {@code fetch} with credentials. Chromium
 * sends what a browser sends (the cookie where SameSite allows it, Origin, Sec-Fetch-Site); the module refuses and
 * nothing changes. The attacker's page is served by a tiny server in this JVM on another port (same site, other
 * origin: the Lax cookie is sent, only the origin check stops it) and under 127.0.0.1 (another site: no cookie).
 */
class CrossSiteRequestBrowserIT {

    private static HttpServer attacker;
    private static Browser browser;
    private static long company;
    private static long definition;

    @BeforeAll
    static void anEnabledDefinitionAndAnAttacker() throws IOException {
        company = Sales.demoCompanyId();
        String body = Json.createObjectBuilder()
                .add("code", "XSB-" + System.nanoTime() % 1_000_000)
                .add("displayName", "CSRF browser target")
                .add("bankName", "Test Bank")
                .add("family", "EST")
                .add("environment", "TEST")
                .add("paymentModel", "REGULAR")
                .add("testEndpointUrl", TestServer.SIMULATOR + "/est/fim/api")
                .add("currencies", Json.createArrayBuilder().add("TRY"))
                .add("companyDefault", false)
                .add(
                        "credentials",
                        Json.createObjectBuilder()
                                .add("apiUser", "XSBAPI")
                                .add("password", "XSB12345")
                                .add("clientId", "190100000")
                                .add("storeKey", "123456"))
                .build()
                .toString();
        TestServer.Reply created = TestServer.postJson(definitions(), "admin", body, Map.of());
        assertEquals(201, created.status(), created.toString());
        definition = created.json().getJsonNumber("id").longValue();
        TestServer.Reply enabled =
                TestServer.postJson(definitions() + "/" + definition + "/enable", "admin", "{}", Map.of());
        assertEquals(200, enabled.status(), enabled.toString());

        attacker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        attacker.createContext("/form.html", exchange -> page(exchange, formPage()));
        attacker.createContext("/fetch.html", exchange -> page(exchange, fetchPage()));
        attacker.start();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (attacker != null) {
            attacker.stop(0);
        }
    }

    @Test
    void aFormOnAnotherOriginOfTheSameSiteCarriesTheCookieAndIsRefused() {
        signInAsAdmin();
        int audit = auditEntries();

        browser.driver.get("http://localhost:" + attacker.getAddress().getPort() + "/form.html");

        // the form submitted itself: the browser now shows our answer to it
        browser.wait.until(d -> d.getCurrentUrl().contains("/disable"));
        String answer = browser.driver.findElement(By.tagName("body")).getText();
        assertTrue(answer.contains("cross_site_request"), "refused as cross-site: " + answer);
        assertUnchanged(audit);
    }

    @Test
    void aFetchWithCredentialsFromAnotherOriginIsRefused() {
        signInAsAdmin();
        int audit = auditEntries();

        browser.driver.get("http://localhost:" + attacker.getAddress().getPort() + "/fetch.html");

        browser.wait.until(d -> !d.findElement(By.id("status")).getText().isEmpty());
        // no-cors: the attacker cannot read the answer; what counts is that nothing happened
        assertUnchanged(audit);
    }

    @Test
    void aFormOnAnotherSiteDoesNotEvenCarryTheCookie() {
        signInAsAdmin();
        int audit = auditEntries();

        browser.driver.get("http://127.0.0.1:" + attacker.getAddress().getPort() + "/form.html");

        // without the cookie the API asks for credentials (401); the page shows no definition either way
        browser.wait.until(d -> d.getCurrentUrl().contains("/disable"));
        String answer = browser.driver.findElement(By.tagName("html")).getText();
        assertFalse(answer.contains("\"enabled\""), "no definition came back: " + answer);
        assertUnchanged(audit);
    }

    /** Signs in afresh (first back on our origin: the browser forgets only the cookies of the page it shows). */
    private static void signInAsAdmin() {
        browser.driver.get(TestServer.BASE + "/vpos/login.html");
        browser.signIn("index.html", "admin");
    }

    private static void assertUnchanged(int auditBefore) {
        TestServer.Reply after = TestServer.get(definitions() + "/" + definition, "admin");
        assertTrue(after.json().getBoolean("enabled"), "the definition is still enabled: " + after);
        assertEquals(auditBefore, auditEntries(), "nothing was audited: nothing happened");
    }

    /** The attack: a form of another site, form content type, empty body, posting to disable. */
    private static String formPage() {
        return "<!DOCTYPE html><html><body><form id=\"f\" method=\"post\" enctype=\"application/x-www-form-urlencoded\""
                + " action=\"" + disable() + "\"></form><script>document.getElementById('f').submit()</script>"
                + "</body></html>";
    }

    private static String fetchPage() {
        return "<!DOCTYPE html><html><body><p id=\"status\"></p><script>"
                + "fetch('" + disable() + "', {method: 'POST', mode: 'no-cors', credentials: 'include',"
                + " headers: {'Content-Type': 'text/plain'}, body: ''})"
                + ".then(() => document.getElementById('status').textContent = 'sent')"
                + ".catch(e => document.getElementById('status').textContent = 'failed ' + e);"
                + "</script></body></html>";
    }

    private static void page(com.sun.net.httpserver.HttpExchange exchange, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static int auditEntries() {
        return Json.createReader(new StringReader(TestServer.get(definitions() + "/" + definition + "/audit", "admin")
                        .body()))
                .readArray()
                .size();
    }

    private static String definitions() {
        return TestServer.API + "/companies/" + company + "/vpos-definitions";
    }

    private static String disable() {
        return definitions() + "/" + definition + "/disable";
    }
}
