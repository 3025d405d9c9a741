package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** System > Parameters > Virtual POS Definitions through the API, against the test server and the simulator. */
class DefinitionApiIT {

    private static long logistics;
    private static long logisticsCustomer;

    @BeforeAll
    static void secondCompany() {
        JsonArray companies =
                array(TestServer.get(TestServer.API + "/companies", "admin").body());
        logistics = companies.stream()
                .map(v -> (JsonObject) v)
                .filter(c -> "DEMO2".equals(c.getString("code")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        logisticsCustomer = Sales.firstCustomerAccountId(logistics);
    }

    @Test
    void aNewDefinitionServesTheNextCollectionAtOnceAndEveryChangeIsAudited() {
        JsonObject created = create(definition("ZIRAAT-EST-" + System.nanoTime() % 100000, "TEST", "ZIRAAT19"))
                .json();
        long id = created.getJsonNumber("id").longValue();
        assertFalse(created.getBoolean("enabled"), "new definitions start disabled");
        JsonObject password = credential(created, "password");
        assertTrue(password.getBoolean("set"));
        assertEquals("19", password.getString("lastTwo"));
        assertFalse(created.toString().contains("ZIRAAT19"), "a secret never comes back: " + created);

        TestServer.Reply enabled = post(path(id) + "/enable", "{}");
        assertEquals(200, enabled.status(), enabled.toString());

        TestServer.Reply sale = Sales.post(
                Sales.sale(logistics, logisticsCustomer, id, "150.00", Sales.APPROVED_CARD, "12/30"), "collector");
        assertEquals(201, sale.status(), sale.toString());
        assertEquals(id, sale.json().getJsonNumber("definitionId").longValue());

        String threeInstallments = Sales.sale(logistics, logisticsCustomer, id, "1000.00", Sales.APPROVED_CARD, "12/30")
                .replace("\"installments\":1", "\"installments\":3");
        TestServer.Reply inInstallments = Sales.post(threeInstallments, "collector");
        assertEquals(201, inInstallments.status(), inInstallments.toString());
        JsonObject batch =
                TestServer.get(TestServer.API + "/batches?size=500", "finance").json().getJsonArray("items").stream()
                        .map(v -> (JsonObject) v)
                        .filter(b -> b.getString("bankOrderId")
                                .equals(inInstallments.json().getString("bankOrderId")))
                        .findFirst()
                        .orElseThrow();
        assertEquals(
                "25.30", batch.getJsonNumber("commission").bigDecimalValue().toPlainString(), "2.50% + 0.30 fixed");
        TestServer.Reply notOffered =
                Sales.post(threeInstallments.replace("\"installments\":3", "\"installments\":4"), "collector");
        assertEquals(400, notOffered.status(), notOffered.toString());
        assertTrue(notOffered.body().contains("4 installments are not offered"), notOffered.toString());
        assertFalse(
                TestServer.get(TestServer.BASE + "/health/ready", null).body().contains("203.0.113.7"),
                "anonymous readiness is about the database: it names no definition nor its address");
        assertTrue(
                TestServer.get(TestServer.API + "/definition-health", "admin")
                        .body()
                        .contains("203.0.113.7"),
                "the whitelisted IP of a definition is in the signed-in definition-health report");

        JsonObject edit = Json.createObjectBuilder(definition(created.getString("code"), "TEST", "ZIRAAT20")
                        .build())
                .add("version", enabled.json().getJsonNumber("version").longValue())
                .build();
        TestServer.Reply updated = send("PUT", path(id), edit.toString());
        assertEquals(200, updated.status(), updated.toString());

        String audit = TestServer.get(path(id) + "/audit", "admin").body();
        assertTrue(
                audit.contains("\"CREATED\"") && audit.contains("\"ENABLED\"") && audit.contains("\"UPDATED\""), audit);
        assertTrue(audit.contains("credentials.password: changed") && audit.contains("\"actor\":\"admin\""), audit);
        assertFalse(audit.contains("ZIRAAT19") || audit.contains("ZIRAAT20"), audit);
        assertTrue(
                TestServer.get(TestServer.API + "/companies/" + logistics + "/vpos-definitions", "collector")
                        .body()
                        .contains(created.getString("code")),
                "collectors see the enabled definition");
    }

    @Test
    void aLiveDefinitionNeedsATestApprovalOrAnAuditedReasonToBeEnabled() {
        JsonObject created = create(definition("LIVE-" + System.nanoTime() % 100000, "LIVE", "ZIRAAT19")
                        .add("liveEndpointUrl", "https://sanalpos2.ziraatbank.com.tr/fim/api")
                        .add("companyDefault", false))
                .json();
        long id = created.getJsonNumber("id").longValue();

        TestServer.Reply refused = post(path(id) + "/enable", "{}");
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.json().getString("message").contains("successful test transaction"), refused.toString());

        TestServer.Reply overridden = post(
                path(id) + "/enable",
                "{\"overrideReason\":\"Bank confirmed the live merchant in writing, ticket 4711\"}");
        assertEquals(200, overridden.status(), overridden.toString());
        assertTrue(TestServer.get(path(id) + "/audit", "admin").body().contains("ticket 4711"));
    }

    @Test
    void badInputIsRejectedFieldByFieldAndCreatesNothing() {
        int before = array(TestServer.get(TestServer.API + "/companies/" + logistics + "/vpos-definitions", "admin")
                        .body())
                .size();
        JsonObject bad = definition("bad code", "TEST", "has space")
                .add("currencies", Json.createArrayBuilder().add("QQQ"))
                .add(
                        "credentials",
                        Json.createObjectBuilder().add("clientId", "12ab").add("password", "has space"))
                .build();

        TestServer.Reply reply =
                send("POST", TestServer.API + "/companies/" + logistics + "/vpos-definitions", bad.toString());

        assertEquals(400, reply.status(), reply.toString());
        String fields = reply.json().getJsonArray("fields").toString();
        for (String f : new String[] {"code", "currencies", "credentials.clientId", "credentials.password"}) {
            assertTrue(fields.contains("\"field\":\"" + f + "\""), f + " in " + fields);
        }
        assertEquals(
                before,
                array(TestServer.get(TestServer.API + "/companies/" + logistics + "/vpos-definitions", "admin")
                                .body())
                        .size());
    }

    @Test
    void onlyAdminsChangeDefinitionsAndAStaleEditIsRefused() {
        JsonObject created = create(definition("STALE-" + System.nanoTime() % 100000, "TEST", "ZIRAAT19"))
                .json();
        long id = created.getJsonNumber("id").longValue();
        JsonObject stale = Json.createObjectBuilder(
                        definition(created.getString("code"), "TEST", "").build())
                .add("version", created.getJsonNumber("version").longValue() - 1)
                .build();

        assertEquals(409, send("PUT", path(id), stale.toString()).status());
        assertEquals(
                403,
                TestServer.postJson(
                                TestServer.API + "/companies/" + logistics + "/vpos-definitions",
                                "finance",
                                definition("X-1", "TEST", "ZIRAAT19").build().toString(),
                                Map.of())
                        .status());
    }

    @Test
    void anUnusedDefinitionCanBeDeletedAndACopyStartsDisabledWithoutSecrets() {
        JsonObject created = create(definition("COPY-" + System.nanoTime() % 100000, "TEST", "ZIRAAT19"))
                .json();
        long id = created.getJsonNumber("id").longValue();
        long demo = Sales.demoCompanyId();

        TestServer.Reply copy = post(path(id) + "/copy", "{\"targetCompanyId\":" + demo + "}");
        assertEquals(201, copy.status(), copy.toString());
        assertEquals(
                200,
                TestServer.get(copy.location(), "admin").status(),
                "Location points at the copy: " + copy.location());
        assertTrue(
                copy.location()
                        .endsWith("/vpos/api/v1/companies/" + demo + "/vpos-definitions/"
                                + copy.json().getJsonNumber("id").longValue()),
                copy.location());
        assertFalse(copy.json().getBoolean("enabled"));
        assertFalse(credential(copy.json(), "password").getBoolean("set"), "secrets are not copied");
        assertEquals("190100000", credential(copy.json(), "clientId").getString("value"));

        assertEquals(204, send("DELETE", path(id), null).status());
        assertEquals(404, TestServer.get(path(id), "admin").status());
    }

    @Test
    void aDefinitionACollectionUsedCannotBeDeletedOnlyDisabled() {
        JsonObject created = create(definition("USED-" + System.nanoTime() % 100000, "TEST", "ZIRAAT19")
                        .add("companyDefault", false))
                .json();
        long id = created.getJsonNumber("id").longValue();
        assertEquals(200, post(path(id) + "/enable", "{}").status());
        TestServer.Reply sale = Sales.post(
                Sales.sale(logistics, logisticsCustomer, id, "12.00", Sales.APPROVED_CARD, "12/30"), "collector");
        assertEquals(201, sale.status(), sale.toString());

        TestServer.Reply inUse = send("DELETE", path(id), null);

        assertEquals(409, inUse.status(), "a used definition can only be disabled: " + inUse);
        assertEquals("definition.inUse", inUse.json().getString("error"), inUse.toString());
        assertEquals(200, TestServer.get(path(id), "admin").status(), "still there");
        TestServer.Reply disabled = post(path(id) + "/disable", "{}");
        assertEquals(200, disabled.status(), disabled.toString());
        assertFalse(disabled.json().getBoolean("enabled"));
    }

    @Test
    void aLiveStripeDefinitionWithTestKeysIsRejectedAndAnIncompleteOneCannotBeEnabled() {
        JsonObject stripe = Json.createObjectBuilder()
                .add("displayName", "Kartla öde (Stripe)")
                .add("bankName", "Stripe")
                .add("family", "STRIPE")
                .add("paymentModel", "THREE_D_HOST")
                .add("currencies", Json.createArrayBuilder().add("USD").add("EUR"))
                .build();
        JsonObject live = Json.createObjectBuilder(stripe)
                .add("code", "STRIPE-LIVE")
                .add("environment", "LIVE")
                .add(
                        "credentials",
                        Json.createObjectBuilder()
                                .add("publishableKey", "pk_test_51HxAbCdEf")
                                .add("secretKey", "sk_test_51HxAbCdEf"))
                .build();

        TestServer.Reply rejected =
                send("POST", TestServer.API + "/companies/" + logistics + "/vpos-definitions", live.toString());

        assertEquals(400, rejected.status(), rejected.toString());
        String fields = rejected.json().getJsonArray("fields").toString();
        assertTrue(
                fields.contains("credentials.publishableKey")
                        && fields.contains("credentials.secretKey")
                        && fields.contains("needs a live key"),
                fields);

        JsonObject test = Json.createObjectBuilder(stripe)
                .add("code", "STRIPE-" + System.nanoTime() % 100000)
                .add("environment", "TEST")
                .add(
                        "credentials",
                        Json.createObjectBuilder()
                                .add("publishableKey", "pk_test_51HxAbCdEf")
                                .add("secretKey", "sk_test_51HxAbCdEf"))
                .build();
        JsonObject prepared = create(Json.createObjectBuilder(test)).json();
        assertEquals("https://api.stripe.com", prepared.getString("endpointUrl"));
        assertFalse(prepared.getBoolean("enabled"));
        TestServer.Reply enable = post(path(prepared.getJsonNumber("id").longValue()) + "/enable", "{}");
        assertEquals(409, enable.status(), enable.toString());
        assertTrue(enable.json().getString("message").contains("profileName, webhookSecret"), enable.toString());
    }

    @Test
    void familiesPublishTheirCredentialSchema() {
        JsonObject est = array(TestServer.get(TestServer.API + "/gateway-families", "admin")
                        .body())
                .getJsonObject(0);

        assertEquals("EST", est.getString("family"));
        String fields = est.getJsonArray("fields").toString();
        assertTrue(fields.contains("\"name\":\"storeKey\"") && fields.contains("\"secret\":true"), fields);

        JsonObject interPos = array(TestServer.get(TestServer.API + "/gateway-families", "admin")
                        .body())
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(f -> "INTERPOS".equals(f.getString("family")))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "[\"shopCode\",\"userCode\",\"userPass\",\"storeKey\"]",
                interPos.getJsonArray("fields").stream()
                        .map(f -> ((JsonObject) f).get("name"))
                        .collect(jakarta.json.stream.JsonCollectors.toJsonArray())
                        .toString());
        assertEquals(
                "[\"REGULAR\",\"THREE_D\",\"THREE_D_PAY\",\"THREE_D_HOST\"]",
                interPos.getJsonArray("paymentModels").toString());
    }

