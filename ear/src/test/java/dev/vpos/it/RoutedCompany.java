package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;

/**
 * Company DEMO3 made ready for routing tests (docs/routing.md): four new definitions at the simulated bank — AKB
 * (1.80 %, 3 installments 2.90 %), GAR (1.60 % + 0.50, 3 installments 2.70 %), CHEAP (1.20 %, single only), DOWN
 * (2.00 %, its bank refuses connections) — and the company's rules replaced by ON_US 0046 → AKB, ON_US 0064 → DOWN,
 * PROGRAMME Bonus → GAR, CHEAPEST. Each call makes its own definitions (codes end with a fresh suffix) and disables
 * the ones an earlier call made.
 */
record RoutedCompany(long company, long customer, long akb, long gar, long cheap, long down, String suffix) {

    static RoutedCompany setUp() throws IOException {
        long company = DefinitionHealth.company("DEMO3");
        long customer = Sales.firstCustomerAccountId(company);
        String suffix = String.valueOf(System.nanoTime() % 100000);
        disableEarlierDefinitions(company);
        String bank = TestServer.SIMULATOR + "/est/fim/api";
        long akb = create(company, "AKB-" + suffix, "Akbank", bank, plans("1.80", "0", "2.90"));
        long gar = create(company, "GAR-" + suffix, "Garanti BBVA", bank, plans("1.60", "0.50", "2.70"));
        long cheap = create(company, "CHEAP-" + suffix, "Ziraat", bank, plans("1.20", "0", null));
        long down = create(
                company,
                "DOWN-" + suffix,
                "İş Bankası",
                "http://127.0.0.1:" + closedPort() + "/est/fim/api",
                plans("2.00", "0", null));
        TestServer.Reply set = send(
                "PUT",
                rulesPath(company),
                Json.createObjectBuilder()
                        .add(
                                "rules",
                                Json.createArrayBuilder()
                                        .add(rule("ON_US", "0046", akb))
                                        .add(rule("ON_US", "0064", down))
                                        .add(rule("PROGRAMME", "Bonus", gar))
                                        .add(Json.createObjectBuilder().add("kind", "CHEAPEST")))
                        .build()
                        .toString());
        assertEquals(200, set.status(), set.toString());
        return new RoutedCompany(company, customer, akb, gar, cheap, down, suffix);
    }

    /** Another test's definitions of DEMO3 would tie on cost with ours: the company keeps only the new four. */
    private static void disableEarlierDefinitions(long company) {
        String path = TestServer.API + "/companies/" + company + "/vpos-definitions";
        TestServer.Reply listed = TestServer.get(path, "admin");
        assertEquals(200, listed.status(), listed.toString());
        try (var reader = Json.createReader(new java.io.StringReader(listed.body()))) {
            for (var v : reader.readArray()) {
                JsonObject d = (JsonObject) v;
                if (d.getBoolean("enabled", false)) {
                    TestServer.Reply off =
                            send("POST", path + "/" + d.getJsonNumber("id").longValue() + "/disable", "{}");
                    assertEquals(200, off.status(), off.toString());
                }
            }
        }
    }

    /** A portal's checkout session of the company for {@code amount} TRY: the payer's page path, /vpos/pay/{id}. */
    String payerPage(String amount) {
        TestServer.Reply created = TestServer.postJson(
                TestServer.API + "/checkout-sessions",
                "portal",
                "{\"companyId\":" + company + ",\"customerAccountId\":" + customer
                        + ",\"purpose\":\"BALANCE\",\"reference\":\"ROUTE-" + System.nanoTime() + "\",\"amount\":\""
                        + amount + "\",\"currency\":\"TRY\",\"returnUrl\":\"https://portal.example/back\"}",
                java.util.Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString()));
        assertEquals(201, created.status(), created.toString());
        return created.json().getString("paymentPath");
    }

    /** What the payer's page asks as a card is typed: {@code GET /vpos/pay/{id}/route?bin=&installments=}. */
    static TestServer.Reply payerRoute(String payerPage, String bin, int installments, String language) {
        HttpRequest.Builder b = HttpRequest.newBuilder(java.net.URI.create(
                        TestServer.BASE + payerPage + "/route?bin=" + bin + "&installments=" + installments))
                .GET();
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return TestServer.send(b.build());
    }

    static String rulesPath(long company) {
        return TestServer.API + "/companies/" + company + "/routing-rules";
    }

    static TestServer.Reply send(String method, String url, String json) {
        return send(method, url, json, "admin");
    }

    static TestServer.Reply send(String method, String url, String json, String user) {
        HttpRequest.Builder b = TestServer.request(url, user).header("Content-Type", "application/json");
        b.method(method, HttpRequest.BodyPublishers.ofString(json));
        return TestServer.send(b.build());
    }

    private static long create(long company, String code, String bank, String endpoint, JsonArrayBuilder plans) {
        JsonObject body = Json.createObjectBuilder()
                .add("code", code)
                .add("displayName", bank + " Sanal POS")
                .add("bankName", bank)
                .add("family", "EST")
                .add("environment", "TEST")
                .add("paymentModel", "REGULAR")
                .add("testEndpointUrl", endpoint)
                .add("connectTimeoutMs", 2000)
                .add("readTimeoutMs", 5000)
                .add("currencies", Json.createArrayBuilder().add("TRY"))
                .add("installmentPlans", plans)
                .add(
                        "credentials",
                        Json.createObjectBuilder()
                                .add("apiUser", "ZIRAATAPI")
                                .add("password", "ZIRAAT19")
                                .add("clientId", "190100000")
                                .add("storeKey", "123456"))
                .build();
        String path = TestServer.API + "/companies/" + company + "/vpos-definitions";
        TestServer.Reply created = send("POST", path, body.toString());
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        TestServer.Reply enabled = send("POST", path + "/" + id + "/enable", "{}");
        assertEquals(200, enabled.status(), enabled.toString());
        return id;
    }

    private static JsonArrayBuilder plans(String single, String fee, String inThree) {
        JsonArrayBuilder plans = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("installments", 1)
                        .add("commissionRate", single)
                        .add("fixedFee", fee)
                        .add("blockedDays", 1));
        if (inThree != null) {
            plans.add(Json.createObjectBuilder()
                    .add("installments", 3)
                    .add("commissionRate", inThree)
                    .add("fixedFee", fee)
                    .add("blockedDays", 1));
        }
        return plans;
    }

    private static JsonObjectBuilder rule(String kind, String match, long definition) {
        return Json.createObjectBuilder()
                .add("kind", kind)
                .add("matchValue", match)
                .add("definitionId", definition);
    }

    /** A port nothing listens on: the connection is refused (NOT_SENT). */
    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A Luhn-valid test card number starting with {@code prefix} (the simulator approves any such card). */
    static String card(String prefix) {
        StringBuilder n = new StringBuilder(prefix);
        while (n.length() < 15) {
            n.append('1');
        }
        for (int check = 0; check <= 9; check++) {
            String candidate = n.toString() + check;
            int sum = 0;
            for (int i = 0; i < candidate.length(); i++) {
                int d = candidate.charAt(candidate.length() - 1 - i) - '0';
                if (i % 2 == 1) {
                    d *= 2;
                    if (d > 9) {
                        d -= 9;
                    }
                }
                sum += d;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new AssertionError();
    }
}
