package dev.vpos.simulator.payfor;

import dev.vpos.simulator.ledger.Ledger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/** A simulated PayFor bank on a fixed day (2026-11-23, Istanbul) and request builders for its tests. */
final class PayForTestBank {

    static final Clock NOV_23_2026 = Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"), ZoneId.of("Europe/Istanbul"));
    static final String MERCHANT = "085300000009704";
    static final String USER = "QNB_API_KULLANICI_3DPAY";
    static final String PASS = "UcBN0";
    static final String STORE_KEY = "12345678";

    final Ledger ledger = new Ledger();
    final PayForBank bank = new PayForBank(
            PayForMerchants.fromClasspath(), ledger, new PayForThreeDsSessions(), NOV_23_2026, new Random(7));

    PayForAnswer post(Map<String, String> fields) {
        return bank.handle(xml(fields).getBytes(StandardCharsets.UTF_8), "text/xml; charset=UTF-8");
    }

    PayForBank.Decision decide(Map<String, String> fields) {
        return bank.decide(xml(fields).getBytes(StandardCharsets.UTF_8), "text/xml; charset=UTF-8");
    }

    static String xml(Map<String, String> fields) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><PayforRequest>");
        fields.forEach((k, v) -> xml.append('<')
                .append(k)
                .append('>')
                .append(v)
                .append("</")
                .append(k)
                .append('>'));
        return xml.append("</PayforRequest>").toString();
    }

    static Map<String, String> account() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("MbrId", "5");
        f.put("MerchantId", MERCHANT);
        f.put("UserCode", USER);
        f.put("UserPass", PASS);
        return f;
    }

    static Map<String, String> sale(String orderId, String amount, String pan) {
        return authorization("Auth", orderId, amount, pan);
    }

    static Map<String, String> authorization(String txnType, String orderId, String amount, String pan) {
        Map<String, String> f = account();
        f.put("MOTO", "0");
        f.put("OrderId", orderId);
        f.put("SecureType", "NonSecure");
        f.put("TxnType", txnType);
        f.put("PurchAmount", amount);
        f.put("Currency", "949");
        f.put("InstallmentCount", "0");
        f.put("Lang", "TR");
        f.put("CardHolderName", "Ayşe Yılmaz");
        f.put("Pan", pan);
        f.put("Expiry", "1230");
        f.put("Cvv2", "123");
        return f;
    }

    static Map<String, String> followUp(String txnType, String orgOrderId, Optional<String> amount) {
        Map<String, String> f = account();
        f.put("OrgOrderId", orgOrderId);
        f.put("SecureType", "NonSecure");
        f.put("TxnType", txnType);
        amount.ifPresent(a -> f.put("PurchAmount", a));
        f.put("Currency", "949");
        f.put("Lang", "TR");
        return f;
    }

    static Map<String, String> inquiry(String orderId) {
        Map<String, String> f = account();
        f.put("OrgOrderId", orderId);
        f.put("SecureType", "Inquiry");
        f.put("TxnType", "OrderInquiry");
        return f;
    }

    static Map<String, String> history(String orderId) {
        Map<String, String> f = account();
        f.put("SecureType", "Report");
        f.put("OrderId", orderId);
        f.put("TxnType", "TxnHistory");
        return f;
    }

    static Map<String, String> with(Map<String, String> fields, Consumer<Map<String, String>> change) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        change.accept(copy);
        return copy;
    }

    /** The 3-D gate form a merchant posts, signed with the store key. */
    static Map<String, String> gateForm(String secureType, String txnType, String orderId, String amount, String pan) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("MbrId", "5");
        f.put("MerchantID", MERCHANT);
        f.put("UserCode", USER);
        f.put("OrderId", orderId);
        f.put("Lang", "TR");
        f.put("SecureType", secureType);
        f.put("TxnType", txnType);
        f.put("PurchAmount", amount);
        f.put("InstallmentCount", "0");
        f.put("Currency", "949");
        f.put("OkUrl", "https://shop.example/payfor/ok?x=1&y=a'b");
        f.put("FailUrl", "https://shop.example/payfor/fail");
        f.put("Rnd", "0a1b2c3d4e");
        if (pan != null) {
            f.put("CardHolderName", "Ayşe Yılmaz");
            f.put("Pan", pan);
            f.put("Expiry", "1230");
            f.put("Cvv2", "123");
        }
        f.put(
                "Hash",
                PayForHash.request(
                        "5", orderId, amount, f.get("OkUrl"), f.get("FailUrl"), txnType, "0", "0a1b2c3d4e", STORE_KEY));
        return f;
    }
}
