package dev.vpos.gateway.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.testing.ReturnCodeMigration;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every code the adapter can report for Param (and the simulator answers) is classified by migration V160. */
class ParamReturnCodeCatalogTest {

    private static Map<String, String[]> catalog() throws IOException {
        return ReturnCodeMigration.rows("PARAM", "V160__param.sql");
    }

    @Test
    void everyCodeTheAdapterAndTheSimulatorProduceIsClassified() throws IOException {
        Map<String, String[]> rows = catalog();
        for (String code : new String[] {
            "1", "05", "41", "51", "54", "-1", "-99", "-100", "-101", "-102", "-103", "-104", "-105", "-106", "-107",
            "-108", "-110", "-111", "-112", "-113", "-115", "-116", "-117", "-118", "-119", "-121", "-202", "-209",
            "-210", "-211", "MD:0", "MD:2"
        }) {
            assertTrue(rows.containsKey(code), code + " is in V160");
        }
    }

    @Test
    void reasonsAndFraudFlagsFollowTheProductsRules() throws IOException {
        Map<String, String[]> rows = catalog();
        assertEquals("APPROVED", rows.get(ParamAnswer.SUCCESS)[0]);
        assertEquals("INSUFFICIENT_FUNDS", rows.get("51")[0]);
        assertEquals("LOST_CARD_PICK_UP", rows.get("41")[0]);
        assertEquals("TRUE", rows.get("41")[1]);
        assertEquals("THREE_D_AUTHENTICATION_FAILED", rows.get("MD:0")[0]);
        assertEquals("GATEWAY_ERROR", rows.get("-102")[0]);
        assertEquals("REQUEST_REJECTED", rows.get(ParamAnswer.ORDER_ID_USED)[0]);
    }
}
