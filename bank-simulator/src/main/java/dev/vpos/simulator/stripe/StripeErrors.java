package dev.vpos.simulator.stripe;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Stripe's error answers: {@code {"error": {"type", "code", "decline_code", "message", "param", "doc_url", ...}}}
 * with 400 (invalid request, idempotency), 401 (authentication), 402 (card error), 404 (no such object),
 * 500 (api error).
 */
final class StripeErrors {

    private static final String DOCS = "https://stripe.com/docs/error-codes/";

    private StripeErrors() {}

    static StripeReply invalidRequest(String code, String param, String message) {
        return StripeReply.json(
                        400, wrap(base("invalid_request_error", code, message).add("param", param)))
                .notSaved();
    }

    /** A request the endpoint ran and refused for the object's state: kept for idempotent replays. */
    static StripeReply unexpectedState(String message) {
        return StripeReply.json(400, wrap(base("invalid_request_error", "payment_intent_unexpected_state", message)));
    }

    static StripeReply missing(String param, String id) {
        return StripeReply.json(
                        404,
                        wrap(base("invalid_request_error", "resource_missing", "No such " + param + ": '" + id + "'")
                                .add("param", param)))
                .notSaved();
    }

    static StripeReply unauthorized(String message) {
        return StripeReply.json(
                        401,
                        wrap(Json.createObjectBuilder()
                                .add("type", "invalid_request_error")
                                .add("message", message)))
                .notSaved();
    }

    static StripeReply idempotency(String message) {
        return StripeReply.json(
                        400,
                        wrap(Json.createObjectBuilder()
                                .add("type", "idempotency_error")
                                .add("message", message)))
                .notSaved();
    }

    static StripeReply apiError() {
        return StripeReply.json(
                500,
                wrap(Json.createObjectBuilder().add("type", "api_error").add("message", "An unknown error occurred")));
    }

    /** A card error (HTTP 402) with the PaymentIntent or PaymentMethod it concerns. */
    static StripeReply card(StripeDecline decline, JsonObject paymentIntent, JsonObject paymentMethod, String charge) {
        JsonObjectBuilder e = cardError(decline);
        if (paymentIntent != null) {
            e.add("payment_intent", paymentIntent);
        }
        if (paymentMethod != null) {
            e.add("payment_method", paymentMethod);
        }
        if (charge != null) {
            e.add("charge", charge);
        }
        return StripeReply.json(402, wrap(e));
    }

    /** The error object of a card error, also used as a PaymentIntent's {@code last_payment_error}. */
    static JsonObjectBuilder cardError(StripeDecline decline) {
        JsonObjectBuilder e = base(decline.type(), decline.code(), decline.message());
        if (decline.declineCode() != null) {
            e.add("decline_code", decline.declineCode());
        }
        if (decline.param() != null) {
            e.add("param", decline.param());
        }
        return e;
    }

    private static JsonObjectBuilder base(String type, String code, String message) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("type", type);
        if (code != null) {
            b.add("code", code).add("doc_url", DOCS + code.replace('_', '-'));
        }
        return b.add("message", message);
    }

    private static JsonObject wrap(JsonObjectBuilder error) {
        return Json.createObjectBuilder().add("error", error).build();
    }
}
