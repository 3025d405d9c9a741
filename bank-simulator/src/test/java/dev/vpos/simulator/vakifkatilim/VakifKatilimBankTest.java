package dev.vpos.simulator.vakifkatilim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.ledger.Ledger;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The simulated Vakıf Katılım bank refuses what the bank refuses — and books nothing then. */
class VakifKatilimBankTest {

    private static final URI BASE = URI.create("http://localhost/bank-simulator/vakifkatilim");
    private static final String HASHED = VakifKatilimHashes.sha1Base64("kdsnsksl");

    private final Ledger ledger = new Ledger();
    private final VakifKatilimBank bank = new VakifKatilimBank(
            VakifKatilimMerchants.fromClasspath(),
            ledger,
            Clock.system(ZoneId.of("Europe/Istanbul")),
            new SecureRandom());

    private static Map<String, String> sale(String orderId) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("MerchantId", "1");
        m.put("CustomerId", "11111");
        m.put("UserName", "APIUSER");
        m.put("SubMerchantId", "0");
        m.put("APIVersion", "1.0.0");
        m.put("HashPassword", HASHED);
        m.put("MerchantOrderId", orderId);
        m.put("InstallmentCount", "0");
        m.put("Amount", "10025");
        m.put("FECCurrencyCode", "0949");
        m.put("CurrencyCode", "0949");
        m.put("TransactionSecurity", "5");
        m.put("CardNumber", "4355084355084358");
        m.put("CardExpireDateYear", "30");
        m.put("CardExpireDateMonth", "12");
        m.put("CardCVV2", "123");
        m.put("CardHolderName", "");
        return m;
    }

    private static Map<String, String> signed(Map<String, String> m) {
        m.put(
                "HashData",
                VakifKatilimHashes.request(
                        "1",
                        m.getOrDefault("MerchantOrderId", ""),
                        m.getOrDefault("Amount", ""),
                        m.getOrDefault("OkUrl", ""),
                        m.getOrDefault("FailUrl", ""),
                        "APIUSER",
                        HASHED));
        return m;
    }

    private String code(String gate, Map<String, String> fields) {
        String xml = "<VPosMessageContract>"
                + fields.entrySet().stream()
                        .map(e -> "<" + e.getKey() + ">" + VakifKatilimWriter.escape(e.getValue()) + "</" + e.getKey()
                                + ">")
                        .collect(Collectors.joining())
                + "</VPosMessageContract>";
        String answer = bank.handle(gate, xml.getBytes(StandardCharsets.UTF_8), "text/xml; charset=UTF-8", BASE)
                .text();
        return answer.replaceAll("(?s).*<ResponseCode>([^<]*)</ResponseCode>.*", "$1");
    }

    @Test
    void aWellFormedSignedSaleIsApproved() {
        assertEquals("00", code(VakifKatilimBank.NON_3D, signed(sale("O-1"))));
        assertEquals(1, ledger.newestFirst(Optional.of("O-1")).size());
    }

    @Test
    void aWrongHashOrHashPasswordOrAnUnknownUserIsRefused() {
        Map<String, String> unsigned = sale("O-2");
        assertEquals("HashDataError", code(VakifKatilimBank.NON_3D, unsigned));
        Map<String, String> tampered = signed(sale("O-2"));
        tampered.put("Amount", "10026");
        assertEquals("HashDataError", code(VakifKatilimBank.NON_3D, tampered));
        Map<String, String> wrongPassword = sale("O-2");
        wrongPassword.put("HashPassword", VakifKatilimHashes.sha1Base64("other"));
        assertEquals("HashDataError", code(VakifKatilimBank.NON_3D, signed(wrongPassword)));
        Map<String, String> stranger = signed(sale("O-2"));
        stranger.put("CustomerId", "22222");
        assertEquals("MerchantNotDefined", code(VakifKatilimBank.NON_3D, stranger));
        assertTrue(ledger.newestFirst(Optional.of("O-2")).isEmpty());
    }

    @Test
    void missingOrMalformedFieldsAreRefused() {
        for (String[] change : new String[][] {
            {"SubMerchantId", null, "InvalidRequest"},
            {"APIVersion", "TDV2.0.0", "InvalidRequest"},
            {"TransactionSecurity", "3", "InvalidTransactionSecurity"},
            {"InstallmentCount", "1", "InvalidRequest"},
            {"FECCurrencyCode", "949", "InvalidCurrencyCode"},
            {"CurrencyCode", "0840", "InvalidCurrencyCode"},
            {"CardCVV2", null, "14"},
            {"CardNumber", "4355084355084359", "14"},
            {"CardExpireDateMonth", "13", "14"},
        }) {
            Map<String, String> m = sale("O-3");
            if (change[1] == null) {
                m.remove(change[0]);
            } else {
                m.put(change[0], change[1]);
            }
            assertEquals(change[2], code(VakifKatilimBank.NON_3D, signed(m)), String.join(" ", change[0], change[2]));
        }
        Map<String, String> amount = sale("O-3");
        amount.put("Amount", "100.25");
        assertEquals("13", code(VakifKatilimBank.NON_3D, signed(amount)));
        String notXml = bank.handle(
                        VakifKatilimBank.NON_3D, "Amount=1".getBytes(StandardCharsets.UTF_8), "text/xml", BASE)
                .text();
        assertTrue(notXml.contains("<ResponseCode>InvalidRequest</ResponseCode>"), notXml);
        assertTrue(ledger.newestFirst(Optional.of("O-3")).isEmpty());
    }

    @Test
    void followUpsMustNameTheOrderByBothIdsAndQueriesKeepTheBanksLimits() {
        assertEquals("00", code(VakifKatilimBank.NON_3D, signed(sale("O-4"))));
        Map<String, String> cancel = new LinkedHashMap<>(Map.of());
        cancel.put("MerchantId", "1");
        cancel.put("CustomerId", "11111");
        cancel.put("UserName", "APIUSER");
        cancel.put("SubMerchantId", "0");
        cancel.put("HashPassword", HASHED);
        cancel.put("MerchantOrderId", "O-4");
        cancel.put("OrderId", "100000000");
        cancel.put("Amount", "10025");
        cancel.put("PaymentType", "1");
        assertEquals("OrderDataNotFound", code(VakifKatilimBank.SALE_REVERSAL, signed(cancel)));

        Map<String, String> history = new LinkedHashMap<>();
        history.put("MerchantId", "1");
        history.put("CustomerId", "11111");
        history.put("UserName", "APIUSER");
        history.put("SubMerchantId", "0");
        history.put("StartDate", "2026-01-01");
        history.put("EndDate", "2026-12-31");
        history.put("LowerLimit", "0");
        history.put("UpperLimit", "100");
        assertEquals("InvalidRequest", code(VakifKatilimBank.HISTORY, signed(history)));

        Map<String, String> provision = new LinkedHashMap<>();
        provision.put("MerchantId", "1");
        provision.put("CustomerId", "11111");
        provision.put("UserName", "APIUSER");
        provision.put("SubMerchantId", "0");
        provision.put("APIVersion", "1.0.0");
        provision.put("MerchantOrderId", "O-5");
        provision.put("Amount", "100");
        provision.put("InstallmentCount", "0");
        provision.put("TransactionSecurity", "3");
        assertEquals("EmptyMDException", code(VakifKatilimBank.PROVISION, signed(provision)));
    }

    @Test
    void theCommonPaymentPageChecksTheHashedPasswordAndPostsARefusalBack() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("UserName", "APIUSER");
        form.put("HashPassword", VakifKatilimHashes.sha1Base64("guess"));
        form.put("MerchantId", "1");
        form.put("MerchantOrderId", "O-6");
        form.put("Amount", "15000");
        form.put("FECCurrencyCode", "0949");
        form.put("OkUrl", "https://shop.example/ok");
        form.put("FailUrl", "https://shop.example/fail");
        form.put("PaymentType", "1");
        String page = bank.handle(VakifKatilimBank.HOST_PAGE, encoded(form), "application/x-www-form-urlencoded", BASE)
                .text();
        assertTrue(page.contains("action=\"https://shop.example/fail\"") && page.contains("HashDataError"), page);

        form.put("HashPassword", HASHED);
        String cardPage = bank.handle(
                        VakifKatilimBank.HOST_PAGE, encoded(form), "application/x-www-form-urlencoded", BASE)
                .text();
        assertTrue(cardPage.contains("name=\"CardNumber\"") && cardPage.contains("150.00"), cardPage);
    }

    private static byte[] encoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"))
                .getBytes(StandardCharsets.UTF_8);
    }
}
