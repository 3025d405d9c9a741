package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * System › Return-Code Log over REST: the filters really filter (declines made with the simulator's magic amounts and
 * cards through the sale API), the detail is masked, the decline-reason chart's counts match the list, retention is
 * validated and the pruning endpoint runs and is recorded. Old rows and their pruning: {@link
 * ReturnCodeLogPruningInContainerIT}.
 */
class ReturnCodeLogIT {

    private static final String LOG = TestServer.API + "/transaction-log";
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Istanbul");
    private static final String CVV = "987";

    private static long company;
    private static long est;
    private static long garanti;
    private static JsonObject approved;
    private static JsonObject insufficient;
    private static JsonObject expired;
    private static JsonObject doNotHonor;
    private static JsonObject garantiDecline;

    @BeforeAll
    static void salesApprovedAndDeclined() {
        company = companyId("DEMO2");
        est = FamilyOperationsIT.definition(company, "EST", "REGULAR");
        garanti = FamilyOperationsIT.definition(company, "GARANTI", "REGULAR");
        approved = sell(est, "100.00", Sales.APPROVED_CARD, 201);
        insufficient = sell(est, "10.51", Sales.APPROVED_CARD, 402);
        expired = sell(est, "10.54", Sales.APPROVED_CARD, 402);
        doNotHonor = sell(est, "10.05", Sales.APPROVED_CARD, 402);
        garantiDecline = sell(garanti, "25.00", Sales.INSUFFICIENT_FUNDS_CARD, 402);
    }

    static long companyId(String code) {
        try (var reader = Json.createReader(new java.io.StringReader(
                TestServer.get(TestServer.API + "/companies", "auditor").body()))) {
            return reader.readArray().stream()
                    .map(v -> (JsonObject) v)
                    .filter(c -> code.equals(c.getString("code")))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("id")
                    .longValue();
        }
    }

