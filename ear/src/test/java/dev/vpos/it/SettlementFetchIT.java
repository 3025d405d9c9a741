package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Settlement files fetched by themselves (issue #19 part 2), through HTTP: sales, the simulated bank's day end
 * publishing the merchant's file in its SFTP drop box, the definition's SFTP source set on the API, "fetch now" and
 * the schedule's retries: the reconciliation day with its matches and differences, the file recognised on the next
 * fetch, a wrong password and an unreachable host recorded with their reasons and retried, no secret ever returned.
 */
class SettlementFetchIT {

    static final String SFTP_PORT = System.getProperty("vpos.test.sftpPort", "2223");
    /** Merchants only this test uses: their settlement files hold only its sales. */
    static final String MERCHANT = "700655000600";

    static final String RETRY_MERCHANT = "700655000700";
    static final String SIM_PASSWORD = "settlement-test";

    private static long company;

    @BeforeAll
    static void demo2() {
        ReconciliationIT.demo2();
        company = ReconciliationIT.array(
                        TestServer.get(TestServer.API + "/companies", "admin").body())
                .stream()
                .map(v -> (JsonObject) v)
                .filter(c -> "DEMO2".equals(c.getString("code")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    static String source(long definition) {
        return TestServer.API + "/companies/" + company + "/vpos-definitions/" + definition + "/settlement-source";
    }

    static TestServer.Reply put(long definition, JsonObject body, String user, String language) {
        HttpRequest.Builder b = TestServer.request(source(definition), user)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return TestServer.send(b.build());
    }

    static JsonObject settings(String folder, String password, int port, boolean enabled, Long version) {
        var b = Json.createObjectBuilder()
                .add("enabled", enabled)
                .add("host", "127.0.0.1")
                .add("port", port)
                .add("username", "settlement")
                .add("password", password)
                .add("folder", folder)
                .add("filePattern", "est-settlement-*.csv")
                .add("mappingId", ReconciliationIT.mappingId("SIM-EST"))
                .add("fetchTime", "23:59");
        if (version != null) {
            b.add("version", version);
        }
        return b.build();
    }

    static TestServer.Reply fetchNow(long definition, String user) {
        return TestServer.postJson(source(definition) + "/fetches", user, "", Map.of());
    }

    static JsonArray history(long definition, String user, String language) {
        HttpRequest.Builder b =
                TestServer.request(source(definition) + "/fetches", user).GET();
        if (language != null) {
            b.header("Accept-Language", language);
        }
        TestServer.Reply r = TestServer.send(b.build());
        assertEquals(200, r.status(), r.toString());
        return ReconciliationIT.array(r.body());
    }

    static void dayEnd() {
        assertEquals(
                200,
                ReconciliationIT.simulator("/control/day-end?family=EST", null).status());
    }

    @Test
    void theDayEndFileIsFetchedOverSftpImportedAndMatchedAndTheNextFetchRecognisesIt() throws IOException {
        long definition = ReconciliationIT.estDefinition(MERCHANT, "SFTPAPI", "SFTP600");
        JsonObject a = ReconciliationIT.sell(definition, "120.00");
        JsonObject b = ReconciliationIT.sell(definition, "75.50");
        JsonObject neverAtBank = ReconciliationIT.sell(definition, "33.10");
        TestServer.Reply booked = ReconciliationIT.simulator(
                "/control/ledger/book", "{\"family\":\"EST\",\"merchant\":\"" + MERCHANT + "\",\"amount\":\"77.00\"}");
        assertEquals(201, booked.status(), booked.toString());
        assertEquals(
                200,
                ReconciliationIT.simulator(
                                "/control/ledger/forget",
                                "{\"family\":\"EST\",\"merchant\":\"" + MERCHANT + "\",\"orderId\":\""
                                        + neverAtBank.getString("bankOrderId") + "\"}")
                        .status());
        dayEnd();

        // no source yet: "fetch now" says what is missing
        TestServer.Reply none = fetchNow(definition, "finance");
        assertEquals(409, none.status(), none.toString());
        assertEquals(204, TestServer.get(source(definition), "admin").status());

        // bad settings: every field named, in the caller's language, nothing stored
        JsonObject bad = Json.createObjectBuilder()
                .add("host", "bad host!")
                .add("port", 0)
                .add("username", "settlement")
                .add("folder", "relative/folder")
                .add("filePattern", "a/*.csv")
                .add("mappingId", ReconciliationIT.mappingId("SIM-EST"))
                .add("fetchTime", "25:00")
                .build();
        TestServer.Reply refused = put(definition, bad, "admin", "tr");
        assertEquals(400, refused.status(), refused.toString());
        Map<String, String> fields = refused.json().getJsonArray("fields").stream()
                .map(v -> (JsonObject) v)
                .collect(Collectors.toMap(f -> f.getString("field"), f -> f.getString("reason")));
        assertEquals(Set.of("host", "port", "password", "folder", "filePattern", "fetchTime"), fields.keySet());
        assertEquals("SS:dd biçiminde bir saat olmalıdır (ör. 23:30).", fields.get("fetchTime"));
        assertEquals(204, TestServer.get(source(definition), "admin").status());
        assertEquals(
                403,
                put(definition, settings("/est/" + MERCHANT, SIM_PASSWORD, port(), false, null), "finance", null)
                        .status());

        // the source: the simulator's drop box, the merchant's folder; the password is never answered
        TestServer.Reply saved =
                put(definition, settings("/est/" + MERCHANT, SIM_PASSWORD, port(), false, null), "admin", null);
        assertEquals(200, saved.status(), saved.toString());
        assertTrue(saved.json().getBoolean("passwordSet"));
        assertFalse(saved.body().contains(SIM_PASSWORD), saved.body());
        assertFalse(saved.json().containsKey("password"), saved.body());
        assertTrue(ReconciliationIT.absent(saved.json(), "hostKey"), saved.body());

        // fetch now (finance): downloaded, imported with SIM-EST, matched
        TestServer.Reply fetched = fetchNow(definition, "finance");
        assertEquals(200, fetched.status(), fetched.toString());
        JsonObject run = fetched.json();
        assertEquals("IMPORTED", run.getString("outcome"), run.toString());
        assertEquals("MANUAL", run.getString("trigger"));
        assertEquals("finance", run.getString("actor"));
        assertEquals(1, run.getInt("filesListed"));
        assertEquals(1, run.getInt("filesImported"));
        JsonObject file = run.getJsonArray("files").getJsonObject(0);
        assertEquals("est-settlement-" + ReconciliationIT.today() + ".csv", file.getString("fileName"));
        assertEquals("IMPORTED", file.getString("outcome"));
        long day = file.getJsonNumber("dayId").longValue();

        JsonObject summary = TestServer.get(ReconciliationIT.RECON + "/days/" + day, "finance")
                .json();
        assertEquals("OPEN", summary.getString("status"));
        assertEquals(ReconciliationIT.today().toString(), summary.getString("statementDate"));
        JsonObject imported = TestServer.get(
                        ReconciliationIT.RECON + "/imports/" + file.getJsonNumber("importId"), "finance")
                .json();
        assertEquals("DONE", imported.getString("status"));
        assertEquals(3, imported.getInt("total"));
        assertEquals(2, imported.getInt("matched"));
        assertEquals("finance", imported.getString("importedBy"));
        JsonArray open = ReconciliationIT.openDifferences(day);
        Map<String, JsonObject> byKind =
                open.stream().map(v -> (JsonObject) v).collect(Collectors.toMap(o -> o.getString("kind"), o -> o));
        assertEquals(Set.of("MISSING_AT_BANK", "MISSING_IN_ERP"), byKind.keySet(), open.toString());
        assertEquals(
                booked.json().getString("orderId"), byKind.get("MISSING_IN_ERP").getString("orderId"));
        assertEquals(
                "77.00",
                byKind.get("MISSING_IN_ERP")
                        .getJsonNumber("amount")
                        .bigDecimalValue()
                        .toPlainString());
        assertEquals(
                neverAtBank.getString("bankOrderId"),
                byKind.get("MISSING_AT_BANK").getString("orderId"));
        assertEquals(
                "MATCHED",
                ReconciliationIT.batchOf(a.getString("bankOrderId"), "SALE").getString("reconciliationStatus"));
        assertEquals(
                "MATCHED",
                ReconciliationIT.batchOf(b.getString("bankOrderId"), "SALE").getString("reconciliationStatus"));

        // the server's host key was recorded at the first connection (trust on first use)
        JsonObject withKey = TestServer.get(source(definition), "admin").json();
        assertTrue(withKey.getString("hostKeyFingerprint").startsWith("SHA256:"), withKey.toString());
        assertNotNull(withKey.getString("hostKeyRecorded"));

        // a second fetch recognises the file: nothing imported twice
        JsonObject second = fetchNow(definition, "admin").json();
        assertEquals("NOTHING_NEW", second.getString("outcome"), second.toString());
        assertEquals(1, second.getInt("filesListed"));
        assertEquals(1, second.getInt("filesKnown"));
        assertEquals(0, second.getInt("filesImported"));
        assertEquals(
                1,
                TestServer.get(ReconciliationIT.RECON + "/days/" + day, "finance")
                        .json()
                        .getJsonArray("imports")
                        .size(),
                "one import on the day");

        // the history, newest first, for finance and the auditor; not for a collector
        JsonArray runs = history(definition, "auditor", null);
        assertEquals(
                List.of("NOTHING_NEW", "IMPORTED"),
                runs.stream().map(v -> ((JsonObject) v).getString("outcome")).toList());

        // a file the mapping cannot read: refused with its line and reason in the reader's language, the run failed
        Path folder = Path.of(System.getProperty("vpos.test.serverDir"), "sftp", "est", MERCHANT);
        Path broken = folder.resolve("est-settlement-2000-01-01.csv");
        Files.writeString(
                broken,
                Files.readString(folder.resolve(file.getString("fileName"))).replace(";120,00;", ";12O,00;"));
        try {
            TestServer.Reply refusedRun = TestServer.send(TestServer.request(source(definition) + "/fetches", "finance")
                    .header("Accept-Language", "tr")
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build());
            JsonObject failedRun = refusedRun.json();
            assertEquals("FAILED", failedRun.getString("outcome"), failedRun.toString());
            assertEquals("settlementFetch.fileRefused", failedRun.getString("reasonCode"));
            assertEquals(
                    "est-settlement-2000-01-01.csv dosyası eşlemesi tarafından reddedildi.",
                    failedRun.getString("reason"));
            JsonObject refusedFile = failedRun.getJsonArray("files").getJsonObject(0);
            assertEquals("REFUSED", refusedFile.getString("outcome"));
            assertTrue(refusedFile.getString("reason").contains("satır 2"), refusedFile.toString());
            assertEquals(1, failedRun.getInt("filesKnown"), "the imported file is still recognised");
        } finally {
            Files.delete(broken);
        }
        assertEquals(
                403,
                TestServer.get(source(definition) + "/fetches", "collector").status());
        assertEquals(403, fetchNow(definition, "auditor").status());
        assertFalse(TestServer.get(source(definition) + "/fetches", "finance")
                .body()
                .contains(SIM_PASSWORD));
    }

    @Test
    void aWrongPasswordIsRecordedAndRetriedByTheScheduleWhichFetchesTheFileOnceThePasswordIsFixed() throws IOException {
        long definition = ReconciliationIT.estDefinition(RETRY_MERCHANT, "SFTPRETRY", "SFTP700");
        JsonObject sale = ReconciliationIT.sell(definition, "250.00");
        dayEnd();

        String wrong = "not-the-password";
        TestServer.Reply saved =
                put(definition, settings("/est/" + RETRY_MERCHANT, wrong, port(), true, null), "admin", null);
        assertEquals(200, saved.status(), saved.toString());
        JsonObject failed = fetchNow(definition, "admin").json();
        assertEquals("FAILED", failed.getString("outcome"), failed.toString());
        assertEquals("settlementFetch.authRefused", failed.getString("reasonCode"));
        assertTrue(
                failed.getString("reason").startsWith("The bank's SFTP server refused the user name"),
                failed.toString());
        assertFalse(failed.toString().contains(wrong), failed.toString());
        assertNotNull(failed.getString("nextTryAt"));

        // the schedule retries it by itself (back-off 3 s, 6 s, ... on the test server), still failing
        JsonArray retried = Await.until(
                () -> history(definition, "finance", "tr"),
                h -> h.stream()
                        .map(v -> (JsonObject) v)
                        .anyMatch(r ->
                                "RETRY".equals(r.getString("trigger")) && !"RUNNING".equals(r.getString("outcome"))),
                "a scheduled retry of the failed fetch");
        JsonObject retry = retried.stream()
                .map(v -> (JsonObject) v)
                .filter(r -> "RETRY".equals(r.getString("trigger")) && !"RUNNING".equals(r.getString("outcome")))
                .reduce((first, later) -> later)
                .orElseThrow();
        assertEquals("FAILED", retry.getString("outcome"));
        assertEquals(2, retry.getInt("attempt"));
        assertEquals("settlement-fetch", retry.getString("actor"));
        assertTrue(retry.getString("reason").startsWith("Bankanın SFTP sunucusu"), retry.toString());

        // the admin fixes the password: the pending retry fetches and imports the file
        long version = TestServer.get(source(definition), "admin")
                .json()
                .getJsonNumber("version")
                .longValue();
        TestServer.Reply fixed =
                put(definition, settings("/est/" + RETRY_MERCHANT, SIM_PASSWORD, port(), true, version), "admin", null);
        assertEquals(200, fixed.status(), fixed.toString());
        JsonArray after = Await.until(
                () -> history(definition, "finance", null),
                h -> "IMPORTED".equals(h.getJsonObject(0).getString("outcome")),
                "the retry after the password fix",
                Duration.ofSeconds(90));
        JsonObject imported = after.getJsonObject(0);
        assertEquals("settlement-fetch", imported.getString("actor"));
        assertEquals("RETRY", imported.getString("trigger"));
        assertEquals(
                "MATCHED",
                ReconciliationIT.batchOf(sale.getString("bankOrderId"), "SALE").getString("reconciliationStatus"));
        assertEquals(0, TestServer.get(source(definition), "admin").json().getInt("failuresInARow"));

        // an unreachable host: recorded with its reason, and retried
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        version = TestServer.get(source(definition), "admin")
                .json()
                .getJsonNumber("version")
                .longValue();
        assertEquals(
                200,
                put(definition, settings("/est/" + RETRY_MERCHANT, "", closed, true, version), "admin", null)
                        .status());
        JsonObject unreachable = fetchNow(definition, "finance").json();
        assertEquals("FAILED", unreachable.getString("outcome"), unreachable.toString());
        assertEquals("settlementFetch.unreachable", unreachable.getString("reasonCode"));
        assertTrue(unreachable.getString("detail").contains("127.0.0.1:" + closed), unreachable.toString());
        JsonObject state = TestServer.get(source(definition), "admin").json();
        assertTrue(state.getInt("failuresInARow") >= 1, state.toString());
        assertTrue(state.getBoolean("passwordSet"), "an empty password keeps the stored one: " + state);
        Await.until(
                () -> history(definition, "finance", null),
                h -> h.stream()
                        .map(v -> (JsonObject) v)
                        .anyMatch(r -> "RETRY".equals(r.getString("trigger"))
                                && "settlementFetch.unreachable".equals(r.getString("reasonCode", ""))),
                "a scheduled retry of the unreachable host");

        // disabled: no more retries
        version = TestServer.get(source(definition), "admin")
                .json()
                .getJsonNumber("version")
                .longValue();
        TestServer.Reply off =
                put(definition, settings("/est/" + RETRY_MERCHANT, "", closed, false, version), "admin", null);
        assertEquals(200, off.status(), off.toString());
        assertTrue(ReconciliationIT.absent(off.json(), "nextFetchAt"), off.toString());
    }

    private static int port() {
        return Integer.parseInt(SFTP_PORT);
    }
}
