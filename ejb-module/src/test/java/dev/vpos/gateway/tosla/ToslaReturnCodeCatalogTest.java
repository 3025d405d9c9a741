package dev.vpos.gateway.tosla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.testing.ReturnCodeMigration;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every code the adapter can report for Tosla (and the simulator answers) is classified by migration V80. */
class ToslaReturnCodeCatalogTest {

    private static Map<String, String[]> catalog() throws IOException {
        return ReturnCodeMigration.rows("TOSLA", "V80__tosla.sql");
    }

    @Test
    void everyCodeTheFamilyProducesIsClassified() throws IOException {
        Map<String, String[]> rows = catalog();
        for (String code :
                new String[] {"00", "05", "41", "51", "54", "101", "102", "997", "998", "999", "MD:0", "MD:1", "MD:2"
                }) {
            assertTrue(rows.containsKey(code), code + " is in V80");
        }
    }

    @Test
    void reasonsAndFraudFlagsFollowTheProductsRules() throws IOException {
        Map<String, String[]> rows = catalog();
        assertEquals("APPROVED", rows.get("00")[0]);
        assertEquals("INSUFFICIENT_FUNDS", rows.get("51")[0]);
        assertEquals("LOST_CARD_PICK_UP", rows.get("41")[0]);
        assertEquals("TRUE", rows.get("41")[1]);
        assertEquals("FALSE", rows.get("51")[1]);
        assertEquals("THREE_D_AUTHENTICATION_FAILED", rows.get("MD:0")[0]);
        assertEquals("GATEWAY_ERROR", rows.get("997")[0]);
    }
}
