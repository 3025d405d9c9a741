package dev.vpos.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Map;

/** Builds sale requests for the demo company seeded on the test server. */
final class Sales {

    static final String APPROVED_CARD = "4355084355084358";
    static final String INSUFFICIENT_FUNDS_CARD = "4546711234567894";
    static final String EXPIRED_CARD = "4508034508034509";
    static final String SLOW_BANK_AMOUNT = "7777.77";

    private Sales() {}

    static long demoCompanyId() {
        JsonArray companies = Json.createReader(
                        new java.io.StringReader(TestServer.get(TestServer.API + "/companies", "collector")
                                .body()))
                .readArray();
        return companies.stream()
                .map(v -> (JsonObject) v)
                .filter(c -> "DEMO".equals(c.getString("code")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    static long firstCustomerAccountId(long companyId) {
        JsonArray accounts = Json.createReader(new java.io.StringReader(
                        TestServer.get(TestServer.API + "/companies/" + companyId + "/customer-accounts", "collector")
                                .body()))
                .readArray();
        return accounts.getJsonObject(0).getJsonNumber("id").longValue();
    }

    static String sale(long companyId, long accountId, String amount, String card, String expiry) {
        return sale(companyId, accountId, null, amount, card, expiry);
    }

    static String sale(long companyId, long accountId, Long definitionId, String amount, String card, String expiry) {
        var body = Json.createObjectBuilder();
        if (definitionId != null) {
            body.add("definitionId", definitionId);
        }
        return body.add("companyId", companyId)
                .add("customerAccountId", accountId)
                .add("amount", amount)
                .add("currency", "TRY")
                .add("installments", 1)
                .add("channel", "MOTO")
                .add(
                        "card",
                        Json.createObjectBuilder()
                                .add("number", card)
                                .add("expiry", expiry)
                                .add("cvv", "000")
                                .add("holder", "Ayşe Yılmaz"))
                .build()
                .toString();
    }

    static TestServer.Reply post(String json, String user) {
        return TestServer.postJson(TestServer.API + "/collections", user, json, Map.of());
    }
}
