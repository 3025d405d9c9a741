package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Param's foreign-currency sale end to end: a USD definition of family PARAM, a USD sale through the collection API
 * approved by Param's {@code TP_Islem_Odeme_WD}, the amount at the dollar's scale, and the simulated bank's ledger
 * booking dollars.
 */
class ParamForeignCurrencyIT {

    @Test
    void aDollarSaleIsApprovedThroughTpIslemOdemeWdAndTheBankBooksDollars() {
        JsonArray companies;
        try (var reader = Json.createReader(new java.io.StringReader(
                TestServer.get(TestServer.API + "/companies", "admin").body()))) {
            companies = reader.readArray();
        }
        long company = companies.stream()
                .map(v -> (JsonObject) v)
                .filter(c -> "DEMO2".equals(c.getString("code")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        long customer = Sales.firstCustomerAccountId(company);
        String base = TestServer.API + "/companies/" + company + "/vpos-definitions";
        JsonObject definition = Json.createObjectBuilder()
                .add("code", "PARAM-USD-" + (System.nanoTime() % 1_000_000))
                .add("displayName", "PARAM USD")
                .add("bankName", "PARAM test bank")
                .add("family", "PARAM")
                .add("environment", "TEST")
                .add("paymentModel", "REGULAR")
                .add("testEndpointUrl", FamilyOperationsIT.endpoint("PARAM"))
                .add("readTimeoutMs", 3000)
                .add("currencies", Json.createArrayBuilder().add("TRY").add("USD"))
                .add(
                        "installmentPlans",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("installments", 1)
                                        .add("commissionRate", "1.75")
                                        .add("blockedDays", 1)))
                .add("companyDefault", false)
                .add(
                        "credentials",
                        Json.createObjectBuilder()
                                .add("clientCode", "10738")
                                .add("clientUsername", "Test")
                                .add("clientPassword", "Test")
                                .add("guid", "0c13d406-873b-403b-9c09-a5766840d98c"))
                .build();
        TestServer.Reply created = TestServer.postJson(base, "admin", definition.toString(), Map.of());
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        TestServer.Reply enabled = TestServer.postJson(base + "/" + id + "/enable", "admin", "{}", Map.of());
        assertEquals(200, enabled.status(), enabled.toString());

        String sale = Json.createObjectBuilder()
                .add("companyId", company)
                .add("customerAccountId", customer)
                .add("definitionId", id)
                .add("amount", "25.50")
                .add("currency", "USD")
                .add("installments", 1)
                .add("kind", "SALE")
                .add(
                        "card",
                        Json.createObjectBuilder()
                                .add("number", Sales.APPROVED_CARD)
                                .add("expiry", "12/30")
                                .add("cvv", "123")
                                .add("holder", "Ayse Yilmaz"))
                .build()
                .toString();
        TestServer.Reply r = TestServer.postJson(
                TestServer.API + "/collections",
                "collector",
                sale,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(201, r.status(), r.toString());
        JsonObject body = r.json();
        assertEquals("APPROVED", body.getString("state"), body.toString());
        assertEquals("25.50", body.getJsonNumber("amount").bigDecimalValue().toPlainString(), body.toString());
        assertEquals("USD", body.getString("currency"), body.toString());

        String orderId = body.getString("bankOrderId");
        String ledger = TestServer.get(TestServer.SIMULATOR + "/control/ledger?orderId=" + orderId, null)
                .body();
        assertTrue(ledger.contains(orderId), ledger);
        assertTrue(ledger.contains("\"currency\":\"USD\""), ledger);
        assertTrue(ledger.contains("25.50") || ledger.contains("25.5"), ledger);
        assertFalse(ledger.contains("\"currency\":\"TRY\""), ledger);
    }
}
