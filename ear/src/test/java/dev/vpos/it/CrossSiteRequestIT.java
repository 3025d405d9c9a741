package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #13, item 1: a change made with a signed-in person's cookie must come from our own pages. The attack of the
 * issue (another site's form, form content type, empty body, the admin's cookie → disable a definition) is refused
 * and changes nothing; our pages (same Origin, JSON) keep working; programs with HTTP Basic are not concerned; an
 * operation without a body refuses form and text content types.
 */
class CrossSiteRequestIT {

    private static final String EVIL = "https://evil.example";
    private static long company;
    private static long definition;

    @BeforeAll
    static void anEnabledDefinition() {
        company = Sales.demoCompanyId();
        String body = Json.createObjectBuilder()
                .add("code", "CSRF-" + System.nanoTime() % 1_000_000)
                .add("displayName", "CSRF target")
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
                                .add("apiUser", "CSRFAPI")
                                .add("password", "CSRF1234")
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
    }

    @Test
    void theIssuesAttackIsRefusedAndChangesNothing() {
        String cookie = Sessions.cookie("admin");
        int auditBefore = auditEntries();

        // a cross-site HTML form: Origin of another site, form content type, empty body, the admin's cookie
        HttpResponse<String> forged = cookieRequest("POST", disable(), cookie, "application/x-www-form-urlencoded", "")
                .header("Origin", EVIL)
                .header("Sec-Fetch-Site", "cross-site")
                .send();
        assertEquals(403, forged.statusCode(), forged.body());
        assertEquals("cross_site_request", json(forged.body()).getString("error"));

        // only Origin (an older browser), or only Sec-Fetch-Site: refused too
        assertEquals(
                403,
                cookieRequest("POST", disable(), cookie, "text/plain", "x")
                        .header("Origin", EVIL)
                        .send()
                        .statusCode());
        assertEquals(
                403,
                cookieRequest("POST", disable(), cookie, "application/json", "{}")
                        .header("Sec-Fetch-Site", "same-site")
                        .send()
                        .statusCode());
        assertEquals(
                403,
                cookieRequest("POST", disable(), cookie, "application/json", "{}")
                        .header("Origin", "null")
                        .send()
                        .statusCode());
        // the cookie and neither header proves nothing: fail closed
        assertEquals(
                403,
                cookieRequest("POST", disable(), cookie, "application/json", "{}")
                        .send()
                        .statusCode());
        // test-connection and a reconciliation import by finance's cookie as text/plain: refused as well
        assertEquals(
                403,
                cookieRequest("POST", definitions() + "/" + definition + "/test-connection", cookie, "text/plain", "")
                        .header("Origin", EVIL)
                        .send()
                        .statusCode());
        String financeCookie = Sessions.cookie("finance");
        assertEquals(
                403,
                cookieRequest(
                                "POST",
                                TestServer.API + "/reconciliation/imports?definitionId=" + definition + "&mappingId=1",
                                financeCookie,
                                "text/plain",
                                "a;b\n")
                        .header("Origin", EVIL)
                        .send()
                        .statusCode());

        JsonObject after =
                TestServer.get(definitions() + "/" + definition, "admin").json();
        assertTrue(after.getBoolean("enabled"), "the definition is still enabled: " + after);
        assertEquals(auditBefore, auditEntries(), "nothing was audited: nothing happened");
    }

    @Test
    void ourOwnPagesStillChangeThingsWithTheCookie() {
        String cookie = Sessions.cookie("admin");
        // what vpos.js sends from our screens: same Origin, Sec-Fetch-Site same-origin, JSON
        HttpResponse<String> preferences = cookieRequest(
                        "PUT", TestServer.API + "/me/preferences", cookie, "application/json", "{\"language\":null}")
                .header("Origin", Sessions.OWN_ORIGIN)
                .header("Sec-Fetch-Site", "same-origin")
                .send();
        assertEquals(200, preferences.statusCode(), preferences.body());
        // a browser that sends Origin but not Sec-Fetch-Site (plain http on another host name)
        HttpResponse<String> again = cookieRequest(
                        "PUT", TestServer.API + "/me/preferences", cookie, "application/json", "{\"language\":null}")
                .header("Origin", Sessions.OWN_ORIGIN)
                .send();
        assertEquals(200, again.statusCode(), again.body());
        // reading is never refused
        HttpResponse<String> me =
                cookieRequest("GET", TestServer.API + "/me", cookie, null, null).send();
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("admin", json(me.body()).getString("user"));
    }

    @Test
    void aBodylessOperationRefusesFormAndTextContentTypesEvenFromPrograms() {
        for (String type :
                new String[] {"application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x"}) {
            TestServer.Reply refused = TestServer.send(TestServer.request(disable(), "admin")
                    .header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(""))
                    .build());
            assertEquals(415, refused.status(), type + ": " + refused);
            assertEquals(
                    "Content-Type",
                    refused.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        }
        assertTrue(
                TestServer.get(definitions() + "/" + definition, "admin").json().getBoolean("enabled"));

        // a program with HTTP Basic (no Origin, no cookie) and no body or JSON: works as before
        TestServer.Reply noBody =
                TestServer.send(TestServer.request(definitions() + "/" + definition + "/test-connection", "admin")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
        assertEquals(200, noBody.status(), noBody.toString());
    }

    @Test
    void aSignInPostedByAnotherSiteGivesNoSession() {
        HttpResponse<String> forged = Sessions.signIn("admin", "admin-test", Map.of("Origin", EVIL));
        assertEquals(403, forged.statusCode(), forged.body());
        assertFalse(
                Sessions.sessionCookie(forged.headers().allValues("Set-Cookie")).isPresent(),
                forged.headers().toString());
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

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static CookieRequest cookieRequest(String method, String url, String cookie, String type, String body) {
        return new CookieRequest(method, url, cookie, type, body);
    }

    /** A request as a browser sends it with the session cookie (no Authorization header). */
    private static final class CookieRequest {
        private final HttpRequest.Builder builder;

        CookieRequest(String method, String url, String cookie, String type, String body) {
            builder = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30))
                    .header("Cookie", cookie)
                    .header("Accept", "application/json");
            if (type != null) {
                builder.header("Content-Type", type);
            }
            builder.method(
                    method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        }

        CookieRequest header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        HttpResponse<String> send() {
            return Sessions.send(builder.build());
        }
    }
}
