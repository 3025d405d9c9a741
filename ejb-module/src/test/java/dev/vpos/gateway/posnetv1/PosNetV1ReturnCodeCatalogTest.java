package dev.vpos.gateway.posnetv1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.testing.ReturnCodeMigration;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every code the adapter can report for PosNet V1 (and the simulator answers) is classified by migration V131. */
class PosNetV1ReturnCodeCatalogTest {

    private static Map<String, String[]> catalog() throws IOException {
        return ReturnCodeMigration.rows("POSNET_V1", "V131__posnet_v1.sql");
    }

    @Test
    void everyCodeTheFamilyProducesIsClassified() throws IOException {
        Map<String, String[]> rows = catalog();
        for (String code : new String[] {
            "00", "0000", "0", "0005", "0041", "0051", "0054", "0012", "0013", "0030", "0123", "0127", "0148", "E201",
            "E219", "MD:0"
        }) {
            assertTrue(rows.containsKey(code), code + " is in V131");
        }
    }

    @Test
    void reasonsAndFraudFlagsFollowTheProductsRules() throws IOException {
        Map<String, String[]> rows = catalog();
        assertEquals("APPROVED", rows.get("00")[0]);
        assertEquals("INSUFFICIENT_FUNDS", rows.get("0051")[0]);
        assertEquals("LOST_CARD_PICK_UP", rows.get("0041")[0]);
        assertEquals("TRUE", rows.get("0041")[1]);
        assertEquals("FALSE", rows.get("0051")[1]);
        assertEquals("THREE_D_AUTHENTICATION_FAILED", rows.get("MD:0")[0]);
        assertEquals("GATEWAY_ERROR", rows.get("E201")[0]);
    }
}
