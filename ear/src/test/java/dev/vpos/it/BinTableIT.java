package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/**
 * The BIN table through the API (docs/routing.md): an admin previews a bank's CSV (problems by line and column,
 * nothing stored), imports it all or nothing, and the next quote reads the card by its new row.
 */
class BinTableIT {

    private static final String HEADER = "prefix;issuer_code;issuer_name;programme;brand;card_type;country\n";

    @Test
    void aFileIsPreviewedThenImportedAndTheQuoteReadsTheNewRow() {
        String prefix = "6" + String.format("%07d", System.nanoTime() % 10_000_000);
        String good = HEADER + prefix + ";0099;Örnek Katılım Bankası;Kartım;TROY;DEBIT;TR\n";
        String bad = good + "12345;0099;Örnek;;VISA;PREPAID;TR\n";

        TestServer.Reply badPreview = post("/bins/preview", bad, "admin");
        assertEquals(200, badPreview.status(), badPreview.toString());
        JsonObject preview = badPreview.json();
        assertEquals(2, preview.getInt("lines"));
        assertEquals(1, preview.getInt("valid"));
        assertTrue(!preview.getBoolean("importable"), preview.toString());
        String problems = preview.getJsonArray("problems").toString();
        assertTrue(problems.contains("line 3: prefix") && problems.contains("line 3: card_type"), problems);

        TestServer.Reply refused = post("/bins/import", bad, "admin");
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.body().contains("line 3: prefix"), refused.body());
        assertEquals(0, listing(prefix).size(), "nothing stored from a file with a problem");

        JsonObject goodPreview = post("/bins/preview", good, "admin").json();
        assertEquals(1, goodPreview.getInt("added"), goodPreview.toString());
        assertTrue(goodPreview.getBoolean("importable"));
        assertEquals(0, listing(prefix).size(), "a preview stores nothing");

        assertEquals(403, post("/bins/import", good, "collector").status(), "imports are the admins'");
        TestServer.Reply imported = post("/bins/import", good, "admin");
        assertEquals(200, imported.status(), imported.toString());
        assertEquals(1, imported.json().getInt("added"));
        JsonArray rows = listing(prefix);
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("Örnek Katılım Bankası", rows.getJsonObject(0).getString("issuerName"));
        assertEquals(1, post("/bins/import", good, "admin").json().getInt("unchanged"), "the same file again");

        long demo = Sales.demoCompanyId();
        TestServer.Reply quote = TestServer.get(
                TestServer.API + "/quotes?companyId=" + demo + "&amount=100.00&currency=TRY&installments=1&bin="
                        + prefix,
                "collector");
        assertEquals(200, quote.status(), quote.toString());
        assertEquals("DEBIT", quote.json().getJsonObject("card").getString("type"));
        assertEquals("DEFAULT", quote.json().getJsonObject("route").getString("reason"), "DEMO has no rules");
        assertEquals("[1]", quote.json().getJsonArray("installmentsOffered").toString(), "a debit card: none");

        TestServer.Reply badBin = TestServer.get(
                TestServer.API + "/quotes?companyId=" + demo + "&amount=100.00&currency=TRY&installments=1&bin=12a",
                "collector");
        assertEquals(400, badBin.status(), badBin.toString());
        assertTrue(badBin.body().contains("\"bin\""), badBin.body());
    }

    private static JsonArray listing(String prefix) {
        TestServer.Reply r = TestServer.get(TestServer.API + "/bins?prefix=" + prefix, "collector");
        assertEquals(200, r.status(), r.toString());
        return jakarta.json.Json.createReader(new StringReader(r.body())).readArray();
    }

    private static TestServer.Reply post(String path, String csv, String user) {
        return TestServer.send(TestServer.request(TestServer.API + path, user)
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, java.nio.charset.StandardCharsets.UTF_8))
                .build());
    }
}
