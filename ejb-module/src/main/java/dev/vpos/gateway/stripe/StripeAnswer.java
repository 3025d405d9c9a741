package dev.vpos.gateway.stripe;

import dev.vpos.gateway.domain.BankExchange;
import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * What came of one Stripe call: not sent (no connection was made), unknown (sent, no usable answer), or answered
 * with an HTTP status and, when the body is a JSON object, that object.
 */
record StripeAnswer(Kind kind, int status, JsonObject json, BankExchange exchange) {

    enum Kind {
        NOT_SENT,
        UNKNOWN,
        ANSWERED
    }

    boolean answered() {
        return kind == Kind.ANSWERED;
    }

    boolean ok() {
        return answered() && status == 200 && json != null;
    }

    /** The {@code error} object of a Stripe error answer. */
    Optional<JsonObject> error() {
        return json == null || !json.containsKey("error") || !(json.get("error") instanceof JsonObject e)
                ? Optional.empty()
                : Optional.of(e);
    }

    StripeAnswer failing(String why) {
        return new StripeAnswer(kind, status, json, exchange.withFailure(why));
    }
}
