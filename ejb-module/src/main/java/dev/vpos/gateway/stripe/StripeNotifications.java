package dev.vpos.gateway.stripe;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.InboundNotification;
import dev.vpos.gateway.domain.NotificationAcknowledgement;
import dev.vpos.gateway.domain.NotificationKind;
import dev.vpos.gateway.domain.NotificationVerdict;
import dev.vpos.shared.domain.Money;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Stripe webhook: the signature first ({@link StripeSignature}), then the event ({@code evt_...}, its type,
 * {@code data.object}). Kinds: {@code payment_intent.succeeded} (and {@code payment_intent.amount_capturable_updated}
 * for an authorisation) → PAYMENT_APPROVED, {@code payment_intent.payment_failed} → PAYMENT_DECLINED,
 * {@code payment_intent.canceled} → PAYMENT_CANCELED, {@code charge.refunded} → REFUNDED (amount: the charge's total
 * refunded so far), {@code payment_intent.processing} → PAYMENT_PENDING, anything else IGNORED. Our order id is the
 * object's {@code metadata.order_id}. Stripe wants a 2xx; we answer {@code 200 {"received":true}}.
 */
final class StripeNotifications {

    static final NotificationAcknowledgement RECEIVED =
            new NotificationAcknowledgement(200, "application/json", "{\"received\":true}");

    private final Clock clock;

    StripeNotifications(Clock clock) {
        this.clock = clock;
    }

    NotificationVerdict read(InboundNotification n, GatewayAccount account) {
        String masked = StripeMasking.mask(n.bodyText());
        StripeCredentials c = StripeCredentials.of(account);
        Optional<String> problem = StripeSignature.problem(
                n.header("stripe-signature").orElse(null), n.body(), c.webhookSecrets(), clock.instant());
        if (problem.isPresent()) {
            return NotificationVerdict.rejected(problem.get(), masked);
        }
        JsonObject event = parse(n.bodyText());
        if (event == null
                || !StripeReading.text(event, "id").startsWith("evt_")
                || !(event.get("data") instanceof JsonObject data)
                || !(data.get("object") instanceof JsonObject object)) {
            return NotificationVerdict.rejected("signed, but not a Stripe event", masked);
        }
        boolean liveKey = c.secretKey().contains("_live_");
        if (event.containsKey("livemode") && event.getBoolean("livemode", false) != liveKey) {
            return NotificationVerdict.rejected(
                    "a " + (liveKey ? "test" : "live") + " mode event for a " + (liveKey ? "LIVE" : "TEST")
                            + " definition",
                    masked);
        }
        String type = StripeReading.text(event, "type");
        NotificationKind kind = kind(type, object);
        String orderId = object.get("metadata") instanceof JsonObject m ? StripeReading.text(m, "order_id") : "";
        BankExchange x = new BankExchange(null, 0, null, masked, null);
        return new NotificationVerdict(
                true,
                null,
                event.getString("id"),
                orderId.isEmpty() ? null : orderId,
                kind,
                amount(type, object),
                result(object, x),
                null,
                masked,
                RECEIVED);
    }

    static NotificationKind kind(String type, JsonObject object) {
        return switch (type) {
            case "payment_intent.succeeded" -> NotificationKind.PAYMENT_APPROVED;
            case "payment_intent.amount_capturable_updated" ->
                "requires_capture".equals(StripeReading.text(object, "status"))
                        ? NotificationKind.PAYMENT_APPROVED
                        : NotificationKind.IGNORED;
            case "payment_intent.payment_failed" -> NotificationKind.PAYMENT_DECLINED;
            case "payment_intent.canceled" -> NotificationKind.PAYMENT_CANCELED;
            case "payment_intent.processing" -> NotificationKind.PAYMENT_PENDING;
            case "charge.refunded" -> NotificationKind.REFUNDED;
            default -> NotificationKind.IGNORED;
        };
    }

    /**
     * The PaymentIntent's amount (what the order costs: an authorisation captured in part is still the order's
     * payment), or for {@code charge.refunded} what has been refunded in all so far.
     */
    private static Money amount(String type, JsonObject o) {
        String currency = StripeReading.text(o, "currency");
        long minor = StripeReading.number(o, type.equals("charge.refunded") ? "amount_refunded" : "amount");
        return minor < 0 || currency.isEmpty() ? null : StripeAmounts.money(minor, currency);
    }

    /** The provider's codes for the event, read as the payment's outcome. */
    private static GatewayResult result(JsonObject o, BankExchange x) {
        if ("payment_intent".equals(StripeReading.text(o, "object"))) {
            return StripeReading.intent(o, x);
        }
        if ("charge".equals(StripeReading.text(o, "object"))) {
            String pi = StripeReading.text(o, "payment_intent");
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    "succeeded",
                    "Charge " + StripeReading.text(o, "id")
                            + " refunded " + StripeReading.number(o, "amount_refunded") + " of "
                            + StripeReading.number(o, "amount_captured"),
                    null,
                    StripeReading.text(o, "id"),
                    pi,
                    pi.isEmpty() ? Map.of() : Map.of(StripeReading.PAYMENT_INTENT, pi),
                    x);
        }
        return new GatewayResult(GatewayOutcome.UNKNOWN, null, "event of no payment", null, null, null, x);
    }

    private static JsonObject parse(String text) {
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            return r.readObject();
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }
}
