package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue #13 item 5: a 3-D definition without the store key its payment model needs was enabled, and its first payment
 * failed (NOT_SENT). Enabling it is now refused with 400 on {@code credentials.<name>}, in the caller's language, and
 * nothing changes; with the key it enables, and the regular (MOTO) model never needs it. Per family and model.
 */
class ModelCredentialsAtEnableIT {

    private static final long COMPANY = Sales.demoCompanyId();

    @ParameterizedTest(name = "{0} {1} without {2}")
    @CsvSource({
        "EST, THREE_D, storeKey",
        "EST, THREE_D_PAY, storeKey",
        "EST, THREE_D_HOST, storeKey",
        "GARANTI, THREE_D, storeKey",
        "GARANTI, THREE_D_PAY, storeKey",
        "GARANTI, THREE_D_HOST, storeKey",
        "PAYFOR, THREE_D, storeKey",
        "PAYFOR, THREE_D_PAY, storeKey",
        "PAYFOR, THREE_D_HOST, storeKey",
        "POSNET, THREE_D, posnetId encryptionKey",
        "POSNET, THREE_D, encryptionKey",
        "AKBANK, THREE_D, gatewayUrl",
        "AKBANK, THREE_D_PAY, gatewayUrl",
        "AKBANK, THREE_D_HOST, gatewayUrl",
        "INTERPOS, THREE_D, storeKey",
        "INTERPOS, THREE_D_PAY, storeKey",
        "INTERPOS, THREE_D_HOST, storeKey",
        "POSNET_V1, THREE_D, gatewayUrl"
    })
    void aThreeDsModelIsNotEnabledWithoutTheCredentialItNeeds(String family, String model, String lacking) {
        List<String> missing = List.of(lacking.split(" "));
        JsonObject created = create(family, model, missing);
        long id = created.getJsonNumber("id").longValue();

        TestServer.Reply refused = enable(id, "en");
        assertEquals(400, refused.status(), refused.toString());
        Map<String, String> fields = fields(refused);
        assertEquals(
                missing.stream().map(n -> "credentials." + n).collect(Collectors.toSet()),
                fields.keySet(),
                refused.toString());
        String reason = fields.get("credentials." + missing.get(0));
        assertTrue(reason.contains(model) && reason.contains(missing.get(0)), reason);

        JsonObject after = definition(id);
        assertFalse(after.getBoolean("enabled"), "nothing changed: " + after);
        assertEquals(
                created.getJsonNumber("version").longValue(),
                after.getJsonNumber("version").longValue());
        assertFalse(audit(id).contains("\"ENABLED\""), "no ENABLED audit row");

        // the same definition with the credential it lacked is enabled
        TestServer.Reply completed = put(
                id,
                body(family, model, List.of(), after.getJsonNumber("version").longValue()));
        assertEquals(200, completed.status(), completed.toString());
        TestServer.Reply enabled = enable(id, "en");
        assertEquals(200, enabled.status(), enabled.toString());
        assertTrue(enabled.json().getBoolean("enabled"), enabled.toString());
        disable(id);
    }

    @ParameterizedTest(name = "{0} REGULAR without {1}")
    @CsvSource({
        "EST, storeKey",
        "GARANTI, storeKey",
        "PAYFOR, storeKey",
        "POSNET, posnetId encryptionKey",
        "AKBANK, gatewayUrl",
        "INTERPOS, storeKey",
        "POSNET_V1, gatewayUrl"
    })
    void theRegularModelNeedsNoThreeDsKey(String family, String lacking) {
        long id = create(family, "REGULAR", List.of(lacking.split(" ")))
                .getJsonNumber("id")
                .longValue();
        TestServer.Reply enabled = enable(id, "en");
        assertEquals(200, enabled.status(), enabled.toString());
        disable(id);
    }

    @Test
    void theReasonIsInTheCallersLanguage() {
        long id = create("EST", "THREE_D_PAY", List.of("storeKey"))
                .getJsonNumber("id")
                .longValue();
        TestServer.Reply tr = enable(id, "tr");
        assertEquals(400, tr.status(), tr.toString());
        assertTrue(fields(tr).get("credentials.storeKey").contains("ödeme modeli"), tr.toString());
        TestServer.Reply ar = enable(id, "ar");
        assertEquals(400, ar.status(), ar.toString());
        assertTrue(fields(ar).get("credentials.storeKey").contains("نموذج الدفع"), ar.toString());
    }

