package dev.vpos.gateway.akbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.testing.ReturnCodeMigration;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every code the adapter can report for Akbank (and the simulator answers) is classified by migration V81. */
class AkbankReturnCodeCatalogTest {

    private static Map<String, String[]> catalog() throws IOException {
        return ReturnCodeMigration.rows("AKBANK", "V81__akbank.sql");
    }

    @Test
    void everyCodeTheFamilyProducesIsClassified() throws IOException {
        Map<String, String[]> rows = catalog();
        for (String code : new String[] {
            "VPS-0000",
            "05",
            "41",
            "51",
            "54",
            "VPS-1001",
            "VPS-1007",
            "VPS-1008",
            "VPS-1013",
            "VPS-1073",
            "VPS-1090",
            "VPS-1099",
            "VPS-1123",
            "VPS-1279"
        }) {
            assertTrue(rows.containsKey(code), code + " is in V81");
        }
    }

    @Test
    void reasonsAndFraudFlagsFollowTheProductsRules() throws IOException {
        Map<String, String[]> rows = catalog();
        assertEquals("APPROVED", rows.get("VPS-0000")[0]);
        assertEquals("INSUFFICIENT_FUNDS", rows.get("51")[0]);
        assertEquals("LOST_CARD_PICK_UP", rows.get("41")[0]);
        assertEquals("TRUE", rows.get("41")[1]);
        assertEquals("FALSE", rows.get("51")[1]);
        assertEquals("THREE_D_AUTHENTICATION_FAILED", rows.get("VPS-1279")[0]);
        assertEquals("GATEWAY_ERROR", rows.get("VPS-1099")[0]);
    }
}
