package dev.vpos.gateway.payflexcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.testing.ReturnCodeMigration;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every code the adapter can report for Common Payment (and the simulator answers) is classified by V180. */
class PayFlexCpReturnCodeCatalogTest {

    private static Map<String, String[]> catalog() throws IOException {
        return ReturnCodeMigration.rows("PAYFLEX_CP", "V180__payflex_cp.sql");
    }

    @Test
    void everyCodeTheFamilyProducesIsClassified() throws IOException {
        Map<String, String[]> rows = catalog();
        for (String code : new String[] {
            "0000", "0005", "0041", "0051", "0054", "0057", "0400", "1006", "1007", "1046", "1047", "1049", "1051",
            "1054", "1059", "1060", "1061", "1078", "1082", "1083", "1089", "1096", "1123", "1125", "0540", "0982",
            "2202", "2053", "5024", "5029", "9039", "9065"
        }) {
            assertTrue(rows.containsKey(code), code + " is in V180");
        }
    }

    @Test
    void reasonsAndFraudFlagsFollowTheProductsRules() throws IOException {
        Map<String, String[]> rows = catalog();
        assertEquals("APPROVED", rows.get("0000")[0]);
        assertEquals("INSUFFICIENT_FUNDS", rows.get("0051")[0]);
        assertEquals("LOST_CARD_PICK_UP", rows.get("0041")[0]);
        assertEquals("TRUE", rows.get("0041")[1]);
        assertEquals("FALSE", rows.get("0051")[1]);
        assertEquals("THREE_D_AUTHENTICATION_FAILED", rows.get("0400")[0]);
        assertEquals("GATEWAY_ERROR", rows.get("5029")[0]);
    }
}
