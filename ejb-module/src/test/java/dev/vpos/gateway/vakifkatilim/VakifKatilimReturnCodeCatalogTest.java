package dev.vpos.gateway.vakifkatilim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.testing.ReturnCodeMigration;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every code the adapter can report for Vakıf Katılım (and the simulator answers) is classified by migration V150. */
class VakifKatilimReturnCodeCatalogTest {

    private static Map<String, String[]> catalog() throws IOException {
        return ReturnCodeMigration.rows("VAKIF_KATILIM", "V150__vakif_katilim.sql");
    }

    @Test
    void everyCodeTheFamilyProducesIsClassified() throws IOException {
        Map<String, String[]> rows = catalog();
        for (String code : new String[] {
            "00",
            "05",
            "13",
            "14",
            "41",
            "51",
            "54",
            "MPIAuthenticationStatusN",
            "CardNotEnrolled",
            "OrderDataNotFound",
            "NonResult",
            "MerchantNotDefined",
            "HashDataError",
            "MetaDataNotFound",
            "EmptyMDException",
            "InvalidTransactionSecurity",
            "DuplicateMerchantOrderId",
            "InvalidCurrencyCode",
            "InvalidRequest",
            "InvalidOrderStatus"
        }) {
            assertTrue(rows.containsKey(code), code + " is in V150");
        }
    }

    @Test
    void reasonsAndFraudFlagsFollowTheProductsRules() throws IOException {
        Map<String, String[]> rows = catalog();
        assertEquals("APPROVED", rows.get("00")[0]);
        assertEquals("INSUFFICIENT_FUNDS", rows.get("51")[0]);
        assertEquals("LOST_CARD_PICK_UP", rows.get("41")[0]);
        assertEquals("TRUE", rows.get("41")[1]);
        assertEquals("THREE_D_AUTHENTICATION_FAILED", rows.get("MPIAuthenticationStatusN")[0]);
        assertEquals("GATEWAY_ERROR", rows.get("HashDataError")[0]);
    }
}
