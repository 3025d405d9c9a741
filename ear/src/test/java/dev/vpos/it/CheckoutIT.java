package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Portal checkout on the demo company's non-3D definition: session, hosted page, decline, approval, order paid. */
class CheckoutIT {

    private static final String RETURN_URL = "http://portal.example/orders/return";

    private static long demo2() {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(
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

    private static String session(String order, String amount) {
        long company = Sales.demoCompanyId();
        return "{\"companyId\":" + company + ",\"customerAccountId\":" + Sales.firstCustomerAccountId(company)
                + ",\"purpose\":\"ORDER\",\"reference\":\"" + order + "\",\"amount\":\"" + amount
                + "\",\"currency\":\"TRY\",\"returnUrl\":\"" + RETURN_URL + "\"}";
    }

    private static TestServer.Reply payForm(String paymentPath, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return TestServer.send(HttpRequest.newBuilder(URI.create(TestServer.BASE + paymentPath))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private static Map<String, String> card(String number) {
        return Map.of(
                "holder", "Ayşe Yılmaz", "cardNumber", number, "expiry", "12/30", "cvv", "123", "installments", "1");
    }

    @Test
    void aPayerPaysAnOrderOnTheHostedPageAfterADeclineAndTheOrderIsPaid() {
        String key = UUID.randomUUID().toString();
        TestServer.Reply created = TestServer.postJson(
                TestServer.API + "/checkout-sessions",
                "portal",
                session("ORD-2026-0001", "480.00"),
                Map.of("Idempotency-Key", key));
        assertEquals(201, created.status(), created.body());
        JsonObject s = created.json();
        String path = s.getString("paymentPath");
        assertEquals("OPEN", s.getString("state"));

        TestServer.Reply replay = TestServer.postJson(
                TestServer.API + "/checkout-sessions",
                "portal",
                session("ORD-2026-0001", "480.00"),
                Map.of("Idempotency-Key", key));
        assertEquals(200, replay.status(), replay.body());
        assertEquals(s.getString("id"), replay.json().getString("id"));
        assertEquals(
                422,
                TestServer.postJson(
                                TestServer.API + "/checkout-sessions",
                                "portal",
                                session("ORD-2026-0001", "470.00"),
                                Map.of("Idempotency-Key", key))
                        .status());

        TestServer.Reply page = TestServer.send(
                HttpRequest.newBuilder(URI.create(TestServer.BASE + path)).GET().build());
        assertEquals(200, page.status());
        JsonObject details = PayerDetails.of(path);
        assertEquals("480.00", details.getString("amount"), details.toString());
        assertEquals("TRY", details.getString("currency"));
        assertEquals("OPEN", details.getString("state"));

        TestServer.Reply invalid = payForm(path, card("4355084355084359"));
        assertEquals(422, invalid.status());
        assertTrue(invalid.body().contains("data-field=\"cardNumber\""), invalid.body());

        TestServer.Reply declined = payForm(path, card(Sales.INSUFFICIENT_FUNDS_CARD));
        assertEquals(302, declined.status(), declined.body());
        assertTrue(
                declined.location().startsWith(RETURN_URL + "?session=" + s.getString("id") + "&status=OPEN"),
                declined.location());
        assertTrue(declined.location().endsWith("result=DECLINED"), declined.location());

        TestServer.Reply paid = payForm(path, card(Sales.APPROVED_CARD));
        assertEquals(302, paid.status(), paid.body());
        assertTrue(paid.location().contains("status=PAID"), paid.location());

        JsonObject after = TestServer.get(TestServer.API + "/checkout-sessions/" + s.getString("id"), "portal")
                .json();
        assertEquals("PAID", after.getString("state"));
        assertEquals("APPROVED", after.getString("collectionState"));
        assertEquals(3, after.getInt("attempts"), "three submissions: a refused card, a decline, the approval");
        assertEquals(2, after.getJsonArray("payments").size(), "two of them reached the bank");
        assertFalse(after.getString("authCode").isBlank());

        JsonObject collection = TestServer.get(
                        TestServer.API + "/collections/" + after.getString("collectionReference"), "finance")
                .json();
        assertEquals("PORTAL_ORDER", collection.getString("channel"));
        assertNotNull(collection.get("documentId"));
        assertEquals("435508******4358", collection.getString("maskedPan"));

        assertEquals(409, payForm(path, card(Sales.APPROVED_CARD)).status(), "a paid session cannot be paid again");
        assertEquals(
                400,
                TestServer.postJson(
                                TestServer.API + "/checkout-sessions",
                                "portal",
                                session("ORD-2026-0001", "480.00"),
                                Map.of())
                        .status(),
                "the order has nothing open any more");
    }

    @Test
    void badSessionRequestsAreRefusedFieldByField() {
        TestServer.Reply r = TestServer.postJson(
                TestServer.API + "/checkout-sessions",
                "portal",
                "{\"companyId\":" + Sales.demoCompanyId()
                        + ",\"purpose\":\"GIFT\",\"amount\":\"-1\",\"currency\":\"TRY\","
                        + "\"returnUrl\":\"javascript:alert(1)\",\"locale\":\"no such tag\"}",
                Map.of("Accept-Language", "en"));
        assertEquals(400, r.status(), r.body());
        String body = r.body();
        for (String field :
                new String[] {"purpose", "reference", "amount", "returnUrl", "customerAccountId", "locale"}) {
            assertTrue(body.contains("\"" + field + "\""), field + " in " + body);
        }
        assertEquals(
                403,
                TestServer.postJson(
                                TestServer.API + "/checkout-sessions",
                                "collector",
                                session("ORD-2026-0002", "480.00"),
                                Map.of())
                        .status());
    }

    @Test
    void whenARetriedPaymentAndItsUnknownFirstTryBothReachTheBankTheAbandonedOneIsCancelled() throws Exception {
        java.time.LocalTime later = java.time.LocalTime.now(java.time.ZoneOffset.UTC)
                .plusHours(2)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        TestServer.send(TestServer.request(TestServer.API + "/settlement-cutoffs/EST", "admin")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"cutoff\":\"" + later + "\",\"timeZone\":\"UTC\"}"))
                .build());
        try {
            // DEMO2 with an EST definition of its own, whose 3-second deadline the slow amount outlives
            long company = demo2();
            FamilyOperationsIT.definition(company, "EST", "REGULAR", true);
            String json = "{\"companyId\":" + company + ",\"customerAccountId\":"
                    + Sales.firstCustomerAccountId(company)
                    + ",\"purpose\":\"BALANCE\",\"reference\":\"ACCOUNT 42\",\"amount\":\"" + Sales.SLOW_BANK_AMOUNT
                    + "\",\"currency\":\"TRY\",\"returnUrl\":\"" + RETURN_URL + "\"}";
            JsonObject s = TestServer.postJson(TestServer.API + "/checkout-sessions", "portal", json, Map.of())
                    .json();
            String path = s.getString("paymentPath");
            // the bank answers too late: the try is UNKNOWN and the payer, left on an open session, tries again
            TestServer.Reply first = payForm(path, card(Sales.APPROVED_CARD));
            assertEquals(302, first.status(), first.body());
            assertTrue(
                    first.location().contains("status=OPEN") && first.location().endsWith("result=UNKNOWN"),
                    first.location());
            TestServer.Reply second = payForm(path, card(Sales.APPROVED_CARD));
            assertEquals(302, second.status(), second.body());
            // both reached the bank: the janitor settles them, the first approval pays the session and the other is
            // cancelled at the bank (a void: before the cut-off)
            JsonObject after = Await.until(
                    () -> TestServer.get(TestServer.API + "/checkout-sessions/" + s.getString("id"), "portal")
                            .json(),
                    a -> paymentStates(a).equals(java.util.Set.of("APPROVED", "VOIDED")),
                    "both payments settled by the janitor",
                    java.time.Duration.ofSeconds(90));
            assertEquals(java.util.Set.of("APPROVED", "VOIDED"), paymentStates(after), after.toString());
            assertEquals(2, after.getJsonArray("payments").size());
            assertEquals("PAID", after.getString("state"), after.toString());
            assertEquals("APPROVED", after.getString("collectionState"));
        } finally {
            TestServer.send(TestServer.request(TestServer.API + "/settlement-cutoffs/EST", "admin")
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"cutoff\":\"23:00\",\"timeZone\":\"Europe/Istanbul\"}"))
                    .build());
        }
    }

