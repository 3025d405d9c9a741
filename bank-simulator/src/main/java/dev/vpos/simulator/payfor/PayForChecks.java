package dev.vpos.simulator.payfor;

import dev.vpos.simulator.card.CardNumbers;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The gateway's format checks on the fields of an authorisation, in the order the bank reports them. */
final class PayForChecks {

    static final Set<String> CURRENCIES = Set.of("949", "840", "978", "826");
    static final String ORDER_ID = "[A-Za-z0-9_-]{1,64}";
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("200000");

    private PayForChecks() {}

    /** The first failing code for an order id, amount, currency and installment count. */
    static Optional<String> order(Function<String, String> field) {
        if (field.apply("OrderId").isEmpty()) {
            return Optional.of(PayForCodes.ORDER_ID_MISSING);
        }
        if (!field.apply("OrderId").matches(ORDER_ID)) {
            return Optional.of(PayForCodes.FIELD_LENGTH);
        }
        Optional<String> amount = amount(field.apply("PurchAmount"));
        if (amount.isPresent()) {
            return amount;
        }
        Optional<String> currency = currency(field.apply("Currency"));
        if (currency.isPresent()) {
            return currency;
        }
        if (!field.apply("InstallmentCount").matches("\\d{1,2}")
                || Integer.parseInt(field.apply("InstallmentCount")) > 12) {
            return Optional.of(PayForCodes.FIELD_LENGTH);
        }
        String txnType = field.apply("TxnType");
        if (!PayForAuthorization.SALE.equals(txnType) && !PayForAuthorization.PRE_AUTH.equals(txnType)) {
            return Optional.of(PayForCodes.TXN_TYPE_UNKNOWN);
        }
        return Optional.empty();
    }

    static Optional<String> amount(String text) {
        Optional<BigDecimal> amount = PayForRequest.amount(text);
        if (amount.isEmpty()) {
            return Optional.of(PayForCodes.AMOUNT_INVALID);
        }
        return amount.get().compareTo(MAX_AMOUNT) > 0 ? Optional.of(PayForCodes.AMOUNT_OUT_OF_RANGE) : Optional.empty();
    }

    static Optional<String> currency(String text) {
        if (text.isEmpty()) {
            return Optional.of(PayForCodes.CURRENCY_MISSING);
        }
        return CURRENCIES.contains(text) ? Optional.empty() : Optional.of(PayForCodes.CURRENCY_INVALID);
    }

    /** The first failing code for {@code Pan}, {@code Expiry} (MMYY) and {@code Cvv2}. */
    static Optional<String> card(Function<String, String> field) {
        String pan = field.apply("Pan");
        if (!pan.matches("\\d{13,19}")) {
            return Optional.of(PayForCodes.PAN_INVALID);
        }
        if (!CardNumbers.passesLuhn(pan)) {
            return Optional.of(PayForCodes.CARD_NUMBER_INVALID);
        }
        if (!field.apply("Expiry").matches("(0[1-9]|1[0-2])\\d{2}")) {
            return Optional.of(PayForCodes.EXPIRY_INVALID);
        }
        if (!field.apply("Cvv2").matches("\\d{3,4}")) {
            return Optional.of(PayForCodes.CVV_MISSING);
        }
        return Optional.empty();
    }

    static Function<String, String> of(Map<String, String> fields) {
        return name -> fields.getOrDefault(name, "").trim();
    }
}
