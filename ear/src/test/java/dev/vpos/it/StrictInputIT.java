package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue #13, item 5: what a careless or hostile client sends is refused on its field with 400, before anything
 * reaches a bank or the database: amounts in plain decimals only, wrong JSON types named, free text limited,
 * logo URLs https/data:image only, one currency rule for checkout sessions, bad query parameters, LIKE wildcards.
 */
class StrictInputIT {

    @Test
    void amountsArePlainDecimalStringsWithTheCurrencysDecimals() {
        long company = Sales.demoCompanyId();
        long account = Sales.firstCustomerAccountId(company);
        for (String amount : new String[] {
            "1e3", "1E3", "+5.00", "-5.00", " 5.00", "5.00 ", "NaN", "Infinity", "5.001", "1,000.00", "0x10", ""
        }) {
            TestServer.Reply r = TestServer.postJson(
                    TestServer.API + "/collections",
                    "collector",
                    Sales.sale(company, account, amount, Sales.APPROVED_CARD, "12/30"),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertEquals(400, r.status(), "amount \"" + amount + "\": " + r);
            assertTrue(fields(r).contains("\"amount\""), r.toString());
        }
    }

    @Test
    void wrongJsonTypesNameTheField() {
        TestServer.Reply one =
                TestServer.postJson(TestServer.API + "/collections", "collector", "{\"companyId\":\"one\"}", Map.of());
        assertEquals(400, one.status(), one.toString());
        assertEquals("malformed_body", one.json().getString("error"));
        assertEquals(
                "companyId", one.json().getJsonArray("fields").getJsonObject(0).getString("field"), one.toString());

        TestServer.Reply evil = TestServer.postJson(
                TestServer.API + "/collections",
                "collector",
                "{\"channel\":\"EVIL\"}",
                Map.of("Accept-Language", "tr"));
        assertEquals(400, evil.status(), evil.toString());
        JsonObject field = evil.json().getJsonArray("fields").getJsonObject(0);
        assertEquals("channel", field.getString("field"), evil.toString());
        assertTrue(field.getString("reason").contains("izin verilen"), "in the caller's language: " + evil);
    }

    @Test
    void freeTextHasLimitsCheckedBeforeTheBank() {
        long company = Sales.demoCompanyId();
        long account = Sales.firstCustomerAccountId(company);
        String sale = Sales.sale(company, account, "10.00", Sales.APPROVED_CARD, "12/30");
        String longMail = "a".repeat(5000) + "@x.com";
        TestServer.Reply tooLong = TestServer.postJson(
                TestServer.API + "/collections",
                "collector",
                sale.replaceFirst("\\{", "{\"email\":\"" + longMail + "\","),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(400, tooLong.status(), tooLong.toString());
        assertTrue(fields(tooLong).contains("\"email\""), tooLong.toString());
        TestServer.Reply notMail = TestServer.postJson(
                TestServer.API + "/collections",
                "collector",
                sale.replaceFirst("\\{", "{\"email\":\"<script>@x\\u0000.com\","),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(400, notMail.status(), notMail.toString());
    }

    @Test
    void aLogoIsHttpsOrADataImageOnly() {
        long company = Sales.demoCompanyId();
        TestServer.Reply r = TestServer.postJson(
                TestServer.API + "/companies/" + company + "/vpos-definitions",
                "admin",
                "{\"code\":\"LOGO-" + System.nanoTime() % 100000 + "\",\"displayName\":\"x\",\"family\":\"EST\","
                        + "\"environment\":\"TEST\",\"paymentModel\":\"REGULAR\",\"currencies\":[\"TRY\"],"
                        + "\"logoUrl\":\"javascript:alert(document.cookie)\"}",
                Map.of());
        assertEquals(400, r.status(), r.toString());
        assertTrue(fields(r).contains("\"logoUrl\""), r.toString());
    }

    @Test
    void aCheckoutSessionFollowsTheCurrencyRuleOfCollections() {
        long company = Sales.demoCompanyId();
        for (String currency : new String[] {"XXX", "ABC", "try"}) {
            TestServer.Reply r = TestServer.postJson(
                    TestServer.API + "/checkout-sessions",
                    "portal",
                    "{\"companyId\":" + company + ",\"customerAccountId\":" + Sales.firstCustomerAccountId(company)
                            + ",\"purpose\":\"BALANCE\",\"reference\":\"CUR-1\",\"amount\":\"10.00\",\"currency\":\""
                            + currency + "\",\"returnUrl\":\"http://portal.example/r\"}",
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertEquals(400, r.status(), currency + ": " + r);
            assertTrue(fields(r).contains("\"currency\""), r.toString());
        }
        TestServer.Reply exponent = TestServer.postJson(
                TestServer.API + "/checkout-sessions",
                "portal",
                "{\"companyId\":" + company + ",\"customerAccountId\":" + Sales.firstCustomerAccountId(company)
                        + ",\"purpose\":\"BALANCE\",\"reference\":\"CUR-2\",\"amount\":\"1e1\",\"currency\":\"TRY\","
                        + "\"returnUrl\":\"http://portal.example/r\"}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(400, exponent.status(), exponent.toString());
        assertTrue(fields(exponent).contains("\"amount\""), exponent.toString());
    }

    @Test
    void badQueryParametersAre400WithTheField() {
        for (String[] c : new String[][] {
            {"/batches?page=abc", "page"},
            {"/batches?size=ten", "size"},
            {"/transaction-log?page=1.5", "page"},
            {"/provider-notifications?definitionId=x", "definitionId"},
        }) {
            TestServer.Reply r = TestServer.get(TestServer.API + c[0], "finance");
            assertEquals(400, r.status(), c[0] + ": " + r);
            assertEquals(c[1], r.json().getJsonArray("fields").getJsonObject(0).getString("field"), r.toString());
        }
    }

    @Test
    void likeWildcardsInASearchAreLiteralAndNulIsRefused() {
        int all = TestServer.get(TestServer.API + "/batches?size=1", "finance")
                .json()
                .getInt("total");
        for (String wildcard : new String[] {"%25", "_", "%25%25", "%5C"}) {
            TestServer.Reply r = TestServer.get(TestServer.API + "/batches?size=1&q=" + wildcard, "finance");
            assertEquals(200, r.status(), r.toString());
            assertEquals(0, r.json().getInt("total"), "q=" + wildcard + " matches no row (of " + all + ")");
            TestServer.Reply log = TestServer.get(TestServer.API + "/transaction-log?size=1&q=" + wildcard, "auditor");
            assertEquals(200, log.status(), log.toString());
            assertEquals(0, log.json().getInt("total"), "log q=" + wildcard);
        }
        for (String path : new String[] {"/batches?q=a%00b", "/transaction-log?q=a%00b"}) {
            TestServer.Reply nul = TestServer.get(TestServer.API + path, "finance");
            assertEquals(400, nul.status(), path + ": " + nul);
            assertTrue(fields(nul).contains("\"q\""), nul.toString());
        }
    }

    private static String fields(TestServer.Reply r) {
        JsonArray fields = r.json().getJsonArray("fields");
        return fields == null ? "" : fields.toString();
    }
}
