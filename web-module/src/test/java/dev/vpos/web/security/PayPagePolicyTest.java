package dev.vpos.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The payer pages' policy: inline scripts and a bank page's event handlers allowed by their exact hash only. */
class PayPagePolicyTest {

    private static String hash(String text) throws Exception {
        return "'sha256-"
                + Base64.getEncoder()
                        .encodeToString(
                                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
                + "'";
    }

    private static String scriptSrc(String csp) {
        return csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src")));
    }

    @Test
    void anInlineScriptIsAllowedByItsHashAndNoHandlerIsAllowed() throws Exception {
        String csp = PayPagePolicy.forPage("<html><body><form></form><script>document.forms[0].submit();</script>");
        assertTrue(scriptSrc(csp).contains(hash("document.forms[0].submit();")), csp);
        assertFalse(csp.contains("unsafe-hashes"), "no handler on the page, no handler allowed: " + csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
    }

    @Test
    void aBanksOnloadHandlerIsAllowedByItsExactHashAlone() throws Exception {
        // as Vakıf Katılım's enrollment answer: the form submitted from the body's onload attribute
        String csp = PayPagePolicy.forPage("<!DOCTYPE html><html><head><title>3D</title></head>"
                + "<body onload=\"document.forms[0].submit();\"><form name=\"returnForm\" action=\"https://acs/\">"
                + "<input type='hidden' name='x' onfocus='a(&quot;b&quot;)'></form></body></html>");
        String scripts = scriptSrc(csp);
        assertTrue(scripts.contains("'unsafe-hashes'"), csp);
        assertTrue(scripts.contains(hash("document.forms[0].submit();")), csp);
        assertTrue(scripts.contains(hash("a(\"b\")")), "the value as the browser reads it, unescaped: " + csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertEquals(
                5, scripts.split(" ").length - 1, "'self', Stripe, 'unsafe-hashes' and the two hashes: " + scripts);
    }

    @Test
    void textThatOnlyLooksLikeAHandlerIsNotAllowed() {
        String csp = PayPagePolicy.forPage("<p>Write onload=\"x()\" in the field</p>");
        assertFalse(csp.contains("unsafe-hashes"), csp);
    }
}
