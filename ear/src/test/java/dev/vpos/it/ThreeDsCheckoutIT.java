package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A portal payment with 3-D Secure through every family and 3-D model: our page (or, for 3D Host, the bank's card
 * page) → the bank's gate → its ACS password page → the bank's callback, verified by the family's adapter → back to
 * the portal, paid. A wrong password declines with the 3-D reason; a tampered callback changes nothing.
 */
class ThreeDsCheckoutIT {

    private static final String RETURN_URL = "http://portal.example/back";

    static long demo2() {
        try (var reader = Json.createReader(new java.io.StringReader(
                TestServer.get(TestServer.API + "/companies", "admin").body()))) {
            JsonArray companies = reader.readArray();
            return companies.stream()
                    .map(v -> (JsonObject) v)
                    .filter(c -> "DEMO2".equals(c.getString("code")))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("id")
                    .longValue();
        }
    }

    /** Makes a fresh 3-D definition the company's default, so that checkout picks it. */
    private static void defaultDefinition(long company, String family, String model) {
        FamilyOperationsIT.definition(company, family, model, true);
    }

    static String openSession(long company, String amount) {
        String json = Json.createObjectBuilder()
                .add("companyId", company)
                .add("customerAccountId", Sales.firstCustomerAccountId(company))
                .add("purpose", "BALANCE")
                .add("reference", "ACCOUNT " + UUID.randomUUID().toString().substring(0, 8))
                .add("amount", amount)
                .add("currency", "TRY")
                .add("returnUrl", RETURN_URL)
                .build()
                .toString();
        TestServer.Reply r = TestServer.postJson(TestServer.API + "/checkout-sessions", "portal", json, Map.of());
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("id");
    }

    /** Pays on the hosted page and walks to the bank's ACS page; answers that page's form. */
    private static HtmlForms.Form toAcs(String session) {
        return toAcs(session, false);
    }

    /** As above; {@code fromPage}: posted as our page's script posts it ({@code view=page}). */
    private static HtmlForms.Form toAcs(String session, boolean fromPage) {
        return toAcs(session, fromPage, Sales.APPROVED_CARD);
    }

    /** As above, paying with {@code card} (typed on our page, or on the bank's for 3D Host). */
    static HtmlForms.Form toAcs(String session, boolean fromPage, String card) {
        URI page = URI.create(TestServer.BASE + "/vpos/pay/" + session);
        HtmlForms.Form ours = HtmlForms.first(
                page,
                TestServer.send(HttpRequest.newBuilder(page).GET().build()).body());
        TestServer.Reply toBank = HtmlForms.submit(ours, f -> {
            f.put("holder", "Ayse Yilmaz");
            f.put("cardNumber", card);
            f.put("expiry", "12/30");
            f.put("cvv", "123");
            f.put("installments", "1");
            if (fromPage) {
                f.put("view", "page");
            }
            return f;
        });
        assertEquals(200, toBank.status(), toBank.toString());
        HtmlForms.Form gate = HtmlForms.first(page, toBank.body());
        TestServer.Reply acs = HtmlForms.submit(gate, f -> f);
        assertEquals(200, acs.status(), acs.toString());
        HtmlForms.Form next = HtmlForms.first(gate.action(), acs.body());
        if (next.fields().keySet().stream().anyMatch(k -> k.toLowerCase().matches(".*(pan|cardnumber).*"))) {
            // 3D Host: the bank's own card page comes first; the payer types the card there, not on ours
            TestServer.Reply afterCard = HtmlForms.submit(next, f -> {
                f.replaceAll((k, v) -> cardField(k.toLowerCase(), v, card));
                return f;
            });
            assertEquals(200, afterCard.status(), afterCard.toString());
            next = HtmlForms.first(next.action(), afterCard.body());
        }
        return next;
    }

    /** Fills a bank's card form whatever its field names (pan / cardnumber, month, year, expiry MMYY, cvv, holder). */
    private static String cardField(String name, String value, String card) {
        if (name.contains("pan") || name.contains("cardnumber")) {
            return card;
        }
        if (name.contains("month")) {
            return "12";
        }
        if (name.contains("year")) {
            return "30";
        }
        if (name.contains("expiry")) {
            return "1230";
        }
        if (name.contains("cv")) {
            return "123";
        }
        if (name.contains("holder")) {
            return "Ayse Yilmaz";
        }
        return value;
    }

    static HtmlForms.Form callbackAfter(HtmlForms.Form acs, String otp) {
        TestServer.Reply answered = HtmlForms.submit(acs, f -> {
            f.replaceAll((k, v) -> k.toLowerCase().matches(".*(otp|password|sifre|pin|code).*") ? otp : v);
            return f;
        });
        assertEquals(200, answered.status(), answered.toString());
        HtmlForms.Form callback = HtmlForms.first(acs.action(), answered.body());
        for (int hop = 0; hop < 3 && !callback.action().getPath().startsWith("/vpos/3ds/callback/"); hop++) {
            // the bank's own pages in between (e.g. PayFlex's MPI TermUrl) post on to our callback
            TestServer.Reply next = HtmlForms.submit(callback, f -> f);
            assertEquals(200, next.status(), next.toString());
            callback = HtmlForms.first(callback.action(), next.body());
        }
        assertTrue(callback.action().getPath().startsWith("/vpos/3ds/callback/"), callback.toString());
        return callback;
    }

