package dev.vpos.gateway.tosla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tosla's signatures against the published vectors of mews/pos's ToslaPosCryptTest (account 1000000494). */
class ToslaSignatureTest {

    private static final ToslaCredentials TEST_MERCHANT =
            new ToslaCredentials("1000000494", "POS_ENT_Test_001", "POS_ENT_Test_001!*!*");

    @Test
    void theRequestHashIsTheirs() {
        assertEquals(
                "BwZ05tt0aNgIgtrrqmlTwSIaeetpQyyGLH6xTsQbHae7ANCIVKmLHPxYWk5XP3Li5fr4La1bZS9/43OihP0dig==",
                ToslaSignature.request(
                        "POS_ENT_Test_001!*!*", "1000000494", "POS_ENT_Test_001", "rand", "20231209201121"));
    }

    @Test
    void theCallbackHashIsTheirsAndCoversTheMdStatus() {
        Map<String, String> posted = new HashMap<>(Map.of(
                "ClientId", "1000000494",
                "OrderId", "202312034E91",
                "MdStatus", "1",
                "ThreeDSessionId", "P40D18956D9C94188ABF6C87B37075AF7B1029577C4BF4BADB8E86058919000F4",
                "BankResponseCode", "00",
                "BankResponseMessage", "",
                "RequestStatus", "1",
                "HashParameters",
                        "ClientId,ApiUser,OrderId,MdStatus,BankResponseCode,BankResponseMessage,RequestStatus"));
        String published = "CgibjWkLpfx+Cz6cVlbH1ViSW74ouKACVOW0Vrt2SfqPMt+V3hfIx/4LnOgcInFhPci/qcnIMgdN0RptHSmFOg==";

        assertTrue(ToslaSignature.verifies(ToslaSignature.callback(TEST_MERCHANT, posted), published));
        posted.put("MdStatus", "");
        assertFalse(ToslaSignature.verifies(ToslaSignature.callback(TEST_MERCHANT, posted), published));
    }

    @Test
    void theFailedAuthenticationVectorVerifiesToo() {
        Map<String, String> posted = Map.of(
                "ClientId", "1000000494",
                "OrderId", "20231203E148",
                "MdStatus", "0",
                "BankResponseCode", "MD:0",
                "BankResponseMessage", "",
                "RequestStatus", "0",
                "HashParameters",
                        "ClientId,ApiUser,OrderId,MdStatus,BankResponseCode,BankResponseMessage,RequestStatus");
        assertTrue(ToslaSignature.verifies(
                ToslaSignature.callback(TEST_MERCHANT, posted),
                "C7Vbcr3adDhlWEr9vT9oFHikjrjEiv5DSBORu0YnOATkF/YirOziwouAGk8vqB29oeyPBnlFgBih7bLN9YWweQ=="));
    }
}
