package dev.vpos.simulator.stripe;

/**
 * Why Stripe refused a card: the error type ({@code card_error}, or {@code invalid_request_error} for a failed
 * authentication), its {@code code}, the issuer's {@code decline_code} when there is one, and the message Stripe shows.
 */
record StripeDecline(String type, String code, String declineCode, String message, String param) {

    static StripeDecline declined(String declineCode, String message) {
        return new StripeDecline("card_error", "card_declined", declineCode, message, null);
    }

    static StripeDecline card(String code, String message, String param) {
        return new StripeDecline("card_error", code, code, message, param);
    }

    static final StripeDecline AUTHENTICATION_FAILED = new StripeDecline(
            "invalid_request_error",
            "payment_intent_authentication_failure",
            null,
            "The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new "
                    + "PaymentMethod to attempt to fulfill this PaymentIntent again.",
            null);

    /** What the ledger keeps as the result code of a decline. */
    String ledgerCode() {
        return declineCode != null ? declineCode : code;
    }
}