    static JsonObject session(String id) {
        return TestServer.get(TestServer.API + "/checkout-sessions/" + id, "portal")
                .json();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "EST,THREE_D",
        "EST,THREE_D_PAY",
        "GARANTI,THREE_D",
        "GARANTI,THREE_D_PAY",
        "POSNET,THREE_D",
        "PAYFOR,THREE_D",
        "PAYFOR,THREE_D_PAY",
        "KUVEYT_TURK,THREE_D",
        "PAYFLEX,THREE_D",
        "EST,THREE_D_HOST",
        "GARANTI,THREE_D_HOST",
        "PAYFOR,THREE_D_HOST",
        "TOSLA,THREE_D_PAY",
        "TOSLA,THREE_D_HOST",
        "AKBANK,THREE_D",
        "AKBANK,THREE_D_PAY",
        "AKBANK,THREE_D_HOST",
        "VAKIF_KATILIM,THREE_D",
        "VAKIF_KATILIM,THREE_D_HOST",
        "PARAM,THREE_D",
        "PARAM,THREE_D_PAY",
        "PARAM,THREE_D_HOST",
        "INTERPOS,THREE_D",
        "INTERPOS,THREE_D_PAY",
        "INTERPOS,THREE_D_HOST",
        "POSNET_V1,THREE_D",
        "PAYFLEX_CP,THREE_D_PAY",
        "PAYFLEX_CP,THREE_D_HOST"
    })
    void aPortalPaymentPassesThreeDSecureAndComesBackPaid(String family, String model) {
        long company = demo2();
        defaultDefinition(company, family, model);

        String paid = openSession(company, "150.00");
        TestServer.Reply back = HtmlForms.submit(callbackAfter(toAcs(paid), "123456"), f -> f);
        assertEquals(302, back.status(), back.toString());
        assertTrue(back.location().startsWith(RETURN_URL + "?session=" + paid + "&status=PAID"), back.location());
        JsonObject s = session(paid);
        assertEquals("APPROVED", s.getString("collectionState"));

        String wrongOtp = openSession(company, "150.00");
        TestServer.Reply failed = HtmlForms.submit(callbackAfter(toAcs(wrongOtp), "000000"), f -> f);
        assertEquals(302, failed.status(), failed.toString());
        assertTrue(failed.location().contains("status=OPEN"), failed.location());
        JsonObject collection = TestServer.get(
                        TestServer.API + "/collections/" + session(wrongOtp).getString("collectionReference"),
                        "finance")
                .json();
        assertEquals("DECLINED", collection.getString("state"));
        assertEquals("THREE_D_AUTHENTICATION_FAILED", collection.getString("reason"), collection.toString());

        String tampered = openSession(company, "150.00");
        HtmlForms.Form callback = callbackAfter(toAcs(tampered), "123456");
        TestServer.Reply refused = HtmlForms.submit(callback, f -> {
            // the amount, wherever the family carries it (a field, or inside an encoded XML message), and the signature
            f.replaceAll((k, v) ->
                    v.replace("150.00", "151.00").replace("150,00", "151,00").replace("15000", "15100"));
            f.replaceAll(
                    (k, v) -> k.toLowerCase().matches("(hash|responsehash|hashdata|mac|sign|islemhash)") ? v + "A" : v);
            return f;
        });
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.body().contains("id=\"failure\""), refused.body());
        JsonObject untouched = TestServer.get(
                        TestServer.API + "/collections/" + session(tampered).getString("collectionReference"),
                        "finance")
                .json();
        assertEquals("PENDING_3DS", untouched.getString("state"), "a refused callback changes nothing");
    }

    /**
     * Issue #18: a payment started from our page ({@code view=page}) comes back from the bank's 3-D page to our result
     * page, which then leads on to the portal; a bare form post still goes straight to the portal (above).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1}")
    @CsvSource({"EST,THREE_D", "AKBANK,THREE_D_HOST"})
    void aPaymentFromOurPageComesBackFromTheBankToOurResultPage(String family, String model) {
        long company = demo2();
        defaultDefinition(company, family, model);

        String paid = openSession(company, "150.00");
        TestServer.Reply back = HtmlForms.submit(callbackAfter(toAcs(paid, true), "123456"), f -> f);
        assertEquals(302, back.status(), back.toString());
        assertTrue(back.location().endsWith("/vpos/pay/" + paid + "?view=result"), back.location());
        JsonObject result = PayerDetails.of(paid);
        assertEquals("PAID", result.getString("state"));
        assertEquals("APPROVED", result.getJsonObject("last").getString("state"));
        assertTrue(
                result.getString("backUrl").startsWith(RETURN_URL + "?session=" + paid + "&status=PAID"),
                "the result page's way back to the portal: " + result);

        String wrongOtp = openSession(company, "150.00");
        TestServer.Reply failed = HtmlForms.submit(callbackAfter(toAcs(wrongOtp, true), "000000"), f -> f);
        assertEquals(302, failed.status(), failed.toString());
        assertTrue(failed.location().endsWith("/vpos/pay/" + wrongOtp + "?view=result"), failed.location());
        JsonObject declined = PayerDetails.of(wrongOtp);
        assertEquals("OPEN", declined.getString("state"), "declined: the payer may try again");
        assertEquals("DECLINED", declined.getJsonObject("last").getString("state"));
        assertEquals(
                "THREE_D_AUTHENTICATION_FAILED", declined.getJsonObject("last").getString("reason"));
    }
}
