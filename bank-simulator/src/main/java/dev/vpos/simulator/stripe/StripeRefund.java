package dev.vpos.simulator.stripe;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/** A refund ({@code re_...}) of (part of) a PaymentIntent's charge. Card refunds of the simulator always succeed. */
record StripeRefund(
        String id,
        String accountId,
        String paymentIntent,
        String charge,
        long amount,
        String currency,
        String reason,
        Map<String, String> metadata,
        long created) {

    JsonObject toJson() {
        JsonObjectBuilder m = Json.createObjectBuilder();
        metadata.forEach(m::add);
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", id)
                .add("object", "refund")
                .add("amount", amount)
                .add("charge", charge)
                .add("created", created)
                .add("currency", currency)
                .add("metadata", m)
                .add("payment_intent", paymentIntent)
                .add("status", "succeeded");
        if (reason == null) {
            b.addNull("reason");
        } else {
            b.add("reason", reason);
        }
        return b.build();
    }
}