    @Test
    void anEnabledDefinitionCannotBeEditedIntoAThreeDsModelWithoutItsKey() {
        JsonObject created = create("EST", "REGULAR", List.of("storeKey"));
        long id = created.getJsonNumber("id").longValue();
        TestServer.Reply enabled = enable(id, "en");
        assertEquals(200, enabled.status(), enabled.toString());
        long version = enabled.json().getJsonNumber("version").longValue();

        TestServer.Reply refused = put(id, body("EST", "THREE_D", List.of("storeKey"), version));
        assertEquals(400, refused.status(), refused.toString());
        assertEquals(Set.of("credentials.storeKey"), fields(refused).keySet(), refused.toString());
        JsonObject after = definition(id);
        assertEquals("REGULAR", after.getString("paymentModel"), "nothing changed: " + after);
        assertEquals(version, after.getJsonNumber("version").longValue());
        assertTrue(after.getBoolean("enabled"));
        disable(id);
    }

    private static JsonObject create(String family, String model, List<String> without) {
        TestServer.Reply created = TestServer.postJson(base(), "admin", body(family, model, without, null), Map.of());
        assertEquals(201, created.status(), created.toString());
        return created.json();
    }

    private static String body(String family, String model, List<String> without, Long version) {
        JsonObjectBuilder credentials = Json.createObjectBuilder();
        credentials(family).forEach((name, value) -> {
            if (!without.contains(name)) {
                credentials.add(name, value);
            }
        });
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("code", family.replace("_", "") + "-KEY-" + (System.nanoTime() % 1_000_000))
                .add("displayName", family + " " + model + " key check")
                .add("bankName", family + " test bank")
                .add("family", family)
                .add("environment", "TEST")
                .add("paymentModel", model)
                .add("testEndpointUrl", FamilyOperationsIT.endpoint(family))
                .add("currencies", Json.createArrayBuilder().add("TRY"))
                .add("companyDefault", false)
                .add("credentials", credentials);
        if (version != null) {
            b.add("version", version);
        }
        return b.build().toString();
    }

    private static Map<String, String> credentials(String family) {
        return switch (family) {
            case "EST" ->
                Map.of("apiUser", "KEYAPI", "password", "KEY12345", "clientId", "700655000200", "storeKey", "TRPS0200");
            case "GARANTI" ->
                Map.of(
                        "terminalId", "30691298",
                        "merchantId", "7000679",
                        "provisionUser", "PROVAUT",
                        "provisionPassword", "123qweASD/",
                        "storeKey", "12345678");
            case "PAYFOR" ->
                Map.of(
                        "mbrId", "5",
                        "merchantId", "085300000009704",
                        "userCode", "QNB_API_KULLANICI_3DPAY",
                        "userPassword", "UcBN0",
                        "storeKey", "12345678");
            case "POSNET" ->
                Map.of(
                        "merchantNo", "6706598320",
                        "terminalNo", "67005551",
                        "posnetId", "27426",
                        "encryptionKey", "10,10,10,10,10,10,10,10");
            case "AKBANK" ->
                Map.of(
                        "merchantSafeId", "2023090417500272654BD9A49CF07574",
                        "terminalSafeId", "2023090417500284633D137A249DBBEB",
                        "secretKey", "3230323330393034313735303032363031353172675f357637355f",
                        "gatewayUrl", TestServer.SIMULATOR + "/akbank/gateway");
            case "INTERPOS" ->
                Map.of("shopCode", "3123", "userCode", "InterTestApi", "userPass", "3", "storeKey", "gDg1N");
            case "POSNET_V1" ->
                Map.of(
                        "merchantNo",
                        "6700950031",
                        "terminalNo",
                        "67540050",
                        "posnetId",
                        "1010028724242434",
                        "storeKey",
                        "10,10,10,10,10,10,10,10",
                        "gatewayUrl",
                        TestServer.SIMULATOR + "/posnetv1/ALBSecurePaymentUI/SecureProcess/SecureVerification.aspx");
            default -> throw new IllegalArgumentException(family);
        };
    }

    private static TestServer.Reply enable(long id, String language) {
        return TestServer.postJson(base() + "/" + id + "/enable", "admin", "{}", Map.of("Accept-Language", language));
    }

    /** Leaves the demo company's hosted page as it was: these definitions take no payment. */
    private static void disable(long id) {
        assertEquals(
                200,
                TestServer.postJson(base() + "/" + id + "/disable", "admin", "{}", Map.of())
                        .status());
    }

    private static TestServer.Reply put(long id, String json) {
        return TestServer.send(TestServer.request(base() + "/" + id, "admin")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static JsonObject definition(long id) {
        TestServer.Reply r = TestServer.get(base() + "/" + id, "admin");
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static String audit(long id) {
        return TestServer.get(base() + "/" + id + "/audit", "admin").body();
    }

    private static Map<String, String> fields(TestServer.Reply r) {
        return r.json().getJsonArray("fields").stream()
                .map(v -> (JsonObject) v)
                .collect(Collectors.toMap(f -> f.getString("field"), f -> f.getString("reason")));
    }

    private static String base() {
        return TestServer.API + "/companies/" + COMPANY + "/vpos-definitions";
    }
}
