package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Routing (issue #19, docs/routing.md) through the API: company DEMO3 gets three definitions at the simulated bank —
 * AKB (Akbank's own POS: 1.80 %, 3 installments 2.90 %), GAR (Bonus's bank: 1.60 % + 0.50, 3 installments 2.70 %),
 * CHEAP (1.20 %, single payment only) — and a fourth, DOWN (2.00 %), whose bank refuses connections, with the rules ON_US 0046
 * → AKB, ON_US 0064 → DOWN, PROGRAMME Bonus → GAR, CHEAPEST. The demo BIN table makes 435508 an Akbank Axess card,
 * 540134 a Garanti Bonus card, 450803 an İş Bankası card, 402277 a VakıfBank World card, 413226 an Akbank debit card
 * and 400000 a foreign one.
 */
class RoutingIT {

    private static final String AKBANK_AXESS = Sales.APPROVED_CARD; // 435508...
    private static final String GARANTI_BONUS = "5401341234567891";
    private static final String VAKIF_WORLD = RoutedCompany.card("402277");
    private static final String ISBANK = RoutedCompany.card("450803");
    private static final String AKBANK_DEBIT = RoutedCompany.card("413226");

    private static long company;
    private static long customer;
    private static long akb;
    private static long gar;
    private static long cheap;
    private static long down;
    private static String suffix;

    @BeforeAll
    static void companyWithThreeDefinitionsAndItsRules() throws IOException {
        RoutedCompany r = RoutedCompany.setUp();
        company = r.company();
        customer = r.customer();
        akb = r.akb();
        gar = r.gar();
        cheap = r.cheap();
        down = r.down();
        suffix = r.suffix();
    }

    @Test
    void theQuoteShowsTheDefinitionTheRulesChooseAndWhy() {
        JsonObject onUs = quote("1000.00", 1, "435508").json();
        assertEquals(akb, onUs.getJsonNumber("definitionId").longValue(), onUs.toString());
        assertEquals("ON_US", onUs.getJsonObject("route").getString("reason"));
        assertEquals("Akbank", onUs.getJsonObject("route").getString("detail"));
        assertEquals("CHEAP-" + suffix, onUs.getJsonObject("route").getString("fallbackDefinitionCode"));
        assertEquals("Axess", onUs.getJsonObject("card").getString("programme"));

        JsonObject bonus = quote("1000.00", 1, "54013412").json();
        assertEquals(gar, bonus.getJsonNumber("definitionId").longValue(), bonus.toString());
        assertEquals("PROGRAMME", bonus.getJsonObject("route").getString("reason"));

        JsonObject other = quote("1000.00", 1, "402277").json();
        assertEquals(cheap, other.getJsonNumber("definitionId").longValue(), other.toString());
        assertEquals("CHEAPEST", other.getJsonObject("route").getString("reason"));
        assertEquals("12.00 TRY", other.getJsonObject("route").getString("detail"), "1.20 % of 1000.00");
        assertEquals(
                "12.00", other.getJsonNumber("commission").bigDecimalValue().toPlainString());

        JsonObject noCard = quote("1000.00", 1, null).json();
        assertEquals("CHEAPEST", noCard.getJsonObject("route").getString("reason"), "no card yet: the cheapest");
        assertTrue(absent(noCard, "card"));
    }

    @Test
    void theHostedPageSuggestsTheMethodTheRulesChooseForTheCardTypedAndWhy() throws IOException {
        String page = new RoutedCompany(company, customer, akb, gar, cheap, down, suffix).payerPage("1000.00");

        JsonObject bonus = payerRoute(page, "54013412", 1);
        assertEquals(gar, bonus.getJsonNumber("methodId").longValue(), bonus.toString());
        assertEquals("PROGRAMME", bonus.getString("reason"));
        assertEquals("Bonus", bonus.getString("programme"));
        assertEquals("Garanti BBVA", bonus.getString("issuer"));

        JsonObject onUs = payerRoute(page, "435508", 1);
        assertEquals(akb, onUs.getJsonNumber("methodId").longValue(), onUs.toString());
        assertEquals("ON_US", onUs.getString("reason"));
        assertEquals("Akbank", onUs.getString("issuer"));

        JsonObject cheapest = payerRoute(page, "402277", 1);
        assertEquals(cheap, cheapest.getJsonNumber("methodId").longValue(), cheapest.toString());
        assertEquals("CHEAPEST", cheapest.getString("reason"));
        assertEquals(1, cheapest.getInt("installments"));
        assertTrue(absent(cheapest, "cost"), "the merchant's cost is not the payer's business: " + cheapest);

        JsonObject inThree = payerRoute(page, "540134", 3);
        assertEquals(gar, inThree.getJsonNumber("methodId").longValue(), inThree.toString());
        assertEquals(3, inThree.getInt("installments"));

        TestServer.Reply debitInThree = RoutedCompany.payerRoute(page, "41322611", 3, null);
        assertEquals(200, debitInThree.status(), debitInThree.toString());
        assertTrue(debitInThree.json().isNull("route"), "no installments on a debit card: nothing to suggest");

        TestServer.Reply badBin = RoutedCompany.payerRoute(page, "5401", 1, "tr");
        assertEquals(400, badBin.status(), badBin.toString());
        JsonObject field = badBin.json().getJsonArray("fields").getJsonObject(0);
        assertEquals("bin", field.getString("field"));
        assertFalse(field.getString("reason").startsWith("routing."), "a text, not a key: " + field);

        assertEquals(
                404,
                RoutedCompany.payerRoute("/vpos/pay/no-such-session", "540134", 1, null)
                        .status());

        long demo = Sales.demoCompanyId();
        TestServer.Reply noRules = RoutedCompany.payerRoute(
                new RoutedCompany(demo, Sales.firstCustomerAccountId(demo), 0, 0, 0, 0, "").payerPage("100.00"),
                "540134",
                1,
                null);
        assertEquals(200, noRules.status(), noRules.toString());
        assertTrue(noRules.json().isNull("route"), "a company without rules keeps its methods: nothing suggested");
    }

    private static JsonObject payerRoute(String page, String bin, int installments) {
        TestServer.Reply r = RoutedCompany.payerRoute(page, bin, installments, null);
        assertEquals(200, r.status(), r.toString());
        assertFalse(r.json().isNull("route"), r.toString());
        return r.json().getJsonObject("route");
    }

    @Test
    void installmentsFollowTheCard() {
        JsonObject bonus = quote("1000.00", 3, "540134").json();
        assertEquals(gar, bonus.getJsonNumber("definitionId").longValue(), bonus.toString());
        assertEquals(List.of(1, 3), ints(bonus), "installments on the programme's bank");
        assertEquals(
                "27.50", bonus.getJsonNumber("commission").bigDecimalValue().toPlainString(), "2.70 % + 0.50");

        assertEquals(List.of(1), ints(quote("1000.00", 1, "413226").json()), "a debit card: none");
        assertEquals(List.of(1), ints(quote("1000.00", 1, "400000").json()), "a foreign card: none");
        TestServer.Reply debit = quote("1000.00", 3, "413226");
        assertEquals(400, debit.status(), debit.toString());
        assertTrue(debit.body().contains("\"installments\"") && debit.body().contains("debit card"), debit.body());
        TestServer.Reply noProgramme = quote("1000.00", 3, "402277");
        assertEquals(400, noProgramme.status(), noProgramme.toString());
        assertTrue(noProgramme.body().contains("World"), noProgramme.body());

        TestServer.Reply sale = Sales.post(
                Sales.sale(company, customer, "100.00", AKBANK_DEBIT, "12/30")
                        .replace("\"installments\":1", "\"installments\":3"),
                "collector");
        assertEquals(400, sale.status(), sale.toString());
        assertTrue(sale.body().contains("debit card"), sale.body());
    }

    @Test
    void salesThatNameNoDefinitionGoWhereTheRulesSay() {
        JsonObject onUs = approved(Sales.sale(company, customer, "150.00", AKBANK_AXESS, "12/30"));
        assertEquals(akb, onUs.getJsonNumber("definitionId").longValue(), onUs.toString());
        assertEquals("ON_US", onUs.getString("routeReason"));

        JsonObject bonus = approved(Sales.sale(company, customer, "150.00", GARANTI_BONUS, "12/30"));
        assertEquals(gar, bonus.getJsonNumber("definitionId").longValue(), bonus.toString());
        assertEquals("PROGRAMME", bonus.getString("routeReason"));
        assertEquals("Bonus", bonus.getString("routeDetail"));

        JsonObject cheapest = approved(Sales.sale(company, customer, "1000.00", VAKIF_WORLD, "12/30"));
        assertEquals(cheap, cheapest.getJsonNumber("definitionId").longValue(), cheapest.toString());
        assertEquals("CHEAPEST", cheapest.getString("routeReason"));
        JsonObject batch = batchOf(cheapest.getString("bankOrderId"));
        assertEquals(
                "12.00", batch.getJsonNumber("commission").bigDecimalValue().toPlainString());
        for (JsonObject c : List.of(onUs, bonus, cheapest)) {
            assertEquals(1, SimulatedBank.ledger(c.getString("bankOrderId")).size(), c.toString());
            assertTrue(absent(c, "failedOverFrom"), c.toString());
        }
    }

    @Test
    void onlyAnAdminOverridesTheRouteByNamingADefinition() {
        TestServer.Reply collector =
                Sales.post(Sales.sale(company, customer, gar, "150.00", AKBANK_AXESS, "12/30"), "collector");
        assertEquals(400, collector.status(), collector.toString());
        assertTrue(
                collector.body().contains("\"definitionId\"")
                        && collector.body().contains("administrator"),
                collector.body());

        TestServer.Reply admin =
                Sales.post(Sales.sale(company, customer, gar, "150.00", AKBANK_AXESS, "12/30"), "admin");
        assertEquals(201, admin.status(), admin.toString());
        assertEquals(gar, admin.json().getJsonNumber("definitionId").longValue());
        assertEquals("NAMED", admin.json().getString("routeReason"));
    }

    @Test
    void aBankThatRefusesTheConnectionIsReplacedOnceByTheNextEligibleDefinition() {
        TestServer.Reply sale = Sales.post(Sales.sale(company, customer, "1000.00", ISBANK, "12/30"), "collector");
        assertEquals(201, sale.status(), sale.toString());
        JsonObject c = sale.json();
        assertEquals("APPROVED", c.getString("state"));
        assertEquals(cheap, c.getJsonNumber("definitionId").longValue(), "the cheapest of the rest");
        assertEquals(down, c.getJsonNumber("failedOverFrom").longValue());
        assertEquals("ON_US", c.getString("routeReason"), "why the first definition was chosen");
        String order = c.getString("bankOrderId");
        assertEquals(1, SimulatedBank.ledger(order).size(), "one charge at the bank");
        List<JsonObject> log = log(order);
        assertEquals(2, log.size(), log.toString());
        JsonObject first = log.stream()
                .filter(i -> i.getJsonNumber("definitionId").longValue() == down)
                .findFirst()
                .orElseThrow();
        assertEquals("NOT_SENT", first.getString("outcome"));
        assertTrue(first.getString("message").contains("failed over to CHEAP-" + suffix), first.toString());
        assertTrue(log.stream()
                .anyMatch(i -> i.getJsonNumber("definitionId").longValue() == cheap
                        && "APPROVED".equals(i.getString("outcome"))));
        assertEquals(
                "12.00",
                batchOf(order).getJsonNumber("commission").bigDecimalValue().toPlainString());
    }

    @Test
    void aDeclineOrAnUnknownOutcomeIsNeverTriedElsewhere() {
        // the insufficient-funds card (454671: no rule names it) goes to CHEAP and is declined there, once
        TestServer.Reply declined = Sales.post(
                Sales.sale(company, customer, "1000.00", Sales.INSUFFICIENT_FUNDS_CARD, "12/30"), "collector");
        assertEquals(402, declined.status(), declined.toString());
        assertEquals(cheap, declined.json().getJsonNumber("definitionId").longValue());
        assertTrue(absent(declined.json(), "failedOverFrom"));
        assertEquals(1, log(declined.json().getString("bankOrderId")).size());

        // 8888.88: the bank books the sale and answers half an XML → UNKNOWN, never sent to AKB's fallback
        TestServer.Reply unknown =
                Sales.post(Sales.sale(company, customer, "8888.88", AKBANK_AXESS, "12/30"), "collector");
        assertEquals(503, unknown.status(), unknown.toString());
        assertEquals("UNKNOWN", unknown.json().getString("state"));
        assertEquals(akb, unknown.json().getJsonNumber("definitionId").longValue());
        assertTrue(absent(unknown.json(), "failedOverFrom"));
        assertEquals(1, log(unknown.json().getString("bankOrderId")).size());

        // a definition the caller named is never replaced: NOT_SENT stays NOT_SENT
        TestServer.Reply named = Sales.post(Sales.sale(company, customer, down, "150.00", ISBANK, "12/30"), "admin");
        assertEquals(503, named.status(), named.toString());
        assertEquals("NOT_SENT", named.json().getString("state"));
        assertEquals(down, named.json().getJsonNumber("definitionId").longValue());
        assertEquals(
                0, SimulatedBank.ledger(named.json().getString("bankOrderId")).size());
    }

    @Test
    void rulesAreCheckedAndShown() {
        TestServer.Reply bad = RoutedCompany.send(
                "PUT",
                RoutedCompany.rulesPath(company),
                Json.createObjectBuilder()
                        .add(
                                "rules",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder().add("kind", "FASTEST"))
                                        .add(Json.createObjectBuilder()
                                                .add("kind", "ON_US")
                                                .add("definitionId", 999999999L)))
                        .build()
                        .toString());
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.body().contains("rules[0].kind") && bad.body().contains("rules"), bad.body());
        TestServer.Reply shown = TestServer.get(RoutedCompany.rulesPath(company), "collector");
        assertEquals(200, shown.status(), shown.toString());
        assertTrue(
                shown.body().contains("\"AKB-" + suffix + "\"") && shown.body().contains("\"CHEAPEST\""), shown.body());
        assertEquals(
                403,
                RoutedCompany.send("PUT", RoutedCompany.rulesPath(company), "{\"rules\":[]}", "collector")
                        .status());
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** JSON-B leaves null properties out. */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static JsonObject approved(String json) {
        TestServer.Reply r = Sales.post(json, "collector");
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    private static TestServer.Reply quote(String amount, int installments, String bin) {
        return TestServer.get(
                TestServer.API + "/quotes?companyId=" + company + "&amount=" + amount + "&currency=TRY&installments="
                        + installments + (bin == null ? "" : "&bin=" + bin),
                "collector");
    }

    private static List<Integer> ints(JsonObject quote) {
        return quote.getJsonArray("installmentsOffered").stream()
                .map(v -> Integer.parseInt(v.toString()))
                .toList();
    }

    private static List<JsonObject> log(String bankOrderId) {
        TestServer.Reply r = TestServer.get(TestServer.API + "/transaction-log?size=200&q=" + bankOrderId, "auditor");
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").stream()
                .map(v -> (JsonObject) v)
                .filter(i -> bankOrderId.equals(i.getString("bankOrderId", null)))
                .toList();
    }

    private static JsonObject batchOf(String bankOrderId) {
        TestServer.Reply r = TestServer.get(TestServer.API + "/batches?size=500&companyId=" + company, "finance");
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").stream()
                .map(v -> (JsonObject) v)
                .filter(b -> bankOrderId.equals(b.getString("bankOrderId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no batch record for " + bankOrderId + ": " + r.body()));
    }
}
