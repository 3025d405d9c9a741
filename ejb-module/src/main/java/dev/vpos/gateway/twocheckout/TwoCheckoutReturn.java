package dev.vpos.gateway.twocheckout;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsSale;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The payer's return from ConvertPlus to our callback ({@code return-type=redirect}): 2Checkout appends the buy link's
 * parameters and its own ({@code refno}, {@code total}, {@code total-currency}, ...) and signs them all with the
 * buy-link secret word ({@code signature}). Checked before anything is believed: the signature (constant time), our
 * merchant, our order id ({@code order-ext-ref}) and, when given, the total and its currency. The return says nothing
 * final: the order's status is then asked from the REST API.
 */
final class TwoCheckoutReturn {

    private TwoCheckoutReturn() {}

    /** Why the return cannot be believed; empty when it is authentic and about our payment. */
    static Optional<String> rejection(ThreeDsCallback callback, TwoCheckoutCredentials c) {
        Map<String, String> p = callback.posted();
        String signature = p.get(ConvertPlusSignature.SIGNATURE);
        if (signature == null || signature.isBlank()) {
            return Optional.of("the return carries no signature");
        }
        if (!TwoCheckoutAlgorithm.matches(signature, ConvertPlusSignature.ofReturn(p, c.buyLinkSecretWord()))) {
            return Optional.of("the return's signature does not verify with the buy-link secret word");
        }
        ThreeDsSale expected = callback.expected();
        if (p.containsKey("merchant") && !c.merchantCode().equals(p.get("merchant"))) {
            return Optional.of("the return is for merchant " + p.get("merchant") + ", not " + c.merchantCode());
        }
        if (!expected.bankOrderId().equals(value(p, "order-ext-ref"))) {
            return Optional.of(
                    "the return is for order " + value(p, "order-ext-ref") + ", not " + expected.bankOrderId());
        }
        if (value(p, "refno").isEmpty()) {
            return Optional.of("the return names no 2Checkout order (refno)");
        }
        if (p.containsKey("total")
                && !sameAmount(value(p, "total"), expected.amount().amount())) {
            return Optional.of("the return's total " + value(p, "total") + " is not "
                    + expected.amount().amount());
        }
        if (p.containsKey("total-currency") && !expected.amount().currencyCode().equals(value(p, "total-currency"))) {
            return Optional.of("the return's currency " + value(p, "total-currency") + " is not "
                    + expected.amount().currencyCode());
        }
        return Optional.empty();
    }

    /** The return as received, for the log (the signature left out). */
    static BankExchange log(Map<String, String> posted) {
        String text = new TreeMap<>(posted)
                .entrySet().stream()
                        .map(e -> e.getKey() + "="
                                + (ConvertPlusSignature.SIGNATURE.equals(e.getKey())
                                        ? "***"
                                        : TwoCheckoutIpn.maskPans(e.getValue())))
                        .collect(Collectors.joining("\n"));
        return new BankExchange(null, 0, null, text.length() > 4000 ? text.substring(0, 4000) + "…" : text, null);
    }

    static boolean sameAmount(String given, BigDecimal expected) {
        try {
            return new BigDecimal(given.trim()).compareTo(expected) == 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static String value(Map<String, String> p, String name) {
        String v = p.get(name);
        return v == null ? "" : v.trim();
    }
}
