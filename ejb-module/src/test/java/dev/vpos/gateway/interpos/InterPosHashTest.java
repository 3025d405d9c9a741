package dev.vpos.gateway.interpos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published vectors of mews/pos {@code InterPosCryptTest} (store key {@code gDg1N}), computed by our code. */
class InterPosHashTest {

    static final String KEY = "gDg1N";

    @Test
    void theThreeDFormHashIsThePublishedOne() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("ShopCode", "3123");
        form.put("OrderId", "order222");
        form.put("PurchAmount", "100.25");
        form.put("TxnType", "Auth");
        form.put("InstallmentCount", "");
        form.put("OkUrl", "https://domain.com/success");
        form.put("FailUrl", "https://domain.com/fail_url");
        form.put("Rnd", "rand");
        assertEquals("vEbwP8wnsGrBR9oCjfxP9wlho1g=", InterPosHash.form(form, KEY));
    }

    @Test
    void thePublishedCallbacksVerifyAndATamperedAmountDoesNot() {
        Map<String, String> posted = new HashMap<>();
        posted.put("Version", "");
        posted.put("PurchAmount", "320");
        posted.put("Exponent", "");
        posted.put("Currency", "949");
        posted.put("OkUrl", "https://localhost/pos/examples/interpos/3d/success.php");
        posted.put("FailUrl", "https://localhost/pos/examples/interpos/3d/fail.php");
        posted.put("MD", "");
        posted.put("OrderId", "20220327140D");
        posted.put("ProcReturnCode", "81");
        posted.put("Response", "");
        posted.put("mdStatus", "0");
        posted.put(
                "HASHPARAMS",
                "Version:PurchAmount:Exponent:Currency:OkUrl:FailUrl:MD:OrderId:ProcReturnCode:Response:mdStatus:");
        assertTrue(InterPosHash.verifies(InterPosHash.callback(posted, KEY), "9DZVckklZFjuoA7sl4MN0l7VDMo="));

        posted.put("PurchAmount", "1,01");
        posted.put("OkUrl", "http:\\/\\/localhost\\/interpos\\/3d\\/response.php");
        posted.put("FailUrl", "http:\\/\\/localhost\\/interpos\\/3d\\/response.php");
        posted.put("OrderId", "20221225E1DF");
        assertTrue(InterPosHash.verifies(InterPosHash.callback(posted, KEY), "423AWRAXl0VlEbQjpmAfntT5e3E="));

        posted.put("PurchAmount", "");
        assertFalse(InterPosHash.verifies(InterPosHash.callback(posted, KEY), "423AWRAXl0VlEbQjpmAfntT5e3E="));
    }

    @Test
    void amountsAreWrittenWithADotAndReadTheTurkishWay() {
        assertEquals("100.25", InterPosFormats.amount(dev.vpos.shared.domain.Money.of("100.25", "TRY")));
        assertEquals(
                "1.01", InterPosFormats.answeredAmount("1,01").orElseThrow().toPlainString());
        assertEquals("320", InterPosFormats.answeredAmount("320").orElseThrow().toPlainString());
        assertEquals(
                "1000.50",
                InterPosFormats.answeredAmount("1.000,50").orElseThrow().toPlainString());
        assertTrue(InterPosFormats.answeredAmount("12,5x").isEmpty());
    }

    @Test
    void answersAreSplitOnDoubleAndTripleSemicolonsAndAShortBodyIsNone() {
        InterPosAnswer a = InterPosAnswer.parse(
                        ("OrderId=33554969;;ProcReturnCode=00;;AuthCode=1a=;;;TxnResult=Success;;ErrorMessage=;;"
                                        + "ErrorCode=;;Amount=1,00")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .orElseThrow();
        assertTrue(a.approved());
        assertEquals("1a=", a.get("AuthCode"));
        assertEquals("1,00", a.get("Amount"));
        assertTrue(InterPosAnswer.parse(
                        "OrderId=1;;ProcReturnCode=00;;AuthC".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .isEmpty());
        assertTrue(InterPosAnswer.parse("<html>error</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .isEmpty());
    }
}
