package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A programme's plus-installment campaign (docs/routing.md) through the API: DEMO3 routed as in {@link RoutedCompany}
 * (Bonus → GAR, which offers 1 and 3 installments; Akbank → AKB, 1 and 3), a campaign "+2 on 3 or more" for Bonus.
 * The quote's {@code installmentOptions} show it for a Bonus card, not for an Axess card, a debit card, or outside
 * the campaign's days; the payer's page's {@code /route} carries it; bad campaigns are refused by field in the
 * caller's language and change nothing.
 */
class PlusInstallmentCampaignIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Istanbul"));
    private static RoutedCompany routed;

    @BeforeAll
    static void routedCompany() throws IOException {
        routed = RoutedCompany.setUp();
    }

    @AfterAll
    static void noCampaignLeftForOtherTests() {
        assertEquals(200, put("[]").status());
    }

    @Test
    void theQuoteShowsTheProgrammesCampaignOnItsCountsOnlyWhileItRuns() {
        TestServer.Reply set = put("[" + campaign("Bonus", 2, 3, TODAY.minusDays(1), TODAY.plusDays(1)) + "]");
        assertEquals(200, set.status(), set.toString());
        JsonObject shown = array(set).getJsonObject(0);
        assertEquals("Bonus", shown.getString("programme"));
        assertEquals(2, shown.getInt("extraInstallments"));
        assertEquals(TODAY.plusDays(1).toString(), shown.getString("validTo"));
        assertEquals(array(set), array(TestServer.get(path(), "collector")), "readable by the collector as stored");

        JsonObject bonus = quote(3, "540134");
        assertEquals(routed.gar(), bonus.getJsonNumber("definitionId").longValue(), bonus.toString());
        assertEquals(3, bonus.getInt("installments"), "what is sent to the bank stays 3");
        assertEquals(List.of("1:0:null", "3:2:Bonus"), options(bonus));

        assertEquals(List.of("1:0:null", "3:0:null"), options(quote(3, "435508")), "an Axess card: another programme");
        assertEquals(List.of("1:0:null"), options(quote(1, "41322611")), "a debit card: no installments at all");

        assertEquals(
                200,
                put("[" + campaign("Bonus", 2, 3, TODAY.minusDays(10), TODAY.minusDays(1)) + "]")
                        .status());
        assertEquals(List.of("1:0:null", "3:0:null"), options(quote(3, "540134")), "ended yesterday");
        assertEquals(
                200,
                put("[" + campaign("Bonus", 2, 3, TODAY.plusDays(1), TODAY.plusDays(9)) + "]")
                        .status());
        assertEquals(List.of("1:0:null", "3:0:null"), options(quote(3, "540134")), "starts tomorrow");
        assertEquals(200, put("[" + campaign("Bonus", 2, 4, TODAY, TODAY) + "]").status());
        assertEquals(List.of("1:0:null", "3:0:null"), options(quote(3, "540134")), "only on 4 or more");
        assertEquals(200, put("[" + campaign("Axess", 1, 2, TODAY, TODAY) + "]").status());
        assertEquals(List.of("1:0:null", "3:1:Axess"), options(quote(3, "435508")), "today only, both days included");
    }

    @Test
    void thePayersPageGetsTheCampaignWithTheRoute() {
        assertEquals(
                200,
                put("[" + campaign("Bonus", 2, 3, TODAY, TODAY.plusDays(30)) + "]")
                        .status());
        String page = routed.payerPage("1000.00");
        TestServer.Reply bonus = RoutedCompany.payerRoute(page, "54013412", 1, null);
        assertEquals(200, bonus.status(), bonus.toString());
        JsonObject c = bonus.json().getJsonObject("campaign");
        assertEquals("Bonus", c.getString("programme"), bonus.toString());
        assertEquals(2, c.getInt("plusInstallments"));
        assertEquals(3, c.getInt("minimumInstallments"));
        TestServer.Reply other = RoutedCompany.payerRoute(page, "402277", 1, null);
        assertEquals(200, other.status(), other.toString());
        assertTrue(other.json().isNull("campaign"), other.toString());
    }

    @Test
    void aBadCampaignIsRefusedByFieldInTheCallersLanguageAndChangesNothing() {
        assertEquals(200, put("[]").status());
        String bad = "["
                + Json.createObjectBuilder()
                        .add("programme", " ")
                        .add("extraInstallments", 0)
                        .add("minimumInstallments", 1)
                        .add("validFrom", "2026-12-10")
                        .add("validTo", "2026-12-01")
                        .build()
                + ","
                + Json.createObjectBuilder()
                        .add("programme", "Bonus")
                        .add("extraInstallments", 2)
                        .add("minimumInstallments", 3)
                        .add("validFrom", "31.12.2026")
                        .add("validTo", "2026-12-31")
                        .build()
                + "]";
        TestServer.Reply refused = RoutedCompany.send(
                "PUT",
                TestServer.API + "/companies/" + routed.company() + "/installment-campaigns",
                "{\"campaigns\":" + bad + "}");
        assertEquals(400, refused.status(), refused.toString());
        // the dates are read first: a text that is no date is answered on its own
        JsonArray fields = refused.json().getJsonArray("fields");
        assertEquals(
                List.of("campaigns[1].validFrom"),
                fields.stream().map(f -> f.asJsonObject().getString("field")).toList(),
                refused.toString());

        TestServer.Reply turkish = putAs("admin", "tr", "[" + bad.substring(1, bad.indexOf("},") + 1) + "]");
        assertEquals(400, turkish.status(), turkish.toString());
        List<String> names = turkish.json().getJsonArray("fields").stream()
                .map(f -> f.asJsonObject().getString("field"))
                .toList();
        assertEquals(
                List.of(
                        "campaigns[0].programme",
                        "campaigns[0].extraInstallments",
                        "campaigns[0].minimumInstallments",
                        "campaigns[0].validTo"),
                names);
        String reason = turkish.json().getJsonArray("fields").getJsonObject(3).getString("reason");
        assertEquals("kampanyanın ilk gününden önce olamaz.", reason, turkish.toString());

        assertEquals(403, putAs("collector", null, "[]").status(), "only admins set campaigns");
        assertEquals(0, array(TestServer.get(path(), "admin")).size(), "nothing stored");
    }

    private static JsonArray array(TestServer.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        try (var reader = Json.createReader(new java.io.StringReader(reply.body()))) {
            return reader.readArray();
        }
    }

    private static List<String> options(JsonObject quote) {
        return quote.getJsonArray("installmentOptions").stream()
                .map(v -> {
                    JsonObject o = v.asJsonObject();
                    return o.getInt("installments") + ":" + o.getInt("plusInstallments") + ":"
                            + o.getString("campaignProgramme", "null");
                })
                .toList();
    }

    private static JsonObject quote(int installments, String bin) {
        TestServer.Reply r = TestServer.get(
                TestServer.API + "/quotes?companyId=" + routed.company() + "&amount=1000.00&currency=TRY&installments="
                        + installments + "&bin=" + bin,
                "collector");
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static String path() {
        return TestServer.API + "/companies/" + routed.company() + "/installment-campaigns";
    }

    private static TestServer.Reply put(String campaigns) {
        return putAs("admin", null, campaigns);
    }

    private static TestServer.Reply putAs(String user, String language, String campaigns) {
        var b = TestServer.request(path(), user).header("Content-Type", "application/json");
        if (language != null) {
            b.header("Accept-Language", language);
        }
        b.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"campaigns\":" + campaigns + "}"));
        return TestServer.send(b.build());
    }

    static String campaign(String programme, int extra, int minimum, LocalDate from, LocalDate to) {
        JsonObjectBuilder c = Json.createObjectBuilder()
                .add("programme", programme)
                .add("extraInstallments", extra)
                .add("minimumInstallments", minimum)
                .add("validFrom", from.toString())
                .add("validTo", to.toString());
        return c.build().toString();
    }
}
