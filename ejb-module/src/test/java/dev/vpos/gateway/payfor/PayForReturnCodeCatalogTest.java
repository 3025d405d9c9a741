package dev.vpos.gateway.payfor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.testing.ReturnCodeMigration;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every code the adapter can report for PayFor (and the simulator answers) is classified by migration V23. */
class PayForReturnCodeCatalogTest {

    private static Map<String, String[]> catalog() throws IOException {
        return ReturnCodeMigration.rows("PAYFOR", "V23__payfor_return_codes.sql");
    }

    @Test
    void everyCodeTheFamilyProducesIsClassified() throws IOException {
        Map<String, String[]> rows = catalog();
        for (String code : new String[] {
            "00", "05", "41", "51", "54", "M002", "M003", "M005", "M006", "M007", "M008", "M010", "M012", "M013",
            "M014", "M015", "M016", "M017", "M019", "M022", "M024", "M025", "M026", "M028", "M030", "M041", "M043",
            "MR15", "V001", "V004", "V013", "V014", "V015", "V016", "V017", "V018", "V025", "V027", "V029", "V033",
            "V034", "V037", "101310", "3D:-1", "3D:0", "3D:2", "3D:3", "3D:4", "3D:5", "3D:6", "3D:7", "3D:8", "3D:9"
        }) {
            assertTrue(rows.containsKey(code), code + " is in V23");
        }
    }

    @Test
    void reasonsAndFraudFlagsFollowTheProductsRules() throws IOException {
        Map<String, String[]> rows = catalog();
        assertEquals("APPROVED", rows.get("00")[0]);
        assertEquals("INSUFFICIENT_FUNDS", rows.get("51")[0]);
        assertEquals("LOST_CARD_PICK_UP", rows.get("41")[0]);
        assertEquals("TRUE", rows.get("41")[1]);
        assertEquals("TRUE", rows.get("43")[1]);
        assertEquals("FALSE", rows.get("51")[1]);
        assertEquals("THREE_D_AUTHENTICATION_FAILED", rows.get("3D:-1")[0]);
        assertEquals("THREE_D_AUTHENTICATION_FAILED", rows.get("3D:2")[0]);
    }
}
