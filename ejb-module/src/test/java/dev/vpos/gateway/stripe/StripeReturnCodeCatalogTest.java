package dev.vpos.gateway.stripe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.returncodes.domain.UnifiedReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every code the Stripe adapter reports (and the simulator's test cards produce) is classified by migration V31. */
class StripeReturnCodeCatalogTest {

    private static final Pattern ROW = Pattern.compile(
            "^\\('STRIPE', '([^']+)', +'([A-Z_0-9]+)'.*(TRUE|FALSE), +(TRUE|FALSE)\\)[,;]$", Pattern.MULTILINE);

    private static Map<String, String[]> catalog() throws IOException {
        try (InputStream in = StripeReturnCodeCatalogTest.class.getResourceAsStream("/db/migration/V31__stripe.sql")) {
            assertNotNull(in, "V31 is on the classpath");
            Matcher m = ROW.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, String[]> rows = new HashMap<>();
            while (m.find()) {
                rows.put(m.group(1), new String[] {m.group(2), m.group(3), m.group(4)});
            }
            return rows;
        }
    }

    @Test
    void everyCodeTheFamilyProducesIsClassifiedWithAKnownReason() throws IOException {
        Map<String, String[]> rows = catalog();
        for (String code : new String[] {
            "succeeded",
            "requires_capture",
            "canceled",
            "generic_decline",
            "card_declined",
            "insufficient_funds",
            "lost_card",
            "stolen_card",
            "expired_card",
            "incorrect_cvc",
            "processing_error",
            "incorrect_number",
            "invalid_expiry_year",
            "invalid_cvc",
            "authentication_required",
            "payment_intent_authentication_failure",
            "payment_intent_unexpected_state",
            "charge_already_refunded",
            "amount_too_large",
            "resource_missing",
            "requested_by_customer",
            "idempotency_error",
            "http_401",
            "http_403"
        }) {
            assertTrue(rows.containsKey(code), code + " is in V31");
        }
        rows.forEach((code, row) -> {
            UnifiedReason.valueOf(row[0]);
            assertTrue(code.length() <= 64, code);
        });
    }

    @Test
    void reasonsAndFlagsFollowTheProductsRules() throws IOException {
        Map<String, String[]> rows = catalog();
        assertEquals("APPROVED", rows.get("succeeded")[0]);
        assertEquals("INSUFFICIENT_FUNDS", rows.get("insufficient_funds")[0]);
        assertEquals("TRUE", rows.get("insufficient_funds")[1], "retryable");
        assertEquals("LOST_CARD_PICK_UP", rows.get("lost_card")[0]);
        assertEquals("TRUE", rows.get("lost_card")[2], "fraud suspected");
        assertEquals("TRUE", rows.get("stolen_card")[2]);
        assertEquals("FALSE", rows.get("generic_decline")[2]);
        assertEquals("THREE_D_AUTHENTICATION_FAILED", rows.get("payment_intent_authentication_failure")[0]);
        assertEquals("EXPIRED_CARD", rows.get("expired_card")[0]);
    }
}
