package dev.vpos.simulator.payflexcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.ledger.Ledger;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the simulated Common Payment refuses: each refusal answers its code and books nothing. */
class PayFlexCpBankTest {

    private static final String PAGE = "http://bank.example/payflexcp/CommonPayment/SecurePayment";
    private static final String MERCHANT = "000100000013506";
    private static final String PASSWORD = "CPTEST13506";

    private final Ledger ledger = new Ledger();
    private final PayFlexCpBank bank = new PayFlexCpBank(
            PayFlexCpMerchants.fromClasspath(), ledger, Clock.system(ZoneId.of("Europe/Istanbul")), new SecureRandom());

    private static Map<String, String> registration(String orderId) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("HostMerchantId", MERCHANT);
        f.put("MerchantPassword", PASSWORD);
        f.put("HostTerminalId", "VP000579");
        f.put("TransactionType", "Sale");
        f.put("AmountCode", "949");
        f.put("Amount", "150.00");
        f.put("OrderID", orderId);
        f.put("IsSecure", "true");
        f.put("AllowNotEnrolledCard", "false");
        f.put("SuccessUrl", "https://shop.example/ok");
        f.put("FailUrl", "https://shop.example/fail");
        f.put("HashedData", PayFlexCpBank.hash(MERCHANT, "949", "150.00", PASSWORD));
        return f;
    }

    private static String value(String xml, String element) {
        Matcher m =
                Pattern.compile("<" + element + ">([^<]*)</" + element + ">").matcher(xml);
        return m.find() ? m.group(1) : "";
    }

    private String refused(Consumer<Map<String, String>> change) {
        Map<String, String> f = registration("R" + System.nanoTime());
        change.accept(f);
        String xml = bank.register(f, PAGE).text();
        assertEquals("", value(xml, "PaymentToken"), xml);
        assertTrue(ledger.newestFirst(java.util.Optional.empty()).isEmpty(), "nothing booked");
        return value(xml, "ErrorCode");
    }

    @Test
    void aRegistrationIsRefusedForEachWrongOrMissingFieldAndBooksNothing() {
        assertEquals("9039", refused(f -> f.put("HostMerchantId", "1")));
        assertEquals("9065", refused(f -> f.put("MerchantPassword", "x")));
        assertEquals("1125", refused(f -> f.put("HostTerminalId", "VP000001")));
        assertEquals("1082", refused(f -> f.put("TransactionType", "Auth")));
        assertEquals("1047", refused(f -> f.put("AmountCode", "999")));
        assertEquals("1049", refused(f -> f.put("Amount", "150")));
        assertEquals("5029", refused(f -> f.put("HashedData", "AAAA")));
        assertEquals("5029", refused(f -> f.remove("HashedData")));
        assertEquals("1078", refused(f -> f.put("OrderID", "bad id!")));
        assertEquals("5029", refused(f -> f.put("IsSecure", "false")));
        assertEquals("5029", refused(f -> f.put("SuccessUrl", "javascript:alert(1)")));
        assertEquals("1060", refused(f -> f.put("InstallmentCount", "1")));
        assertEquals("1051", refused(f -> {
            f.put("PAN", "4355084355084359");
            f.put("ExpireMonth", "12");
            f.put("ExpireYear", "2030");
            f.put("CVV", "123");
            f.put("BrandNumber", "100");
        }));
        assertEquals("1051", refused(f -> {
            f.put("PAN", "4355084355084358");
            f.put("ExpireMonth", "12");
            f.put("ExpireYear", "2030");
            f.put("CVV", "123");
            f.put("BrandNumber", "200");
        }));
    }

    @Test
    void aTokenPaysOnceAndItsInquiryAnswersOnlyItsMerchant() {
        String xml = bank.register(registration("T" + System.nanoTime()), PAGE).text();
        String token = value(xml, "PaymentToken");
        assertEquals(PAGE, value(xml, "CommonPaymentUrl"));
        assertEquals(PayFlexCpBank.Page.Kind.CARD_FORM, bank.page(token).kind());
        assertEquals(
                PayFlexCpBank.Page.Kind.ACS,
                bank.card(Map.of(
                                "Ptkn",
                                token,
                                "Pan",
                                "4355084355084358",
                                "ExpireMonth",
                                "12",
                                "ExpireYear",
                                "30",
                                "Cvv",
                                "123"))
                        .kind());
        PayFlexCpBank.Page back = bank.authenticate(Map.of("Ptkn", token, "Otp", "123456"));
        assertEquals("0000", back.callbackFields().get("Rc"));
        assertEquals("https://shop.example/ok", back.callbackUrl());
        assertEquals(PayFlexCpBank.Page.Kind.ERROR, bank.page(token).kind(), "the page closes once paid");
        assertEquals(
                PayFlexCpBank.Page.Kind.ERROR,
                bank.authenticate(Map.of("Ptkn", token, "Otp", "123456")).kind());
        assertEquals(1, ledger.newestFirst(java.util.Optional.empty()).size());

        String transactionId = back.callbackFields().get("TransactionId");
        String inquiry = bank.inquiry(Map.of(
                        "HostMerchantId",
                        MERCHANT,
                        "Password",
                        PASSWORD,
                        "TransactionId",
                        transactionId,
                        "PaymentToken",
                        token))
                .text();
        assertEquals("0000", value(inquiry, "Rc"));
        assertEquals("150,00", value(inquiry, "Amount"));
        String other = bank.inquiry(Map.of(
                        "HostMerchantId",
                        "000000000111111",
                        "Password",
                        "3XTgER89as",
                        "TransactionId",
                        transactionId,
                        "PaymentToken",
                        token))
                .text();
        assertEquals("5024", value(other, "ErrorCode"), "another merchant never sees the payment");
    }
}
