package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue #13, item 3: every kind of page and answer carries the security headers: a Content-Security-Policy without
 * inline script that forbids framing, nosniff, a referrer policy and no-store where payment data is shown.
 */
class SecurityHeadersIT {

    private static final Pattern INLINE =
            Pattern.compile("<(script|style)(\\s[^>]*)?>(.*?)</\\1>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    @Test
    void theLoginPageAndTheScreens() {
        for (String page : new String[] {"/vpos/login.html", "/vpos/"}) {
            HttpResponse<String> answer = get(page, page.contains("login") ? null : "admin");
            assertEquals(200, answer.statusCode(), page);
            String csp = common(answer, page);
            assertTrue(csp.contains("script-src 'self'"), csp);
            assertTrue(csp.contains("form-action 'self'"), csp);
            assertNoStore(answer, page);
        }
        HttpResponse<String> script = get("/vpos/assets/vpos.js", null);
        assertEquals(200, script.statusCode());
        assertEquals(
                "nosniff", script.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void theApiItsErrorsAndExports() {
        for (String path : new String[] {"/vpos/api/v1/me", "/vpos/api/v1/batches", "/vpos/api/v1/no-such-thing"}) {
            HttpResponse<String> answer = get(path, "finance");
            String csp = common(answer, path);
            assertTrue(csp.startsWith("default-src 'none'"), csp);
            assertNoStore(answer, path);
        }
        HttpResponse<String> anonymous = get("/vpos/api/v1/batches", null);
        assertEquals(401, anonymous.statusCode());
        common(anonymous, "401");
    }

    @Test
    void theHostedPaymentPageCannotBeFramedAndRunsOnlyItsOwnScripts() throws Exception {
        long company = Sales.demoCompanyId();
        TestServer.Reply created = TestServer.postJson(
                TestServer.API + "/checkout-sessions",
                "portal",
                "{\"companyId\":" + company + ",\"customerAccountId\":" + Sales.firstCustomerAccountId(company)
                        + ",\"purpose\":\"BALANCE\",\"reference\":\"HDR-" + System.nanoTime() % 1_000_000
                        + "\",\"amount\":\"12.00\",\"currency\":\"TRY\",\"returnUrl\":\"http://portal.example/r\"}",
                Map.of("Idempotency-Key", "hdr-" + System.nanoTime()));
        assertEquals(201, created.status(), created.toString());
        String path = created.json().getString("paymentPath");
        HttpResponse<String> page = get(path, null);
        assertEquals(200, page.statusCode(), page.body());
        String csp = common(page, path);
        assertNoStore(page, path);
        assertTrue(
                page.headers().firstValue("Referrer-Policy").orElse("").contains("origin"),
                "the session id in the path never leaves as a referrer");
        Matcher inline = INLINE.matcher(page.body());
        int inlineElements = 0;
        while (inline.find()) {
            if (inline.group(2) != null && inline.group(2).contains("src=")) {
                continue; // a script file of ours ('self'), not inline
            }
            inlineElements++;
            String hash = "'sha256-"
                    + Base64.getEncoder()
                            .encodeToString(MessageDigest.getInstance("SHA-256")
                                    .digest(inline.group(3).getBytes(StandardCharsets.UTF_8)))
                    + "'";
            assertTrue(csp.contains(hash), "the page's own inline " + inline.group(1) + " is allowed by hash: " + csp);
        }
        assertFalse(page.body().matches("(?s).*\\son[a-z]+=.*"), "no inline event handlers");
        // the payer's page is a static file with its script and style beside it: nothing inline to allow at all
        assertEquals(0, inlineElements, page.body());
        assertTrue(page.body().contains("<script src=\"/vpos/assets/payer/pay.js\""), page.body());
    }

    /** The headers every answer has; returns the policy. */
    private static String common(HttpResponse<String> answer, String what) {
        String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'"), what + ": " + answer.headers());
        assertFalse(csp.contains("'unsafe-inline'") || csp.contains("'unsafe-eval'"), what + ": " + csp);
        assertEquals(
                "nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), what);
        assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(""), what);
        assertFalse(answer.headers().firstValue("Referrer-Policy").orElse("").isEmpty(), what);
        return csp;
    }

    private static void assertNoStore(HttpResponse<String> answer, String what) {
        assertTrue(
                answer.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                what + ": " + answer.headers());
    }

    private static HttpResponse<String> get(String path, String user) {
        HttpRequest.Builder b = user == null
                ? HttpRequest.newBuilder(URI.create(TestServer.BASE + path))
                : TestServer.request(TestServer.BASE + path, user);
        return Sessions.send(b.GET().build());
    }
}