    @Test
    void thePortalReceivesASignedTimestampedNotificationWhenTheSessionIsPaid() throws Exception {
        java.util.concurrent.BlockingQueue<String[]> received = new java.util.concurrent.LinkedBlockingQueue<>();
        com.sun.net.httpserver.HttpServer portal =
                com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        portal.createContext("/notify", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new String[] {
                exchange.getRequestHeaders().getFirst("X-Vpos-Timestamp"),
                exchange.getRequestHeaders().getFirst("X-Vpos-Signature"),
                body
            });
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        portal.start();
        try {
            long company = Sales.demoCompanyId();
            String json =
                    "{\"companyId\":" + company + ",\"customerAccountId\":" + Sales.firstCustomerAccountId(company)
                            + ",\"purpose\":\"BALANCE\",\"reference\":\"ACCOUNT 7\",\"amount\":\"99.00\",\"currency\":\"TRY\","
                            + "\"returnUrl\":\"" + RETURN_URL + "\",\"notificationUrl\":\"http://127.0.0.1:"
                            + portal.getAddress().getPort() + "/notify\"}";
            JsonObject s = TestServer.postJson(TestServer.API + "/checkout-sessions", "portal", json, Map.of())
                    .json();
            assertEquals(
                    302,
                    payForm(s.getString("paymentPath"), card(Sales.APPROVED_CARD))
                            .status());
            String[] n = received.poll(20, java.util.concurrent.TimeUnit.SECONDS);
            assertNotNull(n, "no notification within 20 s");
            JsonObject body = jakarta.json.Json.createReader(new java.io.StringReader(n[2]))
                    .readObject();
            assertEquals(s.getString("id"), body.getString("id"));
            assertEquals("PAID", body.getString("state"));
            long age = java.time.Instant.now().getEpochSecond() - Long.parseLong(n[0]);
            assertTrue(age >= 0 && age < 300, "fresh timestamp: " + n[0]);
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(
                    "demo-portal-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "v1="
                    + java.util.HexFormat.of()
                            .formatHex(mac.doFinal((n[0] + "." + n[2]).getBytes(StandardCharsets.UTF_8)));
            assertTrue(
                    java.security.MessageDigest.isEqual(
                            expected.getBytes(StandardCharsets.UTF_8), n[1].getBytes(StandardCharsets.UTF_8)),
                    "signature " + n[1]);
        } finally {
            portal.stop(0);
        }
    }

    private static java.util.Set<String> paymentStates(JsonObject session) {
        return session.getJsonArray("payments").stream()
                .map(v -> ((JsonObject) v).getString("state"))
                .collect(java.util.stream.Collectors.toSet());
    }
}
