package dev.vpos.gateway.kuveytturk;

import dev.vpos.gateway.domain.SaleInstruction;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsSale;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code KuveytTurkVPosMessage} documents posted to the payment gates: a non-3D sale (TransactionSecurity 1),
 * the 3-D enrollment (TransactionSecurity 3, with OkUrl/FailUrl in the hash) and the 3-D provision with the MD.
 */
final class KuveytTurkMessages {

    static final String API_VERSION = "TDV2.0.0";
    static final String SALE = "Sale";

    private KuveytTurkMessages() {}

    static KuveytTurkRequest sale(SaleInstruction sale, KuveytTurkCredentials c) {
        Map<String, Object> m = account(c);
        m.put("TransactionType", SALE);
        m.put("TransactionSecurity", "1");
        m.put("MerchantOrderId", sale.bankOrderId());
        m.put("Amount", KuveytTurkFormats.amount(sale.amount()));
        m.put("DisplayAmount", KuveytTurkFormats.amount(sale.amount()));
        m.put("CurrencyCode", KuveytTurkFormats.currency(sale.amount()));
        m.put("InstallmentCount", KuveytTurkFormats.installments(sale.installments()));
        m.put("CardHolderName", "");
        m.put("CardType", KuveytTurkFormats.cardType(sale.card().brand()));
        m.put("CardNumber", sale.card().digits());
        m.put("CardExpireDateYear", KuveytTurkFormats.expiryYear(sale.expiry()));
        m.put("CardExpireDateMonth", KuveytTurkFormats.expiryMonth(sale.expiry()));
        m.put("CardCVV2", sale.cvv() == null ? "" : sale.cvv());
        m.put(
                "HashData",
                KuveytTurkHash.request(
                        c.merchantId(),
                        sale.bankOrderId(),
                        (String) m.get("Amount"),
                        "",
                        "",
                        c.userName(),
                        c.hashedPassword()));
        return new KuveytTurkRequest(m);
    }

    static KuveytTurkRequest enrollment(ThreeDsRequest request, KuveytTurkCredentials c) {
        ThreeDsSale sale = request.sale();
        String amount = KuveytTurkFormats.amount(sale.amount());
        Map<String, Object> m = account(c);
        m.put("TransactionType", SALE);
        m.put("TransactionSecurity", "3");
        m.put("InstallmentCount", KuveytTurkFormats.installments(sale.installments()));
        m.put("Amount", amount);
        m.put("DisplayAmount", amount);
        m.put("CurrencyCode", KuveytTurkFormats.currency(sale.amount()));
        m.put("MerchantOrderId", sale.bankOrderId());
        m.put("OkUrl", request.successUrl().toString());
        m.put("FailUrl", request.failureUrl().toString());
        m.put("DeviceData", Map.of("ClientIP", sale.customerIp() == null ? "" : sale.customerIp()));
        m.put("CardHolderName", sale.holderName() == null ? "" : sale.holderName());
        m.put("CardType", KuveytTurkFormats.cardType(sale.card().brand()));
        m.put("CardNumber", sale.card().digits());
        m.put("CardExpireDateYear", KuveytTurkFormats.expiryYear(sale.expiry()));
        m.put("CardExpireDateMonth", KuveytTurkFormats.expiryMonth(sale.expiry()));
        m.put("CardCVV2", sale.cvv() == null ? "" : sale.cvv());
        m.put(
                "HashData",
                KuveytTurkHash.request(
                        c.merchantId(),
                        sale.bankOrderId(),
                        amount,
                        request.successUrl().toString(),
                        request.failureUrl().toString(),
                        c.userName(),
                        c.hashedPassword()));
        return new KuveytTurkRequest(m);
    }

    /** The provision after a successful 3-D authentication: our own order, amount and currency, the bank's MD. */
    static KuveytTurkRequest provision(ThreeDsSale expected, String md, KuveytTurkCredentials c) {
        String amount = KuveytTurkFormats.amount(expected.amount());
        Map<String, Object> m = account(c);
        m.put(
                "HashData",
                KuveytTurkHash.request(
                        c.merchantId(), expected.bankOrderId(), amount, "", "", c.userName(), c.hashedPassword()));
        m.put("CustomerIPAddress", expected.customerIp() == null ? "" : expected.customerIp());
        m.put("KuveytTurkVPosAdditionalData", Map.of("AdditionalData", orderedMap("Key", "MD", "Data", md)));
        m.put("TransactionType", SALE);
        m.put("InstallmentCount", KuveytTurkFormats.installments(expected.installments()));
        m.put("Amount", amount);
        m.put("DisplayAmount", amount);
        m.put("CurrencyCode", KuveytTurkFormats.currency(expected.amount()));
        m.put("MerchantOrderId", expected.bankOrderId());
        m.put("TransactionSecurity", "3");
        return new KuveytTurkRequest(m);
    }

    private static Map<String, Object> account(KuveytTurkCredentials c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("APIVersion", API_VERSION);
        m.put("MerchantId", c.merchantId());
        m.put("CustomerId", c.customerId());
        m.put("UserName", c.userName());
        return m;
    }

    static Map<String, Object> orderedMap(String... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
