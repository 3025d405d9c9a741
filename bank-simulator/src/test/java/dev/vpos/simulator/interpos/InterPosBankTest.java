package dev.vpos.simulator.interpos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.ledger.Ledger;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulated InterPOS checks what it receives as strictly as the bank is known to. */
class InterPosBankTest {

    private final Ledger ledger = new Ledger();
    private final InterPosBank bank = new InterPosBank(
            InterPosMerchants.fromClasspath(), ledger, Clock.system(ZoneId.of("Europe/Istanbul")), new SecureRandom());

    private static Map<String, String> sale(String orderId) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("ShopCode", "3123");
        f.put("UserCode", "InterTestApi");
        f.put("UserPass", "3");
        f.put("TxnType", "Auth");
        f.put("SecureType", "NonSecure");
        f.put("OrderId", orderId);
        f.put("PurchAmount", "100.25");
        f.put("Currency", "949");
        f.put("InstallmentCount", "");
        f.put("MOTO", "0");
        f.put("Lang", "tr");
        f.put("CardType", "0");
        f.put("Pan", "4355084355084358");
        f.put("Expiry", "1230");
        f.put("Cvv2", "123");
        return f;
    }

    @Test
    void theBanksHashesAreThePublishedOnes() {
        Map<String, String> form = new HashMap<>();
        form.put("ShopCode", "3123");
        form.put("OrderId", "order222");
        form.put("PurchAmount", "100.25");
        form.put("TxnType", "Auth");
        form.put("InstallmentCount", "");
        form.put("OkUrl", "https://domain.com/success");
        form.put("FailUrl", "https://domain.com/fail_url");
        form.put("Rnd", "rand");
        assertEquals("vEbwP8wnsGrBR9oCjfxP9wlho1g=", InterPosHash.ofForm(form, "gDg1N"));

        Map<String, String> callback = new HashMap<>();
        callback.put("PurchAmount", "320");
        callback.put("Currency", "949");
        callback.put("OkUrl", "https://localhost/pos/examples/interpos/3d/success.php");
        callback.put("FailUrl", "https://localhost/pos/examples/interpos/3d/fail.php");
        callback.put("OrderId", "20220327140D");
        callback.put("ProcReturnCode", "81");
        callback.put("mdStatus", "0");
        assertEquals("9DZVckklZFjuoA7sl4MN0l7VDMo=", InterPosHash.ofCallback(callback, "gDg1N"));
    }

    @Test
    void anApprovedSaleAnswersWithDoubleSemicolons() {
        String text = InterPosReplies.text(bank.handle(sale("ORDER1")));
        assertTrue(text.startsWith("OrderId=ORDER1;;ProcReturnCode=00;;"), text);
        assertTrue(text.contains(";;Amount=100,25;;"), text);
        assertEquals(1, ledger.entriesOf("INTERPOS", "3123", "ORDER1").size());
    }

    @Test
    void aWrongUserOrPasswordIsRefusedBeforeAnythingElse() {
        Map<String, String> f = sale("ORDER2");
        f.put("UserPass", "4");
        f.remove("Pan");
        assertEquals("81", bank.handle(f).get("ProcReturnCode"));
        f = sale("ORDER2");
        f.put("ShopCode", "9999");
        assertEquals("81", bank.handle(f).get("ProcReturnCode"));
        assertTrue(ledger.entriesOf("INTERPOS", "3123", "ORDER2").isEmpty());
    }

    @Test
    void missingOrMalformedFieldsAreNamedAndNothingIsBooked() {
        for (String[] change : new String[][] {
            {"Pan", "4355084355084359"},
            {"Expiry", "12/30"},
            {"Cvv2", "12"},
            {"PurchAmount", "100,25"},
            {"PurchAmount", "0"},
            {"Currency", "TRY"},
            {"InstallmentCount", "13"},
            {"SecureType", "3DPay"},
            {"TxnType", "Sale"},
            {"Lang", "de"},
            {"OrderId", ""}
        }) {
            Map<String, String> f = sale("ORDER3");
            f.put(change[0], change[1]);
            Map<String, String> answer = bank.handle(f);
            assertEquals("E31", answer.get("ProcReturnCode"), change[0] + "=" + change[1]);
            assertTrue(answer.get("ErrorMessage").contains(change[0]), answer.get("ErrorMessage"));
        }
        Map<String, String> noInstallments = sale("ORDER3");
        noInstallments.remove("InstallmentCount");
        assertEquals("E31", bank.handle(noInstallments).get("ProcReturnCode"));
        assertTrue(ledger.entriesOf("INTERPOS", "3123", "ORDER3").isEmpty());
    }

    @Test
    void anOrderIdIsApprovedOnce() {
        assertEquals("00", bank.handle(sale("ORDER4")).get("ProcReturnCode"));
        assertEquals("E46", bank.handle(sale("ORDER4")).get("ProcReturnCode"));
    }

    @Test
    void theStatusOfAnUnknownOrderSaysSoAndFollowUpsAnswerWithTheBanksOwnOrderId() {
        Map<String, String> status = new LinkedHashMap<>(sale("x"));
        status.keySet().retainAll(java.util.Set.of("ShopCode", "UserCode", "UserPass", "SecureType"));
        status.put("TxnType", "StatusHistory");
        status.put("orgOrderId", "NOSUCHORDER");
        Map<String, String> answer = bank.handle(status);
        assertEquals("E30", answer.get("ProcReturnCode"));
        assertEquals("1.1.0001 00:00:00", answer.get("VoidDate"));

        bank.handle(sale("ORDER5"));
        Map<String, String> voiding = new LinkedHashMap<>(status);
        voiding.put("TxnType", "Void");
        voiding.put("orgOrderId", "ORDER5");
        Map<String, String> voided = bank.handle(voiding);
        assertEquals("00", voided.get("ProcReturnCode"));
        assertTrue(voided.get("OrderId").startsWith("SYSOID"), voided.get("OrderId"));
        status.put("orgOrderId", "ORDER5");
        assertTrue(!bank.handle(status).get("VoidDate").startsWith("1.1.0001"));
    }
}
