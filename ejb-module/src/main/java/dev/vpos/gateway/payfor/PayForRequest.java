package dev.vpos.gateway.payfor;

import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.SaleInstruction;
import dev.vpos.shared.domain.CardNumber;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@code PayforRequest} document (flat, UTF-8) and its masked twin for the transaction log. Follow-ups name the
 * original order by {@code OrgOrderId}; PayFor keeps them under that order id (it takes no id of its own for them).
 */
final class PayForRequest {

    static final String ROOT = "PayforRequest";

    private final Map<String, String> fields;

    private PayForRequest(Map<String, String> fields) {
        this.fields = fields;
    }

    private static Map<String, String> account(PayForCredentials c) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("MbrId", c.mbrId());
        f.put("MerchantId", c.merchantId());
        f.put("UserCode", c.userCode());
        f.put("UserPass", c.userPassword());
        return f;
    }

    /** A non-3D {@code Auth} (sale) or {@code PreAuth}. */
    static PayForRequest authorization(String txnType, SaleInstruction sale, PayForCredentials c) {
        Map<String, String> f = account(c);
        f.put("MOTO", "0");
        f.put("OrderId", sale.bankOrderId());
        f.put("SecureType", "NonSecure");
        f.put("TxnType", txnType);
        f.put("PurchAmount", PayForFormats.amount(sale.amount()));
        f.put("Currency", PayForFormats.currency(sale.amount()));
        f.put("InstallmentCount", PayForFormats.installments(sale.installments()));
        f.put("Lang", "TR");
        f.put("CardHolderName", "");
        f.put("Pan", sale.card().digits());
        f.put("Expiry", PayForFormats.expiry(sale.expiry()));
        f.put("Cvv2", sale.cvv() == null ? "" : sale.cvv());
        return new PayForRequest(f);
    }

    static PayForRequest postAuth(FollowUp followUp, PayForCredentials c) {
        return followUp("PostAuth", followUp, c, true);
    }

    static PayForRequest voidOf(FollowUp followUp, PayForCredentials c) {
        return followUp("Void", followUp, c, false);
    }

    static PayForRequest refund(FollowUp followUp, PayForCredentials c) {
        return followUp("Refund", followUp, c, true);
    }

    private static PayForRequest followUp(String txnType, FollowUp followUp, PayForCredentials c, boolean withAmount) {
        Map<String, String> f = account(c);
        f.put("OrgOrderId", followUp.bankOrderId());
        f.put("SecureType", "NonSecure");
        f.put("TxnType", txnType);
        if (withAmount) {
            f.put("PurchAmount", PayForFormats.amount(followUp.amount()));
        }
        f.put("Currency", PayForFormats.currency(followUp.amount()));
        f.put("Lang", "TR");
        return new PayForRequest(f);
    }

    static PayForRequest orderInquiry(String orderId, PayForCredentials c) {
        Map<String, String> f = account(c);
        f.put("OrgOrderId", orderId);
        f.put("SecureType", "Inquiry");
        f.put("Lang", "TR");
        f.put("TxnType", "OrderInquiry");
        return new PayForRequest(f);
    }

    static PayForRequest orderHistory(String orderId, PayForCredentials c) {
        Map<String, String> f = account(c);
        f.put("SecureType", "Report");
        f.put("OrderId", orderId);
        f.put("TxnType", "TxnHistory");
        f.put("Lang", "TR");
        return new PayForRequest(f);
    }

    /** The provision of an authenticated 3D-model payment: the bank knows the rest by its {@code RequestGuid}. */
    static PayForRequest threeDModelPayment(String requestGuid, String orderId, PayForCredentials c) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("RequestGuid", requestGuid);
        f.put("UserCode", c.userCode());
        f.put("UserPass", c.userPassword());
        f.put("OrderId", orderId);
        f.put("SecureType", "3DModelPayment");
        return new PayForRequest(f);
    }

    byte[] toXml() {
        return PayForXml.document(ROOT, fields).getBytes(StandardCharsets.UTF_8);
    }

    /** The same document with the password and CVV as {@code ***} and the card number as BIN + last 4. */
    String toMaskedXml() {
        Map<String, String> masked = new LinkedHashMap<>(fields);
        masked.computeIfPresent("UserPass", (k, v) -> "***");
        masked.computeIfPresent("Cvv2", (k, v) -> "***");
        masked.computeIfPresent("Pan", (k, v) -> CardNumber.mask(v));
        return PayForXml.document(ROOT, masked);
    }
}
