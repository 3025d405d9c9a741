package dev.vpos.simulator.stripe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The simulated Stripe's objects in memory: payment methods, payment intents (in creation order) and refunds, per
 * account. Not thread-safe by itself: {@link StripeApi} changes it under one lock. A restart empties it.
 */
final class StripeStore {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int MAX_INTENTS = 100_000;

    private final Random random;
    private final Map<String, StripePaymentMethod> methods = new LinkedHashMap<>();
    private final Map<String, StripePaymentIntent> intents = new LinkedHashMap<>();
    private final List<StripeRefund> refunds = new ArrayList<>();

    StripeStore(Random random) {
        this.random = random;
    }

    /** A Stripe-like object id: the prefix, {@code _}, 24 letters and digits. */
    String newId(String prefix) {
        StringBuilder id = new StringBuilder(prefix).append('_');
        for (int i = 0; i < 24; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    void add(StripePaymentMethod method) {
        methods.put(method.id(), method);
    }

    void add(StripePaymentIntent intent) {
        intents.put(intent.id, intent);
        if (intents.size() > MAX_INTENTS) {
            intents.remove(intents.keySet().iterator().next());
        }
    }

    void add(StripeRefund refund) {
        refunds.add(refund);
    }

    /** Another account's objects are not found, as at Stripe. */
    Optional<StripePaymentMethod> method(String accountId, String id) {
        return Optional.ofNullable(methods.get(id)).filter(m -> m.accountId().equals(accountId));
    }

    Optional<StripePaymentIntent> intent(String accountId, String id) {
        return Optional.ofNullable(intents.get(id)).filter(pi -> pi.accountId.equals(accountId));
    }

    /** For the 3-D Secure page, which the client secret authorises (not an API key). */
    Optional<StripePaymentIntent> intentById(String id) {
        return Optional.ofNullable(intents.get(id));
    }

    Optional<StripePaymentIntent> intentByChargeId(String accountId, String chargeId) {
        return intents.values().stream()
                .filter(pi -> pi.accountId.equals(accountId) && chargeId.equals(pi.latestCharge))
                .findFirst();
    }

    /** The account's payment intents, newest first. */
    List<StripePaymentIntent> intents(String accountId) {
        List<StripePaymentIntent> out = new ArrayList<>();
        for (StripePaymentIntent pi : intents.values()) {
            if (pi.accountId.equals(accountId)) {
                out.add(0, pi);
            }
        }
        return out;
    }

    /** Every account's payment intents for one order id ({@code metadata[order_id]}), oldest first. */
    List<StripePaymentIntent> intentsForOrder(String orderId) {
        return intents.values().stream()
                .filter(pi -> pi.orderId().equals(orderId))
                .toList();
    }

    List<StripeRefund> refundsOf(String paymentIntentId) {
        return refunds.stream()
                .filter(r -> r.paymentIntent().equals(paymentIntentId))
                .toList();
    }

    void clear() {
        methods.clear();
        intents.clear();
        refunds.clear();
    }
}
