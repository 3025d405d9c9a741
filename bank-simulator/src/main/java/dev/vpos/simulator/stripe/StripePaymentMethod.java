package dev.vpos.simulator.stripe;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A card PaymentMethod ({@code pm_...}) as the simulator keeps it: no card number, only what the card does when
 * charged, its brand, masked number (BIN + last four) and expiry.
 */
record StripePaymentMethod(
        String id,
        String accountId,
        StripeTestCards.Behaviour behaviour,
        String brand,
        String maskedNumber,
        int expMonth,
        int expYear,
        String holder,
        long created) {

    String last4() {
        return maskedNumber.substring(maskedNumber.length() - 4);
    }

    JsonObject toJson() {
        var billing = Json.createObjectBuilder();
        if (holder == null || holder.isEmpty()) {
            billing.addNull("name");
        } else {
            billing.add("name", holder);
        }
        return Json.createObjectBuilder()
                .add("id", id)
                .add("object", "payment_method")
                .add("type", "card")
                .add("billing_details", billing)
                .add(
                        "card",
                        Json.createObjectBuilder()
                                .add("brand", brand)
                                .add("country", "US")
                                .add("exp_month", expMonth)
                                .add("exp_year", expYear)
                                .add("funding", "credit")
                                .add("last4", last4()))
                .add("created", created)
                .addNull("customer")
                .add("livemode", false)
                .add("metadata", Json.createObjectBuilder())
                .build();
    }
}
