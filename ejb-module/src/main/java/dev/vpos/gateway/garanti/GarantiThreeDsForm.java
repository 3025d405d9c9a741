package dev.vpos.gateway.garanti;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.gateway.infrastructure.LogText;
import dev.vpos.shared.domain.CardNumber;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The form the payer's browser posts to {@code gt3dengine}. Security level {@code 3D} (the bank authenticates, we
 * provision), {@code 3D_PAY} (the bank authenticates and provisions) or {@code 3D_OOS_PAY} (the bank's own card
 * page, then as 3D_PAY). The card goes in the form for 3D and 3D_PAY only; {@code secure3dhash} signs terminal,
 * order, amount, currency, both URLs, type and installments with the store key and SecurityData.
 */
final class GarantiThreeDsForm {

    private GarantiThreeDsForm() {}

    static String securityLevel(PaymentModel model) {
        return switch (model) {
            case THREE_D -> "3D";
            case THREE_D_PAY -> "3D_PAY";
            case THREE_D_HOST -> "3D_OOS_PAY";
            case REGULAR -> throw new IllegalArgumentException("no 3-D security level for " + model);
        };
    }

    static Map<String, String> fields(ThreeDsRequest request, GarantiCredentials c, String storeKey) {
        ThreeDsSale sale = request.sale();
        String type = GarantiRequests.typeOf(request.kind());
        GarantiCredentials.User user = c.userFor(type).orElseThrow();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("secure3dsecuritylevel", securityLevel(request.model()));
        f.put("mode", c.mode());
        f.put("apiversion", GvpsRequest.VERSION);
        f.put("terminalprovuserid", user.name());
        f.put("terminaluserid", user.name());
        f.put("terminalmerchantid", c.merchantId());
        f.put("terminalid", c.terminalId());
        f.put("txntype", type);
        f.put("txnamount", GarantiFormats.amount(sale.amount()));
        f.put("txncurrencycode", GarantiFormats.currency(sale.amount()));
        f.put("txninstallmentcount", GarantiFormats.installments(sale.installments()));
        f.put("orderid", sale.bankOrderId());
        f.put("successurl", request.successUrl().toString());
        f.put("errorurl", request.failureUrl().toString());
        f.put("customeripaddress", sale.customerIp() == null ? "" : sale.customerIp());
        f.put("customeremailaddress", sale.email() == null ? "" : sale.email());
        f.put("lang", request.language());
        if (request.model() == PaymentModel.THREE_D_HOST) {
            f.put("companyname", c.companyName());
        } else if (sale.hasCard()) {
            f.put("cardnumber", sale.card().digits());
            f.put("cardexpiredatemonth", GarantiFormats.expiryMonth(sale.expiry()));
            f.put("cardexpiredateyear", GarantiFormats.expiryYear(sale.expiry()));
            f.put("cardcvv2", sale.cvv() == null ? "" : sale.cvv());
        }
        f.put(
                "secure3dhash",
                GarantiCrypt.secure3dHash(
                        c.terminalId(),
                        sale.bankOrderId(),
                        f.get("txnamount"),
                        f.get("txncurrencycode"),
                        f.get("successurl"),
                        f.get("errorurl"),
                        type,
                        f.get("txninstallmentcount"),
                        storeKey,
                        GarantiCrypt.securityData(user.password(), c.terminalId())));
        return f;
    }

    /** The form for the log: card number masked, CVV and hashes removed. */
    static BankExchange maskedExchange(String action, Map<String, String> fields, String failure) {
        return new BankExchange(null, 0, "POST " + action + " " + masked(fields), null, failure);
    }

    static String masked(Map<String, String> fields) {
        return LogText.fields(fields, "&", GarantiThreeDsForm::maskValue);
    }

    private static String maskValue(String name, String value) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.equals("cardnumber") || n.equals("pan")) {
            return CardNumber.mask(value);
        }
        if (n.contains("cvv")
                || (n.contains("hash") && !n.equals("hashparams"))
                || n.equals("cavv")
                || n.equals("md")
                || n.contains("password")
                || n.contains("storekey")) {
            return value == null || value.isEmpty() ? "" : "***";
        }
        return value;
    }
}
