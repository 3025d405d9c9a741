package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A unified reason reads the same wherever it appears, whichever bank gave it: EST and PayFor describe their "do not
 * honour" code differently in the catalogue ("İşlem onaylanmadı" / "Red, onaylanmadı"), yet a collection's
 * reasonMessage and the return-code log's reasonText are the reason's own text in the caller's language, with the
 * bank's message beside it verbatim.
 */
class UnifiedReasonTextIT {

    private static long company;
    private static long customer;
    private static long est;
    private static long payfor;

    @BeforeAll
    static void twoBanks() {
        JsonArray companies = Json.createReader(new java.io.StringReader(
                        TestServer.get(TestServer.API + "/companies", "admin").body()))
                .readArray();
        company = companies.stream()
                .map(v -> (JsonObject) v)
                .filter(c -> "DEMO2".equals(c.getString("code")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        customer = Sales.firstCustomerAccountId(company);
        est = FamilyOperationsIT.definition(company, "EST", "REGULAR");
        payfor = FamilyOperationsIT.definition(company, "PAYFOR", "REGULAR");
    }

    @ParameterizedTest
    @CsvSource({"en, Do not honour", "tr, İşlem onaylanmadı", "ar-SA, رفض البنك المُصدِر العملية"})
    void doNotHonourReadsTheSameAtEveryBankWithTheBanksMessageBesideIt(String language, String text) {
        JsonObject atEst = declined(est, language);
        JsonObject atPayfor = declined(payfor, language);

        assertEquals("DO_NOT_HONOR", atEst.getString("reason"));
        assertEquals("DO_NOT_HONOR", atPayfor.getString("reason"));
        assertEquals(text, atEst.getString("reasonMessage"));
        assertEquals(text, atPayfor.getString("reasonMessage"));
        assertFalse(atEst.getString("bankMessage").isBlank(), atEst.toString());
        assertNotEquals(text, atEst.getString("bankMessage"), "the bank's own words are kept, not replaced");

        JsonObject logged = logRow(atPayfor.getString("bankOrderId"), language);
        assertEquals(text, logged.getString("reasonText"));
        assertEquals(atPayfor.getString("bankMessage"), logged.getString("message"), "verbatim in the log too");
    }

    private static JsonObject declined(long definition, String language) {
        TestServer.Reply reply = TestServer.send(TestServer.request(TestServer.API + "/collections", "collector")
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(
                        Sales.sale(company, customer, definition, "10.05", Sales.APPROVED_CARD, "12/30")))
                .build());
        assertEquals(402, reply.status(), reply.toString());
        return reply.json();
    }

    private static JsonObject logRow(String bankOrderId, String language) {
        TestServer.Reply reply = TestServer.send(TestServer.request(
                        TestServer.API + "/transaction-log?q=" + bankOrderId + "&companyId=" + company, "auditor")
                .header("Accept-Language", language)
                .GET()
                .build());
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getJsonArray("items").getJsonObject(0);
    }
}
