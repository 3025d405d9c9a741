package dev.vpos.simulator.stripe;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A PaymentIntent ({@code pi_...}) of the simulated Stripe: mutable, changed only by {@link StripePayments} under the
 * store's lock. Statuses as Stripe's: {@code requires_payment_method}, {@code requires_confirmation},
 * {@code requires_action}, {@code processing}, {@code requires_capture}, {@code canceled}, {@code succeeded}.
 */
final class StripePaymentIntent {

    final String id;
    final String accountId;
    final long amount;
    final String currency;
    final String captureMethod;
    final String clientSecret;
    final long created;
    final String description;
    final Map<String, String> metadata;

    String status = "requires_payment_method";
    String paymentMethod;
    String returnUrl;
    StripeDecline lastError;
    String lastErrorCharge;
    String latestCharge;
    String nextActionUrl;
    long amountReceived;
    long amountCapturable;
    long amountRefunded;
    Long canceledAt;
    String cancellationReason;

    StripePaymentIntent(
            String id,
            String accountId,
            long amount,
            String currency,
            String captureMethod,
            String clientSecret,
            long created,
            String description,
            Map<String, String> metadata) {
        this.id = id;
        this.accountId = accountId;
        this.amount = amount;
        this.currency = currency;
        this.captureMethod = captureMethod;
        this.clientSecret = clientSecret;
        this.created = created;
        this.description = description;
        this.metadata = new LinkedHashMap<>(metadata);
    }

    /** Our merchant's order id, if it put one in {@code metadata[order_id]}. */
    String orderId() {
        return metadata.getOrDefault("order_id", "");
    }

    boolean manualCapture() {
        return "manual".equals(captureMethod);
    }

    /**
     * The object as the API shows it; with a publishable key (Stripe.js, with the client secret) Stripe leaves out
     * what only the merchant may see, such as the metadata.
     */
    JsonObject toJson(boolean secretKey) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", id)
                .add("object", "payment_intent")
                .add("amount", amount)
                .add("amount_capturable", amountCapturable)
                .add("amount_received", amountReceived)
                .add("capture_method", captureMethod)
                .add("client_secret", clientSecret)
                .add("confirmation_method", "automatic")
                .add("created", created)
                .add("currency", currency)
                .add("livemode", false)
                .add("payment_method_types", Json.createArrayBuilder().add("card"))
                .add("status", status);
        nullable(b, "description", description);
        nullable(b, "payment_method", paymentMethod);
        nullable(b, "latest_charge", latestCharge);
        nullable(b, "cancellation_reason", cancellationReason);
        if (canceledAt == null) {
            b.addNull("canceled_at");
        } else {
            b.add("canceled_at", canceledAt);
        }
        if (lastError == null) {
            b.addNull("last_payment_error");
        } else {
            JsonObjectBuilder e = StripeErrors.cardError(lastError);
            if (lastErrorCharge != null) {
                e.add("charge", lastErrorCharge);
            }
            b.add("last_payment_error", e);
        }
        if (nextActionUrl == null) {
            b.addNull("next_action");
        } else {
            JsonObjectBuilder redirect = Json.createObjectBuilder().add("url", nextActionUrl);
            nullable(redirect, "return_url", returnUrl);
            b.add(
                    "next_action",
                    Json.createObjectBuilder().add("type", "redirect_to_url").add("redirect_to_url", redirect));
        }
        if (secretKey) {
            JsonObjectBuilder m = Json.createObjectBuilder();
            metadata.forEach(m::add);
            b.add("metadata", m);
        }
        return b.build();
    }

    /** The charge behind a paid PaymentIntent, as {@code charge.*} events show it. */
    JsonObject chargeJson() {
        JsonObjectBuilder m = Json.createObjectBuilder();
        metadata.forEach(m::add);
        return Json.createObjectBuilder()
                .add("id", latestCharge)
                .add("object", "charge")
                .add("amount", amount)
                .add("amount_captured", amountReceived)
                .add("amount_refunded", amountRefunded)
                .add("captured", amountReceived > 0)
                .add("currency", currency)
                .add("livemode", false)
                .add("metadata", m)
                .add("paid", true)
                .add("payment_intent", id)
                .add("payment_method", paymentMethod == null ? "" : paymentMethod)
                .add("refunded", amountReceived > 0 && amountRefunded >= amountReceived)
                .add("status", "succeeded")
                .add("created", created)
                .build();
    }

    private static void nullable(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }
}
