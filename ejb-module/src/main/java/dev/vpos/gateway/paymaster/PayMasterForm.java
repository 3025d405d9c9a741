package dev.vpos.gateway.paymaster;

import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsSale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The payment order form the payer's browser posts to {@code /Payment/Init}: our site, the amount and currency, our
 * order id as {@code LMI_PAYMENT_NO}, a description, where PayMaster sends the Invoice Confirmation pre-request and
 * the Payment Notification (our inbox for the definition), where it sends the payer back (our callback, by POST),
 * {@code LMI_SIM_MODE=0} on a TEST definition (simulated payment, success), and our {@code SIGN}.
 */
final class PayMasterForm {

    static final String SIGN = "SIGN";

    private PayMasterForm() {}

    static Map<String, String> fields(ThreeDsRequest request, PayMasterCredentials c) {
        ThreeDsSale sale = request.sale();
        String amount = sale.amount().amount().toPlainString();
        String currency = sale.amount().currencyCode();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("LMI_MERCHANT_ID", c.merchantId());
        f.put("LMI_PAYMENT_AMOUNT", amount);
        f.put("LMI_CURRENCY", currency);
        f.put("LMI_PAYMENT_NO", sale.bankOrderId());
        f.put("LMI_PAYMENT_DESC", "Order " + sale.bankOrderId());
        f.put("LMI_INVOICE_CONFIRMATION_URL", request.notifyUrl().toString());
        f.put("LMI_PAYMENT_NOTIFICATION_URL", request.notifyUrl().toString());
        f.put("LMI_SUCCESS_URL", request.successUrl().toString());
        f.put("LMI_SUCCESS_METHOD", "POST");
        f.put("LMI_FAILURE_URL", request.failureUrl().toString());
        f.put("LMI_FAILURE_METHOD", "POST");
        if (sale.email() != null && !sale.email().isBlank()) {
            f.put("LMI_PAYER_EMAIL", sale.email());
        }
        if (!c.live()) {
            f.put("LMI_SIM_MODE", "0");
        }
        f.put(
                SIGN,
                PayMasterSignatures.sign(
                        c.merchantId(), sale.bankOrderId(), amount, currency, c.secretKey(), c.algorithm()));
        return f;
    }

    static String masked(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + (SIGN.equals(e.getKey()) ? "***" : e.getValue()))
                .collect(Collectors.joining("\n"));
    }
}
