package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A definition that passes the commission of 3 installments on to the payer (vade farkı): the payer sees and pays the
 * invoice grossed up by it, the bank books the charged amount, the ERP settles the invoice by its own amount only,
 * and refunds of the charged amount re-open the invoice by exactly its amount in total.
 */
class InstallmentCommissionToPayerIT {

    private static final String INVOICE = "VDF-2026-0001";

    static long demo2() {
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

    /** A regular EST definition: a single payment whose commission the merchant keeps, 3 installments passed on. */
    static long definition(long company) {
        String code = "VDF" + (System.nanoTime() % 100_000_000);
        JsonObject body = Json.createObjectBuilder()
                .add("code", code)
                .add("displayName", "Vade farkı " + code)
                .add("bankName", "EST test bank")
                .add("family", "EST")
                .add("environment", "TEST")
                .add("paymentModel", "REGULAR")
                .add("testEndpointUrl", TestServer.SIMULATOR + "/est/fim/api")
                .add("currencies", Json.createArrayBuilder().add("TRY"))
                .add("minAmount", "1.00")
                .add("maxAmount", "100000.00")
                .add(
                        "installmentPlans",
                        Json.createArrayBuilder()
                                .add(plan(1, "1.80", "0", false))
                                .add(plan(3, "2.5", "0.25", true)))
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
        JsonObject three = created.json().getJsonArray("installmentPlans").getJsonObject(1);
        assertTrue(three.getBoolean("commissionToPayer"), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(
                200,
                TestServer.postJson(base + "/" + id + "/enable", "admin", "{}", Map.of())
                        .status());
        return id;
    }

    private static JsonObject plan(int count, String rate, String fee, boolean toPayer) {
        return Json.createObjectBuilder()
                .add("installments", count)
                .add("commissionRate", rate)
                .add("fixedFee", fee)
                .add("blockedDays", 1)
                .add("commissionToPayer", toPayer)
                .build();
    }

    private static String session(long company, long account) {
        return session(company, account, INVOICE, null);
    }

    /** A checkout session paying {@code invoice} (1000.00) in full; its payment path. */
    static String session(long company, long account, String invoice, String locale) {
        var builder = Json.createObjectBuilder();
        if (locale != null) {
            builder.add("locale", locale);
        }
        String json = builder.add("companyId", company)
                .add("customerAccountId", account)
                .add("purpose", "ORDER")
                .add("reference", invoice)
                .add("amount", "1000.00")
                .add("currency", "TRY")
                .add("returnUrl", "http://portal.example/vdf/back")
                .build()
                .toString();
        TestServer.Reply r = TestServer.postJson(TestServer.API + "/checkout-sessions", "portal", json, Map.of());
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("paymentPath");
    }

    private static TestServer.Reply pay(String path, long method, int installments) {
        Map<String, String> fields = Map.of(
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
                String.valueOf(installments));
        String form = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return TestServer.send(HttpRequest.newBuilder(URI.create(TestServer.BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    /** The invoice's open amount as the ERP port lists it; empty once it is settled. */
    private static Optional<BigDecimal> open(long company, long account) {
        try (var reader = Json.createReader(new java.io.StringReader(TestServer.get(
                        TestServer.API + "/companies/" + company + "/customer-accounts/" + account + "/open-documents",
                        "collector")
                .body()))) {
            return reader.readArray().stream()
                    .map(v -> (JsonObject) v)
                    .filter(d -> INVOICE.equals(d.getString("number")))
                    .map(d -> d.getJsonNumber("open").bigDecimalValue())
                    .findFirst();
        }
    }

    private static String money(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue().setScale(2).toPlainString();
    }

    @Test
    void aPayerPaysThreeInstallmentsWithTheCommissionPassedOnAndTheInvoiceIsSettledByItsOwnAmount() {
        long company = demo2();
        long account = Sales.firstCustomerAccountId(company);
        long method = definition(company);
        assertEquals(
                Optional.of(new BigDecimal("1000.00")), open(company, account).map(a -> a.setScale(2)));

        // the quote (Online Collection screen, portal API): (1000.00 + 0.25) / 0.975 = 1025.897... → 1025.90
        JsonObject quote = TestServer.get(
                        TestServer.API + "/quotes?companyId=" + company + "&definitionId=" + method
                                + "&amount=1000.00&currency=TRY&installments=3",
                        "collector")
                .json();
        assertEquals("25.90", money(quote, "surcharge"), quote.toString());
        assertEquals("1025.90", money(quote, "charged"), quote.toString());
        JsonObject threeQuoted = quote.getJsonArray("installmentOptions").stream()
                .map(v -> (JsonObject) v)
                .filter(o -> o.getInt("installments") == 3)
                .findFirst()
                .orElseThrow();
        assertEquals("341.97", money(threeQuoted, "perMonth"), quote.toString());
        assertEquals("0.00", money(quote.getJsonArray("installmentOptions").getJsonObject(0), "surcharge"));

        // the hosted page's table: per month, total and the surcharge above the invoice
        String path = session(company, account);
        JsonObject rows = PayerDetails.method(PayerDetails.of(path), method);
        JsonObject single = rows.getJsonArray("installments").getJsonObject(0);
        JsonObject three = rows.getJsonArray("installments").getJsonObject(1);
        assertEquals("1000.00", single.getString("total"), rows.toString());
        assertEquals("0.00", single.getString("surcharge"), rows.toString());
        assertEquals(3, three.getInt("count"));
        assertEquals("341.97", three.getString("perMonth"), rows.toString());
        assertEquals("1025.90", three.getString("total"), rows.toString());
        assertEquals("25.90", three.getString("surcharge"), rows.toString());

        TestServer.Reply paid = pay(path, method, 3);
        assertEquals(302, paid.status(), paid.toString());
        assertTrue(paid.location().contains("status=PAID"), paid.location());
        String sessionId = paid.location().replaceAll(".*session=([^&]+).*", "$1");
        String reference = TestServer.get(TestServer.API + "/checkout-sessions/" + sessionId, "portal")
                .json()
                .getString("collectionReference");
        JsonObject collection = FollowUps.collection(reference);
        assertEquals("1025.90", money(collection, "amount"), collection.toString());
        assertEquals("25.90", money(collection, "surcharge"), collection.toString());
        assertEquals("1000.00", money(collection, "documentAmount"), collection.toString());
        assertEquals(3, collection.getInt("installments"));
        String order = collection.getString("bankOrderId");

        // the bank's own books: one approved sale of invoice + surcharge, in 3 installments
        List<JsonObject> sales = SimulatedBank.approved(order, "SALE");
        assertEquals(1, sales.size(), SimulatedBank.ledger(order).toString());
        assertEquals("1025.90", money(sales.get(0), "amount"), sales.toString());
        // the card batch listing shows the charged amount; the ERP settled the invoice exactly (1000.00, not 1025.90)
        JsonObject batch = FollowUps.batchRecords(order).get(0);
        assertEquals("1025.90", money(batch, "amount"), batch.toString());
        assertFalse(open(company, account).isPresent(), "the invoice is settled by its 1000.00");

        // refunds work on the charged amount; the invoice re-opens by its share of each, by its 1000.00 in all
        SimulatedBank.dayEnd("EST");
        TestServer.Reply part = FollowUps.post(reference, "refund", "500.00", null);
        assertEquals(200, part.status(), part.toString());
        // 500.00 × 1000.00 / 1025.90 = 487.376... → 487.38
        assertEquals(
                Optional.of(new BigDecimal("487.38")), open(company, account).map(a -> a.setScale(2)));
        TestServer.Reply rest = FollowUps.post(reference, "refund", null, null);
        assertEquals(200, rest.status(), rest.toString());
        assertEquals("REFUNDED", FollowUps.collection(reference).getString("state"));
        assertEquals(0, new BigDecimal("1025.90").compareTo(SimulatedBank.refunded(order)), "the surcharge too");
        assertEquals(
                Optional.of(new BigDecimal("1000.00")), open(company, account).map(a -> a.setScale(2)));
    }
}
