package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue #16 review: a checkout session may ask for a pre-authorisation ({@code "kind": "PRE_AUTH"}). The payer's 3-D
 * payment on the hosted page then only reserves the amount at the bank; staff capture part of it later (the bank
 * books a post-authorisation of that part) or release it all (a void). Tosla pre-authorises only through 3-D, so this
 * is the only way its capture can be reached.
 */
class PreAuthCheckoutIT {

    private static final String RETURN_URL = "http://portal.example/back";

    static TestServer.Reply create(long company, String amount, String kind) {
        var body = Json.createObjectBuilder()
                .add("companyId", company)
                .add("customerAccountId", Sales.firstCustomerAccountId(company))
                .add("purpose", "BALANCE")
                .add("reference", "HOLD " + UUID.randomUUID().toString().substring(0, 8))
                .add("amount", amount)
                .add("currency", "TRY")
                .add("returnUrl", RETURN_URL);
        if (kind != null) {
            body.add("kind", kind);
        }
        return TestServer.postJson(
                TestServer.API + "/checkout-sessions",
                "portal",
                body.build().toString(),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    private static String preAuthSession(long company, String amount) {
        TestServer.Reply r = create(company, amount, "PRE_AUTH");
        assertEquals(201, r.status(), r.toString());
        assertEquals("PRE_AUTH", r.json().getString("kind"));
        return r.json().getString("id");
    }

    /** Pays the session through the bank's 3-D pages; answers the collection the payment made. */
    private static JsonObject payThroughThreeDs(String session) {
        TestServer.Reply back = HtmlForms.submit(
                ThreeDsCheckoutIT.callbackAfter(ThreeDsCheckoutIT.toAcs(session, false, Sales.APPROVED_CARD), "123456"),
                f -> f);
        assertEquals(302, back.status(), back.toString());
        assertTrue(back.location().startsWith(RETURN_URL + "?session=" + session + "&status=PAID"), back.location());
        JsonObject s = ThreeDsCheckoutIT.session(session);
        assertEquals("PRE_AUTH", s.getString("kind"));
        return collection(s.getString("collectionReference"));
    }

    private static JsonObject collection(String reference) {
        return TestServer.get(TestServer.API + "/collections/" + reference, "finance")
                .json();
    }

    private static TestServer.Reply followUp(String reference, String what, String body) {
        return TestServer.postJson(
                TestServer.API + "/collections/" + reference + "/" + what,
                "finance",
                body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    /** The bank simulator's ledger for one order: its entries' types with their amounts. */
    private static List<String> ledger(String bankOrderId) {
        String body = TestServer.get(TestServer.SIMULATOR + "/control/ledger?orderId=" + bankOrderId, null)
                .body();
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonArray entries = reader.readArray();
            return entries.stream()
                    .map(v -> (JsonObject) v)
                    .filter(e -> bankOrderId.equals(e.getString("orderId", null)))
                    .map(e -> e.getString("type") + " "
                            + e.getJsonNumber("amount").bigDecimalValue().setScale(2))
                    .sorted()
                    .toList();
        }
    }

    private static BigDecimal amount(JsonObject c, String field) {
        return c.getJsonNumber(field).bigDecimalValue().setScale(2);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"TOSLA,THREE_D_PAY", "EST,THREE_D", "AKBANK,THREE_D_PAY"})
    void aPreAuthorisedCheckoutIsCapturedInPartOrReleasedLater(String family, String model) {
        long company = ThreeDsCheckoutIT.demo2();
        long definition = FamilyOperationsIT.definition(company, family, model, true);

        String held = preAuthSession(company, "150.00");
        JsonObject page = PayerDetails.of(held);
        assertEquals("PRE_AUTH", page.getString("kind"), "the page says the amount is only reserved");
        assertEquals(
                definition,
                page.getJsonArray("methods")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());

        JsonObject authorised = payThroughThreeDs(held);
        assertEquals("APPROVED", authorised.getString("state"), authorised.toString());
        assertEquals("PRE_AUTH", authorised.getString("kind"));
        assertEquals(new BigDecimal("0.00"), amount(authorised, "capturedAmount"), "nothing is taken yet");
        String order = authorised.getString("bankOrderId");
        assertEquals(List.of("PRE_AUTH 150.00"), ledger(order), "the bank holds the amount, sells nothing");

        TestServer.Reply captured = followUp(authorised.getString("reference"), "capture", "{\"amount\":\"100.00\"}");
        assertEquals(200, captured.status(), captured.toString());
        JsonObject after = collection(authorised.getString("reference"));
        assertEquals("CAPTURED", after.getString("state"), after.toString());
        assertEquals(new BigDecimal("100.00"), amount(after, "capturedAmount"));
        assertEquals(List.of("POST_AUTH 100.00", "PRE_AUTH 150.00"), ledger(order));
        TestServer.Reply again = followUp(authorised.getString("reference"), "capture", "{\"amount\":\"50.00\"}");
        assertFalse(again.status() == 200, "a captured pre-authorisation is not captured twice: " + again);

        String released = preAuthSession(company, "80.00");
        JsonObject second = payThroughThreeDs(released);
        assertEquals("APPROVED", second.getString("state"), second.toString());
        TestServer.Reply voided = followUp(second.getString("reference"), "void", "{}");
        assertEquals(200, voided.status(), voided.toString());
        JsonObject gone = collection(second.getString("reference"));
        assertEquals("VOIDED", gone.getString("state"), gone.toString());
        assertEquals(new BigDecimal("0.00"), amount(gone, "capturedAmount"));
        List<String> entries = ledger(second.getString("bankOrderId"));
        assertTrue(
                entries.contains("PRE_AUTH 80.00") && entries.stream().anyMatch(e -> e.startsWith("VOID ")),
                entries.toString());
        assertFalse(
                entries.stream().anyMatch(e -> e.startsWith("POST_AUTH") || e.startsWith("SALE")), entries.toString());
    }

    @Test
    void aPreAuthSessionOffersOnlyMethodsThatCanPreAuthorise() {
        long company = ThreeDsCheckoutIT.demo2();
        long tosla = FamilyOperationsIT.definition(company, "TOSLA", "THREE_D_PAY", true);
        long kuveyt = FamilyOperationsIT.definition(company, "KUVEYT_TURK", "THREE_D");
        long toslaRegular = FamilyOperationsIT.definition(company, "TOSLA", "REGULAR");

        TestServer.Reply sale = create(company, "40.00", null);
        assertEquals(201, sale.status(), sale.toString());
        assertEquals("SALE", sale.json().getString("kind"));
        JsonObject salePage = PayerDetails.of(sale.json().getString("id"));
        assertTrue(
                PayerDetails.offers(salePage, kuveyt) && PayerDetails.offers(salePage, toslaRegular),
                salePage.toString());

        JsonObject holdPage = PayerDetails.of(preAuthSession(company, "40.00"));
        assertTrue(PayerDetails.offers(holdPage, tosla), holdPage.toString());
        assertFalse(PayerDetails.offers(holdPage, kuveyt), "KuveytTürk has no pre-authorisation: " + holdPage);
        assertFalse(PayerDetails.offers(holdPage, toslaRegular), "Tosla pre-authorises only through 3-D: " + holdPage);
    }

    @Test
    void anUnknownKindIsAFieldError() {
        TestServer.Reply r = create(ThreeDsCheckoutIT.demo2(), "40.00", "LATER");
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.body().contains("\"kind\""), r.body());
    }
}
