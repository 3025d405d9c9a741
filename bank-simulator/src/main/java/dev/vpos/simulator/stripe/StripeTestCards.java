package dev.vpos.simulator.stripe;

import dev.vpos.simulator.card.CardNumbers;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * Stripe's test cards (docs.stripe.com/testing) and what each does when a PaymentIntent is confirmed with it. The
 * number itself is never kept: a PaymentMethod holds only the card's {@link Behaviour}, brand, BIN and last four.
 */
final class StripeTestCards {

    /** What confirming a PaymentIntent with the card does. */
    record Behaviour(boolean threeDs, StripeDecline decline) {

        static final Behaviour APPROVE = new Behaviour(false, null);
        static final Behaviour THREE_DS = new Behaviour(true, null);

        boolean declines() {
            return decline != null;
        }
    }

    private static final Map<String, Behaviour> CARDS = Map.ofEntries(
            Map.entry(
                    "4000000000000002",
                    new Behaviour(false, StripeDecline.declined("generic_decline", "Your card was declined."))),
            Map.entry(
                    "4000000000009995",
                    new Behaviour(
                            false, StripeDecline.declined("insufficient_funds", "Your card has insufficient funds."))),
            Map.entry(
                    "4000000000009987",
                    new Behaviour(false, StripeDecline.declined("lost_card", "Your card was declined."))),
            Map.entry(
                    "4000000000009979",
                    new Behaviour(false, StripeDecline.declined("stolen_card", "Your card was declined."))),
            Map.entry(
                    "4000000000000069",
                    new Behaviour(false, StripeDecline.card("expired_card", "Your card has expired.", "exp_month"))),
            Map.entry(
                    "4000000000000127",
                    new Behaviour(
                            false,
                            StripeDecline.card("incorrect_cvc", "Your card's security code is incorrect.", "cvc"))),
            Map.entry(
                    "4000000000000119",
                    new Behaviour(
                            false,
                            StripeDecline.card(
                                    "processing_error",
                                    "An error occurred while processing your card. Try again in a little bit.",
                                    null))),
            Map.entry("4000002500003155", Behaviour.THREE_DS),
            Map.entry("4000000000003220", Behaviour.THREE_DS),
            // authentication succeeds, then the issuer declines
            Map.entry(
                    "4000008400001629",
                    new Behaviour(true, StripeDecline.declined("generic_decline", "Your card was declined."))));

    private StripeTestCards() {}

    /**
     * Checks a card as Stripe does when a PaymentMethod is created: a number failing Luhn, a past expiry or a
     * malformed CVC is refused there (Stripe.js refuses them in the browser already).
     */
    static Optional<StripeDecline> refusal(String number, String expMonth, String expYear, String cvc, Clock clock) {
        if (number == null || !number.matches("\\d{12,19}") || !CardNumbers.passesLuhn(number)) {
            return Optional.of(StripeDecline.card("incorrect_number", "Your card number is incorrect.", "number"));
        }
        int month;
        int year;
        try {
            month = Integer.parseInt(expMonth.trim());
            year = Integer.parseInt(expYear.trim());
        } catch (RuntimeException e) {
            return Optional.of(StripeDecline.card(
                    "invalid_expiry_month", "Your card's expiration month is invalid.", "exp_month"));
        }
        if (month < 1 || month > 12) {
            return Optional.of(StripeDecline.card(
                    "invalid_expiry_month", "Your card's expiration month is invalid.", "exp_month"));
        }
        year = year < 100 ? 2000 + year : year;
        if (YearMonth.of(year, month).isBefore(YearMonth.now(clock))) {
            return Optional.of(
                    StripeDecline.card("invalid_expiry_year", "Your card's expiration year is invalid.", "exp_year"));
        }
        if (cvc != null && !cvc.isEmpty() && !cvc.matches("\\d{3,4}")) {
            return Optional.of(StripeDecline.card("invalid_cvc", "Your card's security code is invalid.", "cvc"));
        }
        return Optional.empty();
    }

    /** What the card does at confirmation; any other valid number is approved. */
    static Behaviour behaviour(String number) {
        return CARDS.getOrDefault(number, Behaviour.APPROVE);
    }

    /** Stripe's brand names: visa, mastercard, amex, unknown. */
    static String brand(String number) {
        return switch (CardNumbers.brand(number)) {
            case "VISA" -> "visa";
            case "MASTERCARD" -> "mastercard";
            case "AMEX" -> "amex";
            default -> "unknown";
        };
    }
}
