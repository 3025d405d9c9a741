package dev.vpos.gateway.payfor;

import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.SaleInstruction;
import dev.vpos.gateway.infrastructure.BankRequest;
import dev.vpos.gateway.infrastructure.FieldMasking;
import dev.vpos.gateway.infrastructure.xml.XmlWriter;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One {@code PayforRequest} document (flat, UTF-8) and its masked twin for the transaction log. Follow-ups name the
 * original order by {@code OrgOrderId}; PayFor keeps them under that order id (it takes no id of its own for them).
 */
final class PayForRequest {

    static final String ROOT = "PayforRequest";
    private static final String CONTENT_TYPE = "text/xml; charset=UTF-8";
    private static final FieldMasking MASKING = FieldMasking.of(Set.of("UserPass", "Cvv2"), Set.of("Pan"));

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

    /** The request to {@code XMLGate.aspx}, with its masked twin. */
    BankRequest to(URI endpoint) {
        return BankRequest.post(
                endpoint, XmlWriter.utf8().declaration().element(ROOT, fields).bytes(), CONTENT_TYPE, toMaskedXml());
    }

    /** The same document with the password and CVV as {@code ***} and the card number as BIN + last 4. */
    String toMaskedXml() {
        return XmlWriter.utf8()
                .declaration()
                .element(ROOT, MASKING.applyToFlat(fields))
                .toString();
    }
}