    private static JsonObject sell(long definition, String amount, String card, int status) {
        String json = Json.createObjectBuilder()
                .add("companyId", company)
                .add("customerAccountId", Sales.firstCustomerAccountId(company))
                .add("definitionId", definition)
                .add("amount", amount)
                .add("currency", "TRY")
                .add("installments", 1)
                .add("channel", "MOTO")
                .add(
                        "card",
                        Json.createObjectBuilder()
                                .add("number", card)
                                .add("expiry", "12/30")
                                .add("cvv", CVV)
                                .add("holder", "Ayse Yilmaz"))
                .build()
                .toString();
        TestServer.Reply r = TestServer.postJson(
                TestServer.API + "/collections",
                "collector",
                json,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(status, r.status(), r.toString());
        return r.json();
    }

    private static JsonObject list(String query) {
        TestServer.Reply r = TestServer.get(LOG + "?" + query, "auditor");
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static List<String> column(JsonObject page, String name) {
        List<String> values = new ArrayList<>();
        for (JsonValue v : page.getJsonArray("items")) {
            JsonObject o = (JsonObject) v;
            values.add(o.isNull(name) ? null : o.get(name).toString().replace("\"", ""));
        }
        return values;
    }

    private static String order(JsonObject sale) {
        return sale.getString("bankOrderId");
    }

    private static String today() {
        return LocalDate.now(BUSINESS_ZONE).toString();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static long count(JsonObject totals, String outcome) {
        return totals.getJsonArray("totals").stream()
                .map(v -> (JsonObject) v)
                .filter(t -> outcome.equals(t.getString("outcome")))
                .mapToLong(t -> t.getJsonNumber("count").longValue())
                .sum();
    }

    @Test
    void everyFilterNarrowsTheLogToWhatItNames() {
        String mine = "definitionId=" + est;
        JsonObject all = list(mine);
        assertEquals(4, all.getInt("total"), all.toString());
        assertEquals(1, count(all, "APPROVED"));
        assertEquals(3, count(all, "DECLINED"));
        assertEquals(
                List.of(order(doNotHonor), order(expired), order(insufficient), order(approved)),
                column(all, "bankOrderId"),
                "newest first");
        assertFalse(
                all.getJsonArray("items").getJsonObject(0).containsKey("maskedRequest"),
                "list rows are light; the request and response are in the detail");

        JsonObject declined = list(mine + "&outcome=DECLINED");
        assertEquals(3, declined.getInt("total"));
        assertEquals(Set.of("DECLINED"), Set.copyOf(column(declined, "outcome")));

        JsonObject byCode = list(mine + "&bankCode=54");
        assertEquals(List.of(order(expired)), column(byCode, "bankOrderId"));
        JsonObject row = byCode.getJsonArray("items").getJsonObject(0);
        assertEquals("EXPIRED_CARD", row.getString("reason"));
        assertEquals("Expired card", row.getString("reasonText"));
        assertEquals("EST", row.getString("family"));
        assertEquals("SALE", row.getString("operation"));
        assertEquals(company, row.getJsonNumber("companyId").longValue());
        assertTrue(row.getJsonNumber("latencyMs").longValue() >= 0);
        assertEquals(expired.getString("reference"), row.getString("collectionReference"));
        TestServer.Reply turkish = TestServer.send(TestServer.request(LOG + "?" + mine + "&bankCode=54", "auditor")
                .header("Accept-Language", "tr")
                .GET()
                .build());
        assertEquals(
                "Kartın son kullanma tarihi geçmiş",
                turkish.json().getJsonArray("items").getJsonObject(0).getString("reasonText"));

        String insufficientToday =
                "companyId=" + company + "&reason=INSUFFICIENT_FUNDS&from=" + today() + "&to=" + today() + "&size=500";
        List<String> bothBanks = column(list(insufficientToday), "bankOrderId");
        assertTrue(bothBanks.containsAll(List.of(order(insufficient), order(garantiDecline))), bothBanks.toString());
        JsonObject garantiOnly = list(insufficientToday + "&family=GARANTI");
        assertEquals(Set.of("GARANTI"), Set.copyOf(column(garantiOnly, "family")));
        assertTrue(column(garantiOnly, "bankOrderId").contains(order(garantiDecline)));
        assertFalse(column(garantiOnly, "bankOrderId").contains(order(insufficient)));
        assertEquals(Set.of("INSUFFICIENT_FUNDS"), Set.copyOf(column(garantiOnly, "reason")));

        String part = order(doNotHonor).substring(9).toLowerCase();
        assertEquals(
                List.of(order(doNotHonor)), column(list("q=" + part), "bankOrderId"), "part of the order id, any case");

        String collection = list(mine + "&bankCode=00")
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("collectionId")
                .toString();
        assertEquals(List.of(order(approved)), column(list("collectionId=" + collection), "bankOrderId"));
        assertEquals(4, list(mine + "&operation=SALE").getInt("total"));
        assertEquals(0, list(mine + "&operation=REFUND").getInt("total"));
        assertEquals(4, list(mine + "&companyId=" + company).getInt("total"));
        assertEquals(0, list(mine + "&companyId=" + companyId("DEMO")).getInt("total"));
    }

    @Test
    void periodsAreDatesInTheBusinessZoneOrExactInstants() {
        String mine = "definitionId=" + est;
        LocalDate day = LocalDate.now(BUSINESS_ZONE);
        assertEquals(4, list(mine + "&from=" + day + "&to=" + day).getInt("total"), "the 'to' day is included");
        assertEquals(0, list(mine + "&from=" + day.plusDays(1)).getInt("total"));
        assertEquals(0, list(mine + "&to=" + day.minusDays(1)).getInt("total"));

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        String inAnHour = now.plusHours(1)
                .atZoneSameInstant(BUSINESS_ZONE)
                .toOffsetDateTime()
                .toString();
        assertTrue(inAnHour.contains("+03:00"), inAnHour);
        assertEquals(0, list(mine + "&from=" + encoded(inAnHour)).getInt("total"));
        assertEquals(
                4,
                list(mine + "&from=" + now.minusHours(1) + "&to=" + encoded(inAnHour))
                        .getInt("total"));
        String localHourAgo = now.minusHours(1)
                .atZoneSameInstant(BUSINESS_ZONE)
                .toLocalDateTime()
                .toString();
        assertEquals(
                4, list(mine + "&from=" + localHourAgo).getInt("total"), "a local date-time is in the business zone");
    }

    @Test
    void sortingAndPagingHappenOnTheServer() {
        String mine = "definitionId=" + est;
        assertEquals(List.of("00", "05", "51", "54"), column(list(mine + "&sort=bankCode&direction=asc"), "bankCode"));
        List<Long> latencies = column(list(mine + "&sort=latencyMs&direction=asc"), "latencyMs").stream()
                .map(Long::valueOf)
                .toList();
        assertEquals(latencies.stream().sorted().toList(), latencies);

        JsonObject second = list(mine + "&sort=bankCode&direction=desc&size=3&page=1");
        assertEquals(4, second.getInt("total"));
        assertEquals(1, second.getInt("page"));
        assertEquals(3, second.getInt("size"));
        assertEquals(List.of("00"), column(second, "bankCode"));
    }

    @Test
    void theDetailShowsTheMaskedRequestAndResponse() {
        long id = list("definitionId=" + est + "&bankCode=00")
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        JsonObject detail = TestServer.get(LOG + "/" + id, "auditor").json();
        assertEquals(order(approved), detail.getString("bankOrderId"));
        assertEquals("APPROVED", detail.getString("outcome"));
        String request = detail.getString("maskedRequest");
        assertTrue(request.contains("<Number>435508******4358</Number>"), request);
        assertTrue(request.contains("<Cvv2Val>***</Cvv2Val>"), request);
        assertFalse(request.contains(Sales.APPROVED_CARD), "no full card number");
        assertFalse(request.contains(">" + CVV + "<"), "no CVV");
        assertTrue(
                detail.getString("maskedResponse").contains("<ProcReturnCode>00</ProcReturnCode>"),
                detail.getString("maskedResponse"));

        long garantiId = list("definitionId=" + garanti)
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        JsonObject g = TestServer.get(LOG + "/" + garantiId, "finance").json();
        assertEquals("INSUFFICIENT_FUNDS", g.getString("reason"));
        String both = g.getString("maskedRequest") + g.getString("maskedResponse", "");
        assertFalse(both.contains(Sales.INSUFFICIENT_FUNDS_CARD), both);
        assertFalse(both.contains(">" + CVV + "<"), both);

        TestServer.Reply gone = TestServer.get(LOG + "/999999999", "auditor");
        assertEquals(404, gone.status(), gone.toString());
        assertTrue(gone.body().contains("retention policy"), gone.body());
        assertEquals(403, TestServer.get(LOG + "/" + id, "collector").status());
    }

    @Test
    void badParametersAnswer400WithEveryFieldAndItsReason() {
        TestServer.Reply bad = TestServer.get(
                LOG + "?from=2026-13-01&outcome=MAYBE&sort=pan&size=0&companyId=x"
                        + "&reason=BROKE&family=ISBANK&direction=up",
                "auditor");
        assertEquals(400, bad.status(), bad.toString());
        JsonArray fields = bad.json().getJsonArray("fields");
        List<String> names =
                fields.stream().map(v -> ((JsonObject) v).getString("field")).toList();
        assertTrue(
                names.containsAll(
                        List.of("from", "outcome", "sort", "size", "companyId", "reason", "family", "direction")),
                names.toString());
        assertTrue(
                fields.toString().contains("must be one of: APPROVED, DECLINED, NOT_SENT, UNKNOWN"), fields.toString());

        TestServer.Reply turkish = TestServer.send(TestServer.request(LOG + "?from=2026-11-24&to=2026-11-23", "auditor")
                .header("Accept-Language", "tr")
                .GET()
                .build());
        assertEquals(400, turkish.status());
        assertTrue(
                turkish.body().contains("\"to\"") && turkish.body().contains("tarihinden önce olamaz"), turkish.body());

        TestServer.Reply noPeriod = TestServer.get(LOG + "/decline-reasons?companyId=" + company, "auditor");
        assertEquals(400, noPeriod.status(), noPeriod.toString());
        assertTrue(noPeriod.body().contains("\"from\"") && noPeriod.body().contains("\"to\""), noPeriod.body());
        assertEquals(403, TestServer.get(LOG, "collector").status());
        assertEquals(403, TestServer.get(LOG, "portal").status());
    }

    @Test
    void theDeclineReasonChartCountsWhatTheListShows() {
        String period = "from=" + today() + "&to=" + today();
        JsonObject mine = TestServer.get(LOG + "/decline-reasons?" + period + "&definitionId=" + est, "finance")
                .json();
        assertEquals(
                List.of("SALE", "PRE_AUTH", "3DS_SALE", "3DS_PRE_AUTH"),
                mine.getJsonArray("operations").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("Europe/Istanbul", mine.getString("zone"));
        JsonArray families = mine.getJsonArray("families");
        assertEquals(1, families.size(), mine.toString());
        JsonObject bar = families.getJsonObject(0);
        assertEquals("EST", bar.getString("family"));
        assertEquals(4, bar.getInt("attempts"));
        assertEquals(1, bar.getInt("approved"));
        assertEquals(3, bar.getInt("declined"));
        assertEquals(
                "0.2500", bar.getJsonNumber("approvalRate").bigDecimalValue().toPlainString());
        Map<String, Integer> reasons = new java.util.TreeMap<>();
        bar.getJsonArray("reasons")
                .forEach(v -> reasons.put(((JsonObject) v).getString("reason"), ((JsonObject) v).getInt("count")));
        assertEquals(Map.of("DO_NOT_HONOR", 1, "EXPIRED_CARD", 1, "INSUFFICIENT_FUNDS", 1), reasons);
        assertTrue(mine.getJsonArray("reasons").toString().contains("\"text\":\"Insufficient funds\""));

        // the whole company's chart agrees with the list, bank by bank and reason by reason
        String companyPeriod = period + "&companyId=" + company;
        JsonObject chart = TestServer.get(LOG + "/decline-reasons?" + companyPeriod, "auditor")
                .json();
        assertTrue(chart.getJsonArray("families").size() >= 2, chart.toString());
        for (JsonValue v : chart.getJsonArray("families")) {
            JsonObject f = (JsonObject) v;
            String family = "&family=" + f.getString("family");
            assertEquals(f.getInt("attempts"), authorisations(companyPeriod + family), f.toString());
            assertEquals(f.getInt("approved"), authorisations(companyPeriod + family + "&outcome=APPROVED"));
            for (JsonValue r : f.getJsonArray("reasons")) {
                JsonObject reason = (JsonObject) r;
                assertEquals(
                        reason.getInt("count"),
                        authorisations(companyPeriod + family + "&reason=" + reason.getString("reason"))
                                - authorisations(companyPeriod + family + "&reason=" + reason.getString("reason")
                                        + "&outcome=APPROVED"),
                        reason.toString());
            }
        }
        JsonObject refunds = TestServer.get(
                        LOG + "/decline-reasons?" + period + "&definitionId=" + est + "&operation=REFUND", "auditor")
                .json();
        assertEquals(0, refunds.getJsonArray("families").size(), "one operation when asked: no refunds here");
    }

    /** How many payment authorisations the list has for the filter (its total over the chart's operations). */
    private static long authorisations(String filter) {
        long total = 0;
        for (String op : List.of("SALE", "PRE_AUTH", "3DS_SALE", "3DS_PRE_AUTH")) {
            total += list(filter + "&operation=" + op + "&size=1")
                    .getJsonNumber("total")
                    .longValue();
        }
        return total;
    }

    @Test
    void everyReasonHasATextInBothLanguages() {
        JsonArray en = reasons("en");
        JsonArray tr = reasons("tr");
        assertEquals(en.size(), tr.size());
        for (int i = 0; i < en.size(); i++) {
            JsonObject e = en.getJsonObject(i);
            JsonObject t = tr.getJsonObject(i);
            assertNotEquals(e.getString("reason"), e.getString("text"), e.toString());
            assertNotEquals(e.getString("text"), t.getString("text"), t.toString());
        }
    }

    private static JsonArray reasons(String language) {
        TestServer.Reply r = TestServer.send(TestServer.request(LOG + "/reasons", "auditor")
                .header("Accept-Language", language)
                .GET()
                .build());
        assertEquals(200, r.status(), r.toString());
        try (var reader = Json.createReader(new java.io.StringReader(r.body()))) {
            return reader.readArray();
        }
    }

    @Test
    void retentionIsOneToOneHundredTwentyMonthsSetByAnAdmin() {
        String url = TestServer.API + "/log-retention/" + company;
        JsonObject initial = TestServer.get(url, "auditor").json();
        assertEquals(13, initial.getInt("months"), initial.toString());
        assertTrue(initial.getBoolean("companyDefault"));

        for (String body :
                List.of("{\"months\":0}", "{\"months\":121}", "{\"months\":\"x\"}", "{\"months\":1.5}", "{}")) {
            TestServer.Reply r = put(url, "admin", body);
            assertEquals(400, r.status(), body + " → " + r);
            assertTrue(r.body().contains("\"field\":\"months\""), r.body());
        }
        assertTrue(put(url, "admin", "{\"months\":0}").body().contains("must be between 1 and 120"));
        assertEquals(403, put(url, "auditor", "{\"months\":24}").status());
        assertEquals(403, put(url, "finance", "{\"months\":24}").status());
        assertEquals(
                404,
                put(TestServer.API + "/log-retention/999999", "admin", "{\"months\":24}")
                        .status());
        assertEquals(13, TestServer.get(url, "auditor").json().getInt("months"), "a refused change changes nothing");

        JsonObject set = put(url, "admin", "{\"months\":24}").json();
        assertEquals(24, set.getInt("months"));
        assertFalse(set.getBoolean("companyDefault"));
        assertEquals("admin", set.getString("updatedBy"));
        JsonObject listed = findCompany(
                TestServer.get(TestServer.API + "/log-retention", "finance").body());
        assertEquals(24, listed.getInt("months"));

        TestServer.Reply reset =
                TestServer.send(TestServer.request(url, "admin").DELETE().build());
        assertEquals(200, reset.status(), reset.toString());
        assertTrue(reset.json().getBoolean("companyDefault"));
        assertEquals(13, TestServer.get(url, "auditor").json().getInt("months"));
    }

    private static JsonObject findCompany(String array) {
        try (var reader = Json.createReader(new java.io.StringReader(array))) {
            return reader.readArray().stream()
                    .map(v -> (JsonObject) v)
                    .filter(c -> c.getJsonNumber("companyId").longValue() == company)
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static TestServer.Reply put(String url, String user, String body) {
        return TestServer.send(TestServer.request(url, user)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    @Test
    void anAdminPrunesNowAndTheRunIsRecordedForAuditors() {
        assertEquals(
                403,
                TestServer.postJson(LOG + "/prune", "auditor", "", Map.of()).status());
        assertEquals(
                403,
                TestServer.postJson(LOG + "/prune", "finance", "", Map.of()).status());

        TestServer.Reply pruned = TestServer.postJson(LOG + "/prune", "admin", "", Map.of());
        assertEquals(200, pruned.status(), pruned.toString());
        JsonObject report = pruned.json();
        assertEquals("MANUAL", report.getString("triggeredBy"));
        JsonObject mine = report.getJsonArray("companies").stream()
                .map(v -> (JsonObject) v)
                .filter(c -> c.getJsonNumber("companyId").longValue() == company)
                .findFirst()
                .orElseThrow();
        assertEquals(13, mine.getInt("retentionMonths"));
        LocalDate cutoff = OffsetDateTime.parse(mine.getString("cutoff"))
                .atZoneSameInstant(BUSINESS_ZONE)
                .toLocalDate();
        assertEquals(LocalDate.now(BUSINESS_ZONE).minusMonths(13), cutoff);
        assertEquals(4, list("definitionId=" + est).getInt("total"), "today's interactions stay");

        JsonObject runs = TestServer.get(LOG + "/prune-runs?companyId=" + company, "auditor")
                .json();
        JsonObject last = runs.getJsonArray("items").getJsonObject(0);
        assertEquals("admin", last.getString("actor"));
        assertEquals("MANUAL", last.getString("triggeredBy"));
        assertEquals(
                mine.getJsonNumber("deleted").longValue(),
                last.getJsonNumber("deleted").longValue());
        assertEquals(
                400,
                TestServer.get(LOG + "/prune-runs?companyId=abc", "auditor").status());
    }
}
