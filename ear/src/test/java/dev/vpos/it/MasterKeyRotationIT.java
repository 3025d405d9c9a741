package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rotating the master key re-seals every credential; collections keep working through rotation and retirement. */
class MasterKeyRotationIT {

    private static final String KEY = TestServer.API + "/admin/master-key";

    @Test
    void rotationResealsEverySecretAndRetirementDropsTheOldKey() {
        JsonObject before = TestServer.get(KEY, "admin").json();
        assertEquals("file", before.getString("mode"));

        JsonObject rotated =
                TestServer.postJson(KEY + "/rotation", "admin", "", Map.of()).json();

        String newKey = rotated.getString("currentKeyId");
        assertNotEquals(before.getString("currentKeyId"), newKey);
        assertTrue(
                rotated.getJsonArray("previousKeyIds").toString().contains(before.getString("currentKeyId")),
                rotated.toString());
        assertTrue(rotated.getInt("resealedNow") >= 2, rotated.toString());
        assertTrue(
                rotated.getJsonObject("sealedValuesPerKey").getInt(newKey) >= rotated.getInt("resealedNow"),
                rotated.toString());
        assertEquals(
                rotated.getJsonArray("unopenable").size() + 1,
                rotated.getJsonObject("sealedValuesPerKey").size(),
                "everything that can be opened is under the new key: " + rotated);
        assertEquals(201, approvedSale().status(), "credentials open after rotation");

        JsonObject retired =
                TestServer.postJson(KEY + "/retirement", "admin", "", Map.of()).json();

        assertEquals(newKey, retired.getString("currentKeyId"));
        assertEquals(0, retired.getJsonArray("previousKeyIds").size(), retired.toString());
        assertEquals(201, approvedSale().status(), "credentials open after retirement");
    }

    @Test
    void onlyAdminsSeeOrRotateTheKey() {
        assertEquals(403, TestServer.get(KEY, "finance").status());
        assertEquals(
                403,
                TestServer.postJson(KEY + "/rotation", "auditor", "", Map.of()).status());
    }

    private static TestServer.Reply approvedSale() {
        long company = Sales.demoCompanyId();
        return Sales.post(
                Sales.sale(company, Sales.firstCustomerAccountId(company), "12.34", Sales.APPROVED_CARD, "12/30"),
                "collector");
    }
}
