package dev.vpos.gateway.stripe;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Optional;

/**
 * Stripe's answers in the module's terms.
 * <ul>
 *   <li>A PaymentIntent: {@code succeeded} and {@code requires_capture} (an authorisation) are APPROVED;
 *       {@code requires_payment_method} with a {@code last_payment_error} is DECLINED with its decline code;
 *       {@code canceled} is DECLINED; {@code processing}, {@code requires_action} and {@code requires_confirmation}
 *       settle nothing yet (UNKNOWN: the webhook or the janitor will).</li>
 *   <li>An error: 402 {@code card_error} is DECLINED with the {@code decline_code} (else the {@code code}) as the bank
 *       code; 400, 401, 403 and 404 are DECLINED too (Stripe refused before charging; the bank code is the error's
 *       {@code code}, or {@code http_<status>} when it has none); 409, 429, 5xx and anything unreadable are UNKNOWN.</li>
 * </ul>
 * Approvals carry the PaymentIntent id as transaction id and in the references (key {@code paymentIntent}), the
 * charge id ({@code ch_...}) as host reference. Stripe shows no issuer authorisation code.
 */
final class StripeReading {

    static final String PAYMENT_INTENT = "paymentIntent";

    private StripeReading() {}

    /** A PaymentIntent read as the outcome of the payment it stands for. */
    static GatewayResult intent(JsonObject pi, BankExchange x) {
        String status = text(pi, "status");
        Map<String, String> refs = Map.of(PAYMENT_INTENT, text(pi, "id"));
        return switch (status) {
            case "succeeded", "requires_capture" ->
                new GatewayResult(
                        GatewayOutcome.APPROVED,
                        status,
                        status.equals("succeeded") ? "Payment succeeded" : "Authorised, waiting for capture",
                        null,
                        blankToNull(text(pi, "latest_charge")),
                        text(pi, "id"),
                        refs,
                        x);
            case "requires_payment_method" ->
                lastError(pi)
                        .map(e -> new GatewayResult(
                                GatewayOutcome.DECLINED,
                                code(e, 402),
                                text(e, "message"),
                                null,
                                blankToNull(text(e, "charge")),
                                text(pi, "id"),
                                refs,
                                x))
                        .orElseGet(() -> unknown(x, "the PaymentIntent has no payment method yet", status, pi));
            case "canceled" ->
                new GatewayResult(
                        GatewayOutcome.DECLINED,
                        lastError(pi)
                                .map(e -> code(e, 402))
                                .orElse(orDefault(text(pi, "cancellation_reason"), "canceled")),
                        "The PaymentIntent was canceled",
                        null,
                        null,
                        text(pi, "id"),
                        refs,
                        x);
            default ->
                unknown(x, "the PaymentIntent is " + (status.isEmpty() ? "of no known status" : status), status, pi);
        };
    }

    /** The answer to a call that returns a PaymentIntent (create, confirm, retrieve, capture). */
    static GatewayResult answer(StripeAnswer a) {
        if (a.kind() == StripeAnswer.Kind.NOT_SENT) {
            return GatewayResult.notSent(a.exchange());
        }
        if (!a.answered()) {
            return GatewayResult.unknown(a.exchange());
        }
        if (a.ok() && "payment_intent".equals(text(a.json(), "object"))) {
            return intent(a.json(), a.exchange());
        }
        return refusal(a);
    }

    /** An error answer, or an answer of an unexpected kind. */
    static GatewayResult refusal(StripeAnswer a) {
        Optional<JsonObject> error = a.error();
        if (error.isEmpty()
                || !(a.status() == 400
                        || a.status() == 401
                        || a.status() == 402
                        || a.status() == 403
                        || a.status() == 404)) {
            return GatewayResult.unknown(
                    a.error().isPresent()
                            ? a.exchange()
                            : a.failing("no usable answer from Stripe (HTTP " + a.status() + ")")
                                    .exchange());
        }
        JsonObject e = error.get();
        String pi = e.get("payment_intent") instanceof JsonObject p ? text(p, "id") : null;
        return new GatewayResult(
                GatewayOutcome.DECLINED,
                code(e, a.status()),
                text(e, "message"),
                null,
                blankToNull(text(e, "charge")),
                pi,
                pi == null ? Map.of() : Map.of(PAYMENT_INTENT, pi),
                a.exchange());
    }

    /** A refund's answer: {@code succeeded} is APPROVED, {@code failed}/{@code canceled} DECLINED, else UNKNOWN. */
    static GatewayResult refund(StripeAnswer a) {
        if (a.kind() == StripeAnswer.Kind.NOT_SENT) {
            return GatewayResult.notSent(a.exchange());
        }
        if (!a.answered()) {
            return GatewayResult.unknown(a.exchange());
        }
        if (!a.ok() || !"refund".equals(text(a.json(), "object"))) {
            return refusal(a);
        }
        JsonObject r = a.json();
        String status = text(r, "status");
        Map<String, String> refs = Map.of(PAYMENT_INTENT, text(r, "payment_intent"), "refund", text(r, "id"));
        return switch (status) {
            case "succeeded" ->
                new GatewayResult(
                        GatewayOutcome.APPROVED,
                        "succeeded",
                        "Refund succeeded",
                        null,
                        blankToNull(text(r, "charge")),
                        text(r, "id"),
                        refs,
                        a.exchange());
            case "failed", "canceled" ->
                new GatewayResult(
                        GatewayOutcome.DECLINED,
                        orDefault(text(r, "failure_reason"), "refund_" + status),
                        "The refund " + status,
                        null,
                        blankToNull(text(r, "charge")),
                        text(r, "id"),
                        refs,
                        a.exchange());
            default ->
                new GatewayResult(
                        GatewayOutcome.UNKNOWN,
                        status,
                        "The refund is " + status,
                        null,
                        blankToNull(text(r, "charge")),
                        text(r, "id"),
                        refs,
                        a.failing("Stripe has not finished the refund (" + status + ")")
                                .exchange());
        };
    }

    /** Stripe's reason for a refusal: the issuer's decline code, else the error code, else the HTTP status. */
    static String code(JsonObject error, int httpStatus) {
        String decline = text(error, "decline_code");
        if (!decline.isEmpty()) {
            return decline;
        }
        String code = text(error, "code");
        if (!code.isEmpty()) {
            return code;
        }
        return "idempotency_error".equals(text(error, "type")) ? "idempotency_error" : "http_" + httpStatus;
    }

    static Optional<JsonObject> lastError(JsonObject pi) {
        return pi.get("last_payment_error") instanceof JsonObject e ? Optional.of(e) : Optional.empty();
    }

    /** A string member, or "" when absent or not a string. */
    static String text(JsonObject o, String name) {
        JsonValue v = o == null ? null : o.get(name);
        return v != null && v.getValueType() == JsonValue.ValueType.STRING ? o.getString(name) : "";
    }

    /** A whole-number member, or -1. */
    static long number(JsonObject o, String name) {
        JsonValue v = o == null ? null : o.get(name);
        return v != null && v.getValueType() == JsonValue.ValueType.NUMBER
                ? o.getJsonNumber(name).longValue()
                : -1;
    }

    private static GatewayResult unknown(BankExchange x, String why, String status, JsonObject pi) {
        return new GatewayResult(
                GatewayOutcome.UNKNOWN,
                blankToNull(status),
                why,
                null,
                null,
                text(pi, "id"),
                Map.of(PAYMENT_INTENT, text(pi, "id")),
                x.withFailure(why));
    }

    private static String orDefault(String s, String otherwise) {
        return s == null || s.isEmpty() ? otherwise : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
