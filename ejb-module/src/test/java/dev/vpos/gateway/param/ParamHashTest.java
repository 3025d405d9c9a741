package dev.vpos.gateway.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Param's hashes against published values: Param's own {@code SHA2B64} service's answer for an input (asserted by
 * caglar-yildiz/parampos's test against Param's test system) and the request and callback vectors of mewebstudio/pos
 * {@code ParamPosCryptTest} (commit a4c454a), recomputed here.
 */
class ParamHashTest {

    private static final String GUID = "0c13d406-873b-403b-9c09-a5766840d98c";

    @Test
    void sha2b64IsBase64OfSha1AsParamsServiceAnswers() {
        assertEquals(
                "3JA0eHXjU+Eb0SbDmhF3QM8cB2M=",
                ParamHash.sha1Base64(
                        "107380c13d407-873b-403b-9c09-a5766840d98c1100.00100.00TTP_WMD_UCD3D0111",
                        StandardCharsets.UTF_8));
    }

    @Test
    void aSaleIsSignedOverClientGuidInstallmentsAmountsAndOrder() {
        assertEquals("jsLYSB3lJ81leFgDLw4D8PbXURs=", ParamHash.sale("10738", GUID, "3", "1.000,01", "202412293F4E"));
    }

    @Test
    void theThreeDCallbackIsSignedOverItsGuidMdStatusAndOrderWithOurGuid() {
        String md = "581877:A65A349B0BAE27FC6567294215158DD8AE223843B5C96462F04A750CA7E8B165:3680:##500100000";
        String expected = ParamHash.callback("35513153-9902-4a4c-a256-af6ed9cadc52", md, "1", "2025011749D1", GUID);
        assertEquals("b1D7+nI3j4k3WGJuhW5IuPOFpEE=", expected);
        assertTrue(ParamHash.matches(expected, "b1D7+nI3j4k3WGJuhW5IuPOFpEE="));
        assertFalse(ParamHash.matches(
                ParamHash.callback("35513153-9902-4a4c-a256-af6ed9cadc52", md, "", "2025011749D1", GUID),
                "b1D7+nI3j4k3WGJuhW5IuPOFpEE="));
    }

    @Test
    void aForeignCurrencySaleAndAPreAuthorisationAreSignedOverAmountsOrderAndBothUrls() {
        assertEquals(
                "LFZ+Sl0mW+ybGvLr1u0ehZoxhxM=",
                ParamHash.preAuthorization(
                        "10738", GUID, "1000,25", "order222", "https://domain.com/fail", "https://domain.com/success"));
    }

    @Test
    void aThreeDPayStartIsSignedOverTheSaleFieldsAndBothUrls() {
        assertEquals(
                "qsIY8qDvdTsnALe7AYJiEA5kY20=",
                ParamHash.threeDPay(
                        "10738",
                        GUID,
                        "1",
                        "1000,25",
                        "order222",
                        "https://domain.com/fail",
                        "https://domain.com/success"));
        assertEquals(
                "zdIBpbUnRfvlCIgHo01yfIfMXXQ=",
                ParamHash.threeDPay(
                        "10738",
                        GUID,
                        "2",
                        "1000,25",
                        "order222",
                        "https://domain.com/fail",
                        "https://domain.com/success"));
    }

    @Test
    void theReturnValuesAreSignedOverClientGuidReceiptAmountOrderAndTransaction() {
        assertEquals(
                "LOpkL9J8vne8E2j0A0HKOhUWGhI=",
                ParamHash.returnValues(
                        "10738", GUID, "3007300695", "10,01", "20250119BACB", "1944A39AD0AEA92E173D665B"));
        assertEquals(
                "+qCEIrH+7ARPmJC55MGQCykg8pk=",
                ParamHash.returnValues("10738", GUID, "0", "10,01", "202501193584", "FF0591BD887935E481743533"));
        assertEquals(
                "sUAKlp9jJ9lyDVV4C0+lAnkDC9I=",
                ParamHash.returnValues(
                        "10738", GUID, "3007301017", "10,01", "202501208059", "21C152499BA0369D94028E30"));
    }
}
