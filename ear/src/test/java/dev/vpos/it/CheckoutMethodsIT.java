package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The hosted page's payment methods: only the company's definitions whose currencies and limits fit are offered, the
 * chosen method's discount is shown before the payer pays, is taken off what is charged, and the order is settled in
 * full (payment + discount).
 */
class CheckoutMethodsIT {

    private static final String RETURN_URL = "http://portal.example/methods/back";

    private static long demo2() {
        try (var reader = Json.createReader(new java.io.StringReader(
                TestServer.get(TestServer.API + "/companies", "admin").body()))) {
            return reader.readArray().stream()
                    .map(v -> (JsonObject) v)
                    .filter(c -> "DEMO2".equals(c.getString("code")))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("id")
                    .longValue();
        }
    }

    /** A regular EST definition of the company with the given currency, limits and discount, enabled. */
    private static long definition(
            long company, String currency, String min, String max, String discountType, String discountValue) {
        String code = "M" + (System.nanoTime() % 100_000_000);
        JsonObject body = Json.createObjectBuilder()
                .add("code", code)
                .add("displayName", "Method " + code)
                .add("bankName", "EST test bank")
                .add("family", "EST")
                .add("environment", "TEST")
                .add("paymentModel", "REGULAR")
                .add("testEndpointUrl", TestServer.SIMULATOR + "/est/fim/api")
                .add("currencies", Json.createArrayBuilder().add(currency))
                .add("minAmount", min)
                .add("maxAmount", max)
                .add("discountType", discountType)
                .add("discountValue", discountValue)
                .add(
                        "installmentPlans",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("installments", 1)
                                        .add("commissionRate", "3.90")
                                        .add("fixedFee", "0.45")
                                        .add("blockedDays", 1)))
                .add("companyDefault", false)
                .add(
                        "credentials",
                        Json.createObjectBuilder()
                                .add("apiUser", "ISBANKAPI")
                                .add("password", "ISBANK07")
                                .add("clientId", "700655000200")
                                .add("storeKey", "TRPS0200"))
                .build();
        String base = TestServer.API + "/companies/" + company + "/vpos-definitions";
        TestServer.Reply created = TestServer.postJson(base, "admin", body.toString(), Map.of());
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(
                200,
                TestServer.postJson(base + "/" + id + "/enable", "admin", "{}", Map.of())
                        .status());
        return id;
    }

    private static String session(long company, long account, String order, String amount) {
        String json = Json.createObjectBuilder()
                .add("companyId", company)
                .add("customerAccountId", account)
                .add("purpose", "ORDER")
                .add("reference", order)
                .add("amount", amount)
                .add("currency", "TRY")
                .add("returnUrl", RETURN_URL)
                .build()
                .toString();
        TestServer.Reply r = TestServer.postJson(TestServer.API + "/checkout-sessions", "portal", json, Map.of());
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("paymentPath");
    }

    private static TestServer.Reply page(String path) {
        return TestServer.send(
                HttpRequest.newBuilder(URI.create(TestServer.BASE + path)).GET().build());
    }

    private static TestServer.Reply pay(String path, long method) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of(
                "method",
                String.valueOf(method),
                "holder",
                "Ayse Yilmaz",
                "cardNumber",
                Sales.APPROVED_CARD,
                "expiry",
                "12/30",
                "cvv",
                "123",
                "installments",
                "1"));
        String form = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return TestServer.send(HttpRequest.newBuilder(URI.create(TestServer.BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    @Test
    void onlyFittingMethodsAreOfferedAndTheChosenDiscountIsChargedLessAndSettlesTheOrder() {
        long company = demo2();
        long account = Sales.firstCustomerAccountId(company);
        long discounted = definition(company, "TRY", "1.00", "100000.00", "PERCENT", "2.5");
        long tooSmall = definition(company, "TRY", "10000.00", "100000.00", "NONE", "0");
        long dollars = definition(company, "USD", "1.00", "100000.00", "NONE", "0");

        String path = session(company, account, "ORD-2026-0100", "200.00");
        assertEquals(200, page(path).status());
        JsonObject offered = PayerDetails.of(path);
        JsonObject withDiscount = PayerDetails.method(offered, discounted);
        assertEquals("5.00", withDiscount.getString("discount"), offered.toString());
        assertEquals("195.00", withDiscount.getString("payable"), offered.toString());
        assertFalse(PayerDetails.offers(offered, tooSmall), "below the method's minimum: not offered");
        assertFalse(PayerDetails.offers(offered, dollars), "another currency: not offered");

        assertEquals(200, page(path + "?method=" + discounted).status());
        assertEquals(400, page(path + "?method=" + tooSmall).status());

        TestServer.Reply refused = pay(path, dollars);
        assertEquals(422, refused.status(), refused.toString());
        assertTrue(refused.body().contains("data-field=\"method\""), refused.body());

        TestServer.Reply paid = pay(path, discounted);
        assertEquals(302, paid.status(), paid.toString());
        assertTrue(paid.location().contains("status=PAID"), paid.location());
        String session = paid.location().replaceAll(".*session=([^&]+).*", "$1");
        JsonObject s = TestServer.get(TestServer.API + "/checkout-sessions/" + session, "portal")
                .json();
        JsonObject collection = TestServer.get(
                        TestServer.API + "/collections/" + s.getString("collectionReference"), "finance")
                .json();
        assertEquals(
                "195.00",
                collection.getJsonNumber("amount").bigDecimalValue().setScale(2).toPlainString());
        assertEquals(discounted, collection.getJsonNumber("definitionId").longValue());

        String open = TestServer.get(
                        TestServer.API + "/companies/" + company + "/customer-accounts/" + account + "/open-documents",
                        "collector")
                .body();
        assertFalse(open.contains("ORD-2026-0100"), "195.00 paid + 5.00 discount settle the 200.00 order: " + open);
        JsonObject batch = TestServer.get(
                        TestServer.API + "/batches?q=" + collection.getString("bankOrderId"), "finance")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        // the method's per-transaction fee: 3.90% of 195.00 (7.61) + 0.45
        assertEquals(
                "8.06",
                batch.getJsonNumber("commission").bigDecimalValue().setScale(2).toPlainString(),
                batch.toString());
    }
}