    @Test
    void paramPublishesItsSchemaForTheDefinitionsScreen() {
        JsonObject param = array(TestServer.get(TestServer.API + "/gateway-families", "admin")
                        .body())
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(f -> "PARAM".equals(f.getString("family")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("PARAM is not among the gateway families"));
        String fields = param.getJsonArray("fields").toString();
        for (String name : new String[] {"clientCode", "clientUsername", "clientPassword", "guid"}) {
            assertTrue(fields.contains("\"name\":\"" + name + "\""), fields);
        }
        assertEquals(
                "[\"REGULAR\",\"THREE_D\",\"THREE_D_PAY\",\"THREE_D_HOST\"]",
                param.getJsonArray("paymentModels").toString());
    }

    private static JsonObjectBuilder definition(String code, String environment, String password) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("displayName", "Ziraat Sanal POS")
                .add("bankName", "T.C. Ziraat Bankası")
                .add("family", "EST")
                .add("environment", environment)
                .add("paymentModel", "REGULAR")
                .add("testEndpointUrl", TestServer.SIMULATOR + "/est/fim/api")
                .add("readTimeoutMs", 3000)
                .add("currencies", Json.createArrayBuilder().add("TRY"))
                .add(
                        "installmentPlans",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("installments", 1)
                                        .add("commissionRate", "1.25")
                                        .add("blockedDays", 2))
                                .add(Json.createObjectBuilder()
                                        .add("installments", 3)
                                        .add("commissionRate", "2.50")
                                        .add("fixedFee", "0.30")
                                        .add("blockedDays", 2)))
                .add("outgoingIp", "203.0.113.7")
                .add("companyDefault", true)
                .add(
                        "credentials",
                        Json.createObjectBuilder()
                                .add("apiUser", "ZIRAATAPI")
                                .add("password", password)
                                .add("clientId", "190100000")
                                .add("storeKey", "123456"));
    }

    private static TestServer.Reply create(JsonObjectBuilder body) {
        TestServer.Reply reply = send(
                "POST",
                TestServer.API + "/companies/" + logistics + "/vpos-definitions",
                body.build().toString());
        assertEquals(201, reply.status(), reply.toString());
        assertTrue(
                reply.location()
                        .endsWith("/vpos/api/v1/companies/" + logistics + "/vpos-definitions/"
                                + reply.json().getJsonNumber("id").longValue()),
                reply.location());
        return reply;
    }

    private static String path(long id) {
        return TestServer.API + "/companies/" + logistics + "/vpos-definitions/" + id;
    }

    private static TestServer.Reply post(String url, String json) {
        return send("POST", url, json);
    }

    private static TestServer.Reply send(String method, String url, String json) {
        HttpRequest.Builder b = TestServer.request(url, "admin").header("Content-Type", "application/json");
        b.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return TestServer.send(b.build());
    }

    private static JsonObject credential(JsonObject definition, String name) {
        return definition.getJsonArray("credentials").stream()
                .map(v -> (JsonObject) v)
                .filter(c -> name.equals(c.getString("name")))
                .findFirst()
                .orElseThrow();
    }

    private static JsonArray array(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }
}
