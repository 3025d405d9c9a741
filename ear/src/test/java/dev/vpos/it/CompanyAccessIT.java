package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Company-scoped access (issue #13 item 6): role × company × endpoint. {@code collector-demo}, {@code finance-demo}
 * and {@code auditor-demo} are granted company DEMO only (through the admin API, here), {@code finance-none} no
 * company at all; the seeded users keep the wildcard. A record of a company the caller may not see answers 404 as if
 * it did not exist (400 on {@code companyId} where an unknown company is a field error); listings and exports hold
 * only the granted companies' rows. A portal client sees only the collections and checkout sessions it created.
 */
class CompanyAccessIT {

    private static final List<String> SCOPED = List.of("collector-demo", "finance-demo", "auditor-demo");

    private static long demo;
    private static long demo2;
    private static long definition1;
    private static long definition2;
    /** Sales by the wildcard collector: one in each company. */
    private static JsonObject sale1;

    private static JsonObject sale2;
    private static long batch1;
    private static long batch2;

    @BeforeAll
    static void grantsAndOneSaleInEachCompany() {
        demo = Sales.demoCompanyId();
        demo2 = company("DEMO2");
        for (String user : SCOPED) {
            TestServer.Reply r = put("/staff/" + user + "/companies", "admin", grants(false, demo));
            assertEquals(200, r.status(), r.toString());
        }
        assertEquals(204, delete("/staff/finance-none/companies", "admin").status());
        assertEquals(
                200,
                put("/staff/portal2/companies", "admin", "{\"allCompanies\": true}")
                        .status());
        definition1 = FamilyOperationsIT.definition(demo, "EST", "REGULAR");
        definition2 = FamilyOperationsIT.definition(demo2, "EST", "REGULAR");
        sale1 = sell("collector", demo, definition1, "41.00");
        sale2 = sell("collector", demo2, definition2, "42.00");
        batch1 = batchId(sale1);
        batch2 = batchId(sale2);
    }

    // ---- the grants themselves ------------------------------------------------------------------------------------

    @Test
    void adminsManageGrantsAuditorsReadThemOthersAreRefusedAndEveryChangeIsAudited() {
        JsonObject g = TestServer.get(TestServer.API + "/staff/finance-demo/companies", "auditor")
                .json();
        assertFalse(g.getBoolean("allCompanies"));
        assertEquals(List.of(demo), ids(g.getJsonArray("companyIds")));
        assertEquals("admin", g.getString("updatedBy"));
        assertEquals(
                403,
                put("/staff/finance-demo/companies", "finance", "{\"allCompanies\": true}")
                        .status());
        assertEquals(
                403,
                put("/staff/finance-demo/companies", "auditor", "{\"allCompanies\": true}")
                        .status());
        assertEquals(403, TestServer.get(TestServer.API + "/staff", "finance").status());

        TestServer.Reply unknown = put("/staff/finance-demo/companies", "admin", grants(false, 987654321L));
        assertEquals(400, unknown.status(), unknown.toString());
        assertTrue(unknown.body().contains("\"companyIds\""), unknown.body());
        TestServer.Reply both = put("/staff/finance-demo/companies", "admin", grants(true, demo));
        assertEquals(400, both.status(), both.toString());
        TestServer.Reply missing = put("/staff/finance-demo/companies", "admin", "{}");
        assertEquals(400, missing.status());
        assertTrue(missing.body().contains("\"allCompanies\""), missing.body());
        assertEquals(
                List.of(demo),
                ids(TestServer.get(TestServer.API + "/staff/finance-demo/companies", "admin")
                        .json()
                        .getJsonArray("companyIds")),
                "a refused change changes nothing");

        JsonArray trail = array(TestServer.get(TestServer.API + "/staff/finance-demo/companies/audit", "auditor"));
        JsonObject last = trail.getJsonObject(0);
        assertEquals("admin", last.getString("actor"));
        assertEquals(String.valueOf(demo), last.getString("after"));

        JsonObject me = TestServer.get(TestServer.API + "/me", "finance-demo").json();
        assertFalse(me.getBoolean("allCompanies"));
        assertEquals(List.of(demo), ids(me.getJsonArray("companyIds")), "the screens know the caller's companies");
        assertTrue(TestServer.get(TestServer.API + "/me", "admin").json().getBoolean("allCompanies"));

        JsonObject none = TestServer.get(TestServer.API + "/staff/finance-none/companies", "admin")
                .json();
        assertFalse(none.getBoolean("allCompanies"));
        assertTrue(none.getJsonArray("companyIds").isEmpty(), "no grant at all");
        JsonObject seeded = TestServer.get(TestServer.API + "/staff/finance/companies", "admin")
                .json();
        assertTrue(seeded.getBoolean("allCompanies"), "the test server's own users keep every company");
    }

    // ---- look-ups ---------------------------------------------------------------------------------------------------

    @Test
    void companiesAndTheirCustomersAndDefinitionsOnlyOfGrantedCompanies() {
        for (String user : SCOPED) {
            assertEquals(List.of(demo), companyIds(user), user);
            assertEquals(200, status("/companies/" + demo + "/customer-accounts", user), user);
            assertEquals(404, status("/companies/" + demo2 + "/customer-accounts", user), user);
            assertEquals(200, status("/companies/" + demo + "/vpos-definitions", user), user);
            assertEquals(404, status("/companies/" + demo2 + "/vpos-definitions", user), user);
        }
        assertEquals(List.of(), companyIds("finance-none"), "no grant, no company");
        assertEquals(404, status("/companies/" + demo + "/vpos-definitions", "finance-none"));
        assertTrue(companyIds("finance").containsAll(List.of(demo, demo2)), "the wildcard: every company");
        assertTrue(companyIds("admin").containsAll(List.of(demo, demo2)), "admins: every company");

        long account = Sales.firstCustomerAccountId(demo);
        assertEquals(
                200, status("/companies/" + demo + "/customer-accounts/" + account + "/saved-cards", "finance-demo"));
        long account2 = Sales.firstCustomerAccountId(demo2);
        assertEquals(
                404, status("/companies/" + demo2 + "/customer-accounts/" + account2 + "/saved-cards", "finance-demo"));
        assertEquals(200, status("/companies/" + demo + "/vpos-definitions/" + definition1 + "/audit", "auditor-demo"));
        assertEquals(
                404, status("/companies/" + demo2 + "/vpos-definitions/" + definition2 + "/audit", "auditor-demo"));

        TestServer.Reply quote = TestServer.get(
                TestServer.API + "/quotes?companyId=" + demo2 + "&amount=10.00&currency=TRY&installments=1",
                "collector-demo");
        assertEquals(400, quote.status(), quote.toString());
        assertTrue(quote.body().contains("\"companyId\""), quote.body());
        assertEquals(
                200,
                status(
                        "/quotes?companyId=" + demo + "&definitionId=" + definition1
                                + "&amount=10.00&currency=TRY&installments=1",
                        "collector-demo"));
    }

    @Test
    void definitionChangesStayWithAdminsWhoSeeEveryCompany() {
        String path = "/companies/" + demo2 + "/vpos-definitions/" + definition2;
        assertEquals(200, status(path, "admin"));
        assertEquals(403, status(path, "finance-demo"), "a definition's settings are the admins' (role)");
        TestServer.Reply disable =
                TestServer.postJson(TestServer.API + path + "/disable", "finance-demo", "", Map.of());
        assertEquals(403, disable.status(), disable.toString());
    }

    // ---- collections and follow-ups --------------------------------------------------------------------------------

    @Test
    void aScopedCollectorTakesPaymentsOnlyForItsCompany() {
        int before = batches("definitionId=" + definition2, "admin").getInt("total");
        TestServer.Reply other = TestServer.postJson(
                TestServer.API + "/collections",
                "collector-demo",
                saleJson(demo2, definition2, "43.00"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(400, other.status(), other.toString());
        assertTrue(other.body().contains("\"companyId\""), other.body());
        assertEquals(
                before,
                batches("definitionId=" + definition2, "admin").getInt("total"),
                "nothing was charged or written");
        JsonObject own = sell("collector-demo", demo, definition1, "44.00");
        assertEquals("APPROVED", own.getString("state"));
    }

    @Test
    void aCollectionOfAnotherCompanyIsNotFoundForEveryRoleAndEveryCall() {
        String ref1 = sale1.getString("reference");
        String ref2 = sale2.getString("reference");
        for (String user : SCOPED) {
            assertEquals(200, status("/collections/" + ref1, user), user);
            assertEquals(404, status("/collections/" + ref2, user), user);
            assertEquals(200, status("/collections/" + ref1 + "/operations", user), user);
            assertEquals(404, status("/collections/" + ref2 + "/operations", user), user);
        }
        assertEquals(404, status("/collections/" + ref1, "finance-none"));
        assertEquals(200, status("/collections/" + ref2, "finance"), "the wildcard sees DEMO2");
        assertEquals(404, status("/collections/" + ref2 + "/bank-report", "auditor-demo"));
        assertEquals(404, status("/collections/" + ref2 + "/bank-report", "finance-demo"));
        TestServer.Reply unknown = TestServer.get(TestServer.API + "/collections/" + UUID.randomUUID(), "finance-demo");
        TestServer.Reply hidden = TestServer.get(TestServer.API + "/collections/" + ref2, "finance-demo");
        assertEquals(
                unknown.json().getString("message"),
                hidden.json().getString("message"),
                "another company's collection reads as one that does not exist");

        for (String op : List.of("void", "refund", "cancel", "capture", "status-check", "attention/dismiss")) {
            TestServer.Reply r = TestServer.postJson(
                    TestServer.API + "/collections/" + ref2 + "/" + op,
                    "finance-demo",
                    "{}",
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertEquals(404, r.status(), op + ": " + r);
        }
        JsonObject after =
                TestServer.get(TestServer.API + "/collections/" + ref2, "admin").json();
        assertEquals("APPROVED", after.getString("state"), "no follow-up reached the bank");
        assertTrue(array(TestServer.get(TestServer.API + "/collections/" + ref2 + "/operations", "admin"))
                .isEmpty());

        JsonObject mine = sell("collector", demo, definition1, "45.00");
        TestServer.Reply voided = TestServer.postJson(
                TestServer.API + "/collections/" + mine.getString("reference") + "/void",
                "finance-demo",
                "{}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(200, voided.status(), "its own company's follow-up: " + voided);

        for (String user : List.of("finance-demo", "auditor-demo")) {
            JsonArray attention = array(TestServer.get(TestServer.API + "/collections/needing-attention", user));
            attention.forEach(v -> assertEquals(demo, company(v), user));
        }
    }

    // ---- batches: listing, record, exports ------------------------------------------------------------------------

    @Test
    void theBatchListingHoldsOnlyGrantedCompaniesAndAnotherCompanysRecordIsNotFound() {
        String order1 = sale1.getString("bankOrderId");
        String order2 = sale2.getString("bankOrderId");
        for (String user : SCOPED) {
            assertEquals(1, batches("q=" + order1, user).getInt("total"), user);
            assertEquals(0, batches("q=" + order2, user).getInt("total"), user);
            assertEquals(0, batches("companyId=" + demo2, user).getInt("total"), user + " asking for DEMO2");
            JsonObject all = batches("size=500", user);
            all.getJsonArray("items").forEach(v -> assertEquals(demo, company(v), user));
            assertEquals(200, status("/batches/" + batch1, user), user);
            assertEquals(404, status("/batches/" + batch2, user), user);
        }
        assertEquals(0, batches("size=500", "finance-none").getInt("total"), "no grant, no rows");
        assertEquals(404, status("/batches/" + batch1, "finance-none"));
        assertEquals(1, batches("q=" + order2, "finance").getInt("total"), "the wildcard");
        assertEquals(1, batches("q=" + order2, "admin").getInt("total"));
    }

    @Test
    void fourEyesSettingsAndWaitingRefundsOnlyOfGrantedCompanies() {
        for (String user : List.of("finance-demo", "auditor-demo")) {
            assertEquals(200, status("/companies/" + demo + "/four-eyes", user), user);
            assertEquals(404, status("/companies/" + demo2 + "/four-eyes", user), user + " reading DEMO2's setting");
            assertEquals(400, status("/refund-approvals?companyId=" + demo2, user), user + " asking for DEMO2");
            JsonObject all = TestServer.get(TestServer.API + "/refund-approvals?state=ALL&size=200", user)
                    .json();
            all.getJsonArray("items").forEach(v -> assertEquals(demo, company(v), user));
        }
        assertEquals(
                0,
                TestServer.get(TestServer.API + "/refund-approvals?state=ALL", "finance-none")
                        .json()
                        .getInt("total"),
                "no grant, no waiting refunds");
        assertEquals(200, status("/companies/" + demo2 + "/four-eyes", "finance"), "the wildcard");
    }

    @Test
    void exportsHoldOnlyGrantedCompanies() throws IOException {
        String order1 = sale1.getString("bankOrderId");
        String order2 = sale2.getString("bankOrderId");
        String filter = "?from=" + java.time.LocalDate.now().minusDays(2);
        for (String user : List.of("finance-demo", "auditor-demo")) {
            Download csv = download("/batches/export.csv" + filter, user, "text/csv");
            assertEquals(200, csv.status, user);
            String text = new String(csv.body, StandardCharsets.UTF_8);
            assertTrue(text.contains(order1), user + ": its own company's record");
            assertFalse(text.contains(order2), user + ": not another company's record");
            Download xlsx = download("/batches/export.xlsx" + filter, user, "*/*");
            assertEquals(200, xlsx.status, user);
            String sheet = unzipped(xlsx.body);
            assertTrue(sheet.contains(order1), user);
            assertFalse(sheet.contains(order2), user);
        }
        Download none = download("/batches/export.csv" + filter, "finance-none", "text/csv");
        assertEquals(1, new String(none.body, StandardCharsets.UTF_8).split("\r\n").length, "the header only");
        String all = new String(
                download("/batches/export.csv" + filter, "finance", "text/csv").body, StandardCharsets.UTF_8);
        assertTrue(all.contains(order1) && all.contains(order2), "the wildcard exports both");
    }

    // ---- return-code log, notifications, reconciliation ------------------------------------------------------------

    @Test
    void theReturnCodeLogItsEntriesAndChartsOnlyOfGrantedCompanies() {
        String order2 = sale2.getString("bankOrderId");
        JsonObject adminView = TestServer.get(TestServer.API + "/transaction-log?q=" + order2, "admin")
                .json();
        assertTrue(adminView.getInt("total") > 0);
        long entry2 = adminView
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        long entry1 = TestServer.get(TestServer.API + "/transaction-log?q=" + sale1.getString("bankOrderId"), "admin")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        for (String user : List.of("finance-demo", "auditor-demo")) {
            JsonObject log = TestServer.get(TestServer.API + "/transaction-log?size=500", user)
                    .json();
            log.getJsonArray("items").forEach(v -> assertEquals(demo, company(v), user));
            assertEquals(
                    0,
                    TestServer.get(TestServer.API + "/transaction-log?q=" + order2, user)
                            .json()
                            .getInt("total"),
                    user);
            assertEquals(200, status("/transaction-log/" + entry1, user), user);
            assertEquals(404, status("/transaction-log/" + entry2, user), user);
            String today = java.time.LocalDate.now().toString();
            JsonObject chart = TestServer.get(
                            TestServer.API + "/transaction-log/decline-reasons?from=" + today + "&to=" + today
                                    + "&companyId=" + demo2,
                            user)
                    .json();
            assertTrue(chart.getJsonArray("families").isEmpty(), user + ": no DEMO2 attempts counted");
            JsonArray retention = array(TestServer.get(TestServer.API + "/log-retention", user));
            assertEquals(1, retention.size(), user + ": " + retention);
            assertEquals(demo, company(retention.get(0)), user);
            assertEquals(404, status("/log-retention/" + demo2, user), user);
            JsonObject runs = TestServer.get(TestServer.API + "/transaction-log/prune-runs?size=500", user)
                    .json();
            runs.getJsonArray("items").forEach(v -> assertEquals(demo, company(v), user));
            JsonObject notifications = TestServer.get(TestServer.API + "/provider-notifications?size=500", user)
                    .json();
            notifications.getJsonArray("items").forEach(v -> assertEquals(demo, company(v), user));
        }
    }

    @Test
    void reconciliationOffersAndOpensOnlyGrantedCompaniesDefinitions() {
        JsonArray definitions = array(TestServer.get(TestServer.API + "/reconciliation/definitions", "finance-demo"));
        assertFalse(definitions.isEmpty());
        definitions.forEach(v -> assertEquals(demo, company(v)));
        assertTrue(array(TestServer.get(TestServer.API + "/reconciliation/definitions", "finance-none"))
                .isEmpty());
        assertTrue(array(TestServer.get(
                        TestServer.API + "/reconciliation/days?definitionId=" + definition2, "auditor-demo"))
                .isEmpty());
        TestServer.Reply upload = TestServer.send(TestServer.request(
                        TestServer.API + "/reconciliation/imports?definitionId=" + definition2 + "&mappingId=1",
                        "finance-demo")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("a;b\n"))
                .build());
        assertEquals(400, upload.status(), upload.toString());
        assertTrue(upload.body().contains("\"definitionId\""), upload.body());
    }

    // ---- portal clients ---------------------------------------------------------------------------------------------

    @Test
    void aPortalSeesOnlyTheCollectionsAndCheckoutSessionsItCreated() {
        JsonObject portals = sell("portal", demo, definition1, "46.00");
        String ref = portals.getString("reference");
        assertEquals(200, status("/collections/" + ref, "portal"));
        assertEquals(404, status("/collections/" + ref, "portal2"), "another portal's collection");
        assertEquals(404, status("/collections/" + sale1.getString("reference"), "portal"), "staff's collection");
        TestServer.Reply capture = TestServer.postJson(
                TestServer.API + "/collections/" + ref + "/capture",
                "portal2",
                "{}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(404, capture.status(), capture.toString());
        assertEquals(200, status("/collections/" + ref, "finance-demo"), "staff of the company see it");

        long account = Sales.firstCustomerAccountId(demo);
        TestServer.Reply created = TestServer.postJson(
                TestServer.API + "/checkout-sessions",
                "portal",
                "{\"companyId\":" + demo + ",\"customerAccountId\":" + account
                        + ",\"purpose\":\"BALANCE\",\"reference\":\"ACCESS-" + UUID.randomUUID()
                        + "\",\"amount\":\"12.00\",\"currency\":\"TRY\",\"returnUrl\":\"https://portal.example/back\"}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(201, created.status(), created.toString());
        String session = created.json().getString("id");
        assertEquals(200, status("/checkout-sessions/" + session, "portal"));
        assertEquals(404, status("/checkout-sessions/" + session, "portal2"));
        assertEquals(200, status("/checkout-sessions/" + session, "finance-demo"));
        assertEquals(404, status("/checkout-sessions/" + session, "finance-none"));

        assertEquals(
                200,
                put("/staff/portal2/companies", "admin", grants(false, demo2)).status());
        TestServer.Reply refused = TestServer.postJson(
                TestServer.API + "/checkout-sessions",
                "portal2",
                "{\"companyId\":" + demo + ",\"customerAccountId\":" + account
                        + ",\"purpose\":\"BALANCE\",\"reference\":\"ACCESS-2\",\"amount\":\"12.00\",\"currency\":\"TRY\","
                        + "\"returnUrl\":\"https://portal.example/back\"}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(400, refused.status(), "a portal granted DEMO2 only opens no session for DEMO: " + refused);
        assertTrue(refused.body().contains("\"companyId\""), refused.body());
        assertEquals(
                200,
                put("/staff/portal2/companies", "admin", "{\"allCompanies\": true}")
                        .status());
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private static JsonObject sell(String user, long company, long definition, String amount) {
        TestServer.Reply r = TestServer.postJson(
                TestServer.API + "/collections",
                user,
                saleJson(company, definition, amount),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(201, r.status(), user + ": " + r);
        return r.json();
    }

    private static String saleJson(long company, long definition, String amount) {
        return Sales.sale(
                company, Sales.firstCustomerAccountId(company), definition, amount, Sales.APPROVED_CARD, "12/30");
    }

    private static long batchId(JsonObject sale) {
        JsonObject page = batches("q=" + sale.getString("bankOrderId"), "admin");
        assertEquals(1, page.getInt("total"), page.toString());
        return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static JsonObject batches(String query, String user) {
        TestServer.Reply r = TestServer.get(TestServer.API + "/batches?" + query, user);
        assertEquals(200, r.status(), user + ": " + r);
        return r.json();
    }

    private static int status(String path, String user) {
        return TestServer.get(TestServer.API + path, user).status();
    }

    private static long company(String code) {
        return array(TestServer.get(TestServer.API + "/companies", "admin")).stream()
                .map(v -> (JsonObject) v)
                .filter(c -> code.equals(c.getString("code")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static List<Long> companyIds(String user) {
        return array(TestServer.get(TestServer.API + "/companies", user)).stream()
                .map(v -> ((JsonObject) v).getJsonNumber("id").longValue())
                .toList();
    }

    private static long company(JsonValue row) {
        return ((JsonObject) row).getJsonNumber("companyId").longValue();
    }

    private static List<Long> ids(JsonArray array) {
        return array.stream()
                .map(v -> ((jakarta.json.JsonNumber) v).longValue())
                .toList();
    }

    private static JsonArray array(TestServer.Reply r) {
        assertEquals(200, r.status(), r.toString());
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readArray();
        }
    }

    private static String grants(boolean all, long company) {
        return "{\"allCompanies\": " + all + ", \"companyIds\": [" + company + "]}";
    }

    private static TestServer.Reply put(String path, String user, String json) {
        return TestServer.send(TestServer.request(TestServer.API + path, user)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static TestServer.Reply delete(String path, String user) {
        return TestServer.send(
                TestServer.request(TestServer.API + path, user).DELETE().build());
    }

    private record Download(int status, byte[] body) {}

    private static Download download(String path, String user, String accept) {
        String token = user + ":" + TestServer.PASSWORDS.get(user);
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestServer.API + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", accept)
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build();
        try {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String unzipped(byte[] zip) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
