package dev.vpos.gateway.kuveytturk;

import dev.vpos.gateway.infrastructure.BankRequest;
import dev.vpos.gateway.infrastructure.xml.XmlWriter;
import dev.vpos.shared.domain.Money;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A SOAP 1.1 call to the bank's VirtualPosService: {@code SaleReversal} (cancel), {@code DrawBack} (full refund),
 * {@code PartialDrawback} and {@code GetMerchantOrderDetail} (status). The inner {@code VPosMessage} carries the
 * request hash over MerchantId + MerchantOrderId + Amount + UserName + hashed password.
 */
final class KuveytTurkSoapRequest {

    static final String NAMESPACE = "http://boa.net/BOA.Integration.VirtualPos/Service";
    static final String ACTION_PREFIX = NAMESPACE + "/IVirtualPosService/";
    static final String CONTENT_TYPE = "text/xml; charset=UTF-8";
    static final String SALE_REVERSAL = "SaleReversal";
    static final String DRAW_BACK = "DrawBack";
    static final String PARTIAL_DRAWBACK = "PartialDrawback";
    static final String ORDER_DETAIL = "GetMerchantOrderDetail";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final String operation;
    private final Map<String, Object> request;

    private KuveytTurkSoapRequest(String operation, Map<String, Object> request) {
        this.operation = operation;
        this.request = request;
    }

    /** Cancel or refund of an order, identified by our order id and the bank's OrderId, RRN, Stan and provision. */
    static KuveytTurkSoapRequest followUp(
            String operation,
            String merchantOrderId,
            Money amount,
            KuveytTurkReferences original,
            KuveytTurkCredentials c) {
        String minor = KuveytTurkFormats.amount(amount);
        Map<String, Object> r = header(c, minor);
        r.put("OrderId", original.orderId());
        r.put("RRN", original.rrn());
        r.put("Stan", original.stan());
        r.put("ProvisionNumber", original.provisionNumber());
        r.put(
                "VPosMessage",
                vPosMessage(
                        c,
                        operation,
                        merchantOrderId,
                        minor,
                        SALE_REVERSAL.equals(operation) ? minor : "0",
                        minor,
                        KuveytTurkFormats.currency(amount)));
        return new KuveytTurkSoapRequest(operation, r);
    }

    /** The order's detail by our order id, searched over {@code from}..{@code to} (the bank requires a range). */
    static KuveytTurkSoapRequest orderDetail(
            String merchantOrderId, LocalDateTime from, LocalDateTime to, KuveytTurkCredentials c) {
        Map<String, Object> r = header(c, "0");
        r.put("MerchantOrderId", merchantOrderId);
        r.put("OrderId", "0");
        r.put("StartDate", DATE.format(from));
        r.put("EndDate", DATE.format(to));
        r.put("TransactionType", "0");
        r.put("VPosMessage", vPosMessage(c, ORDER_DETAIL, merchantOrderId, "0", "0", "0", "0949"));
        return new KuveytTurkSoapRequest(ORDER_DETAIL, r);
    }

    private static Map<String, Object> header(KuveytTurkCredentials c, String amount) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("IsFromExternalNetwork", "true");
        r.put("BusinessKey", "0");
        r.put("ResourceId", "0");
        r.put("ActionId", "0");
        r.put("LanguageId", "0");
        r.put("CustomerId", c.customerId());
        r.put("MailOrTelephoneOrder", "true");
        r.put("Amount", amount);
        r.put("MerchantId", c.merchantId());
        return r;
    }

    private static Map<String, Object> vPosMessage(
            KuveytTurkCredentials c,
            String transactionType,
            String merchantOrderId,
            String amount,
            String displayAmount,
            String cancelAmount,
            String currency) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("APIVersion", KuveytTurkMessages.API_VERSION);
        m.put("InstallmentMaturityCommisionFlag", "0");
        m.put(
                "HashData",
                KuveytTurkHash.request(
                        c.merchantId(), merchantOrderId, amount, "", "", c.userName(), c.hashedPassword()));
        m.put("MerchantId", c.merchantId());
        m.put("SubMerchantId", "0");
        m.put("CustomerId", c.customerId());
        m.put("UserName", c.userName());
        m.put("CardType", "Visa");
        m.put("BatchID", "0");
        m.put("TransactionType", transactionType);
        m.put("InstallmentCount", "0");
        m.put("Amount", amount);
        m.put("DisplayAmount", displayAmount);
        m.put("CancelAmount", cancelAmount);
        m.put("MerchantOrderId", merchantOrderId);
        m.put("FECAmount", "0");
        m.put("CurrencyCode", currency);
        m.put("QeryId", "0");
        m.put("DebtId", "0");
        m.put("SurchargeAmount", "0");
        m.put("SGKDebtAmount", "0");
        m.put("TransactionSecurity", "1");
        return m;
    }

    String operation() {
        return operation;
    }

    String soapAction() {
        return ACTION_PREFIX + operation;
    }

    /** The envelope; it holds no card data and no password, so the same text is logged. */
    String toXml() {
        return envelope().toString();
    }

    /** The call to the bank's VirtualPosService at {@code service}. */
    BankRequest to(URI service) {
        return BankRequest.post(service, envelope().bytes(), CONTENT_TYPE, toXml())
                .withHeaders(Map.of("SOAPAction", soapAction()));
    }

    private XmlWriter envelope() {
        return XmlWriter.utf8()
                .markup("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:ser=\""
                        + NAMESPACE + "\"><soapenv:Body>")
                .prefixed("ser:")
                .element(operation, Map.of("request", request))
                .markup("</soapenv:Body></soapenv:Envelope>");
    }
}
