package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue #13 item 5: deleting a definition that a batch record or a reconciliation day still points to answered a 500
 * from a foreign key; it must be 409 {@code definition.inUse} like a definition a collection used, and nothing is
 * deleted. The definition here never took a payment: the bank's statement brings a sale the ERP never saw (a
 * reconciliation day), finance enters it by hand (a MANUAL batch record), then takes it back (the day alone).
 */
class DefinitionDeletionIT {

    private static final String RECON = TestServer.API + "/reconciliation";

    @Test
    void aDefinitionThatABatchOrAReconciliationDayPointsToIsKeptWithA409() throws InterruptedException {
        long company = Sales.demoCompanyId();
        long customer = Sales.firstCustomerAccountId(company);
        String merchant = "7006559" + String.format("%05d", System.nanoTime() % 100_000);
        long definition = definition(company, merchant);

        // the bank booked a sale on this merchant that the ERP never saw; finance imports the statement
        TestServer.Reply booked = simulator(
                "/control/ledger/book",
                "{\"family\":\"EST\",\"merchant\":\"" + merchant
                        + "\",\"amount\":\"41.00\",\"card\":\"5401341234567891\"}");
        assertEquals(201, booked.status(), booked.toString());
        JsonObject done = imported(definition, mappingId("SIM-EST"), settlementFile(merchant));
        assertEquals(1, done.getInt("missingInErp"), done.toString());
        long day = done.getJsonNumber("dayId").longValue();

        assertInUse(company, definition, "a reconciliation day");

        // finance enters the sale by hand from the statement's line: a MANUAL batch record of this definition
        long line = TestServer.get(RECON + "/days/" + day + "/differences?status=open", "finance")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        TestServer.Reply manual = TestServer.postJson(
                RECON + "/days/" + day + "/lines/" + line + "/manual-batch",
                "finance",
                "{\"customerAccountId\":" + customer + ",\"reason\":\"phone order keyed in late\"}",
                Map.of());
        assertEquals(200, manual.status(), manual.toString());
        assertTrue(manual.json().containsKey("batchId"), manual.toString());

        assertInUse(company, definition, "a batch record and a reconciliation day");
    }

    @Test
    void aFreshUnusedDefinitionCanBeDeleted() {
        long company = Sales.demoCompanyId();
        long definition = definition(company, "7006558" + String.format("%05d", System.nanoTime() % 100_000));
        TestServer.Reply deleted = TestServer.send(TestServer.request(definitionPath(company, definition), "admin")
                .DELETE()
                .build());
        assertEquals(204, deleted.status(), deleted.toString());
        assertEquals(
                404,
                TestServer.get(definitionPath(company, definition), "admin").status());
    }

    private static void assertInUse(long company, long definition, String what) {
        TestServer.Reply refused = TestServer.send(TestServer.request(definitionPath(company, definition), "admin")
                .DELETE()
                .build());
        assertEquals(409, refused.status(), what + " keeps the definition: " + refused);
        assertEquals("definition.inUse", refused.json().getString("error"), refused.toString());
        assertEquals(
                200,
                TestServer.get(definitionPath(company, definition), "admin").status(),
                "still there");
    }

    private static String definitionPath(long company, long definition) {
        return TestServer.API + "/companies/" + company + "/vpos-definitions/" + definition;
    }

    /** An enabled TEST definition of EST on its own merchant number (so the statement holds only this test's sale). */
    private static long definition(long company, String merchant) {
        JsonObject body = Json.createObjectBuilder()
                .add("code", "DEL-" + (System.nanoTime() % 1_000_000))
                .add("displayName", "Deletion check")
                .add("bankName", "EST test bank")
                .add("family", "EST")
                .add("environment", "TEST")
                .add("paymentModel", "REGULAR")
                .add("testEndpointUrl", FamilyOperationsIT.endpoint("EST"))
                .add("currencies", Json.createArrayBuilder().add("TRY"))
                .add("companyDefault", false)
                .add(
                        "credentials",
                        Json.createObjectBuilder()
                                .add("apiUser", "DELAPI")
                                .add("password", "DEL12345")
                                .add("clientId", merchant)
                                .add("storeKey", "DELKEY"))
                .build();
        String base = TestServer.API + "/companies/" + company + "/vpos-definitions";
        TestServer.Reply created = TestServer.postJson(base, "admin", body.toString(), Map.of());
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        TestServer.Reply enabled = TestServer.postJson(base + "/" + id + "/enable", "admin", "{}", Map.of());
        assertEquals(200, enabled.status(), enabled.toString());
        return id;
    }

    private static TestServer.Reply simulator(String path, String json) {
        return TestServer.send(HttpRequest.newBuilder(URI.create(TestServer.SIMULATOR + path))
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static String settlementFile(String merchant) {
        TestServer.Reply r = TestServer.send(HttpRequest.newBuilder(URI.create(TestServer.SIMULATOR
                        + "/settlement/EST?date=" + LocalDate.now(ZoneId.of("Europe/Istanbul")) + "&merchant="
                        + merchant))
                .GET()
                .build());
        assertEquals(200, r.status(), r.toString());
        return r.body();
    }

    private static long mappingId(String code) {
        return Json.createReader(new java.io.StringReader(
                        TestServer.get(RECON + "/mappings", "finance").body()))
                .readArray()
                .stream()
                .map(v -> (JsonObject) v)
                .filter(m -> code.equals(m.getString("code")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static JsonObject imported(long definition, long mapping, String csv) throws InterruptedException {
        TestServer.Reply r = TestServer.send(TestServer.request(
                        RECON + "/imports?definitionId=" + definition + "&mappingId=" + mapping
                                + "&fileName=deletion.csv",
                        "finance")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .build());
        assertEquals(202, r.status(), r.toString());
        long id = r.json().getJsonNumber("id").longValue();
        for (int i = 0; i < 300; i++) {
            JsonObject progress =
                    TestServer.get(RECON + "/imports/" + id, "finance").json();
            if (!"IMPORTING".equals(progress.getString("status"))) {
                assertEquals("DONE", progress.getString("status"), progress.toString());
                return progress;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import " + id + " did not finish");
    }
}
