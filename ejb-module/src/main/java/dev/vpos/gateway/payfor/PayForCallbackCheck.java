package dev.vpos.gateway.payfor;

import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.gateway.infrastructure.LogText;
import dev.vpos.shared.domain.CardNumber;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Is a posted PayFor 3-D callback authentic and about the payment we expect? First its {@code ResponseHash} (over
 * MerchantID, store key, OrderId, AuthCode, ProcReturnCode, 3DStatus, ResponseRnd, UserCode; compared in constant
 * time), then the fields the hash does not cover against what we recorded: order id, amount, currency, installment
 * count, 3-D model ({@code SecureType}) and sale/pre-auth ({@code TxnType}).
 */
final class PayForCallbackCheck {

    private PayForCallbackCheck() {}

    /** Why the callback is not to be trusted; empty when it is. */
    static Optional<String> problem(ThreeDsCallback callback, PayForCredentials c, String storeKey) {
        Map<String, String> p = callback.posted();
        for (String required : new String[] {"OrderId", "ResponseHash", "ResponseRnd", "ProcReturnCode", "3DStatus"}) {
            if (p.get(required) == null || p.get(required).isEmpty()) {
                return Optional.of("callback has no " + required);
            }
        }
        String expectedHash = PayForHash.response(
                c.merchantId(),
                storeKey,
                p.get("OrderId"),
                p.getOrDefault("AuthCode", ""),
                p.get("ProcReturnCode"),
                p.get("3DStatus"),
                p.get("ResponseRnd"),
                c.userCode());
        if (!PayForHash.verifies(expectedHash, p.get("ResponseHash"))) {
            return Optional.of("ResponseHash does not verify with the store key");
        }
        ThreeDsSale expected = callback.expected();
        if (!expected.bankOrderId().equals(p.get("OrderId"))) {
            return Optional.of("callback is for order " + p.get("OrderId") + ", not " + expected.bankOrderId());
        }
        Optional<BigDecimal> amount = PayForFormats.parseAmount(p.getOrDefault("PurchAmount", ""));
        if (amount.isEmpty() || amount.get().compareTo(expected.amount().amount()) != 0) {
            return Optional.of("callback amount " + p.get("PurchAmount") + " is not "
                    + expected.amount().amount());
        }
        if (!PayForFormats.currency(expected.amount()).equals(p.get("Currency"))) {
            return Optional.of(
                    "callback currency " + p.get("Currency") + " is not " + PayForFormats.currency(expected.amount()));
        }
        if (!installments(p.getOrDefault("InstallmentCount", ""))
                .equals(PayForFormats.installments(expected.installments()))) {
            return Optional.of(
                    "callback installments " + p.get("InstallmentCount") + " are not " + expected.installments());
        }
        if (!PayForThreeDsForm.secureType(callback.model()).equals(p.get("SecureType"))) {
            return Optional.of("callback SecureType " + p.get("SecureType") + " is not this definition's model");
        }
        if (!PayForThreeDsForm.txnType(callback.kind()).equals(p.get("TxnType"))) {
            return Optional.of(
                    "callback TxnType " + p.get("TxnType") + " is not " + PayForThreeDsForm.txnType(callback.kind()));
        }
        return Optional.empty();
    }

    /** "1" and "0" both mean a single payment. */
    private static String installments(String text) {
        return text.matches("\\d{1,2}") ? PayForFormats.installments(Integer.parseInt(text)) : text;
    }

    /** The callback for the log: card number as BIN + last 4; hashes, CAVV and any CVV as {@code ***}; capped. */
    static String masked(Map<String, String> posted) {
        return LogText.cap(new TreeMap<>(posted)
                .entrySet().stream()
                        .map(e -> e.getKey() + "="
                                + switch (e.getKey()) {
                                    case "Pan", "CardMask" ->
                                        e.getValue().matches("\\d{12,19}")
                                                ? CardNumber.mask(e.getValue())
                                                : e.getValue();
                                    case "ResponseHash", "Hash", "PayerAuthenticationCode", "Cvv2", "UserPass" -> "***";
                                    default -> e.getValue();
                                })
                        .collect(Collectors.joining("&")));
    }
}
