package dev.vpos.simulator.control;

import dev.vpos.simulator.hosted.NotificationDelivery;
import dev.vpos.simulator.hosted.NotificationDeliveryService;
import dev.vpos.simulator.mypos.MyPosHolder;
import dev.vpos.simulator.mypos.MyPosNotifier;
import dev.vpos.simulator.stripe.StripeSimulator;
import dev.vpos.simulator.stripe.StripeWebhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One control over every simulated provider's server-to-server notifications — 2Checkout's IPNs and PayMaster's
 * notifications ({@link NotificationDeliveryService}), myPOS's IPCPurchaseNotify/Rollback ({@link MyPosNotifier}) and
 * Stripe's webhooks ({@link StripeWebhooks}): withhold them (all, or one order's) to act out a notification that never
 * comes, release what was withheld, send an order's latest one again (a provider's resend, a duplicate for the
 * merchant), list the deliveries with their tries, forget them.
 */
@ApplicationScoped
public class NotificationControls {

    /** One delivery of any provider, as the control lists it. */
    public record Delivery(
            String family,
            String id,
            String orderId,
            String event,
            String url,
            OffsetDateTime createdAt,
            String state,
            int attempts,
            Integer lastStatus,
            List<NotificationDelivery.Attempt> tries) {}

    /** What is withheld. */
    public record Withholding(boolean withholdAll, Set<String> withheldOrders) {}

    @Inject
    NotificationDeliveryService hosted;

    @Inject
    MyPosHolder mypos;

    @Inject
    StripeSimulator stripe;

    /** Withholds (or stops withholding) the notifications of one order, or of all orders when none is given. */
    public Withholding withhold(Optional<String> orderId, boolean withhold) {
        if (orderId.isPresent()) {
            hosted.withhold(orderId.get(), withhold);
            myPos().withhold(orderId.get(), withhold);
            webhooks().withhold(orderId.get(), withhold);
        } else {
            hosted.withholdAll(withhold);
            myPos().withholdAll(withhold);
            webhooks().withholdAll(withhold);
        }
        return withholding();
    }

    public Withholding withholding() {
        Set<String> orders = new TreeSet<>(hosted.withheldOrders());
        orders.addAll(myPos().withheldOrders());
        orders.addAll(webhooks().withheldOrders());
        return new Withholding(
                hosted.withholdingAll()
                        || myPos().withholdingAll()
                        || webhooks().withholdingAll(),
                orders);
    }

    /** Sends what was withheld now (of one order, or all); how many notifications went. */
    public int release(Optional<String> orderId) {
        return hosted.release(orderId) + myPos().release(orderId) + webhooks().release(orderId.orElse(null));
    }

    /** Sends an order's latest notification again, withheld or not; the ids of what was sent, empty when none. */
    public List<String> resend(String orderId) {
        List<String> sent = new ArrayList<>();
        hosted.resend(orderId).ifPresent(id -> sent.add(String.valueOf(id)));
        myPos().resend(orderId).ifPresent(id -> sent.add(String.valueOf(id)));
        webhooks().resendLatest(orderId).ifPresent(sent::add);
        return sent;
    }

    /** Delivers one Stripe event again, byte for byte. */
    public boolean resendEvent(String eventId) {
        return webhooks().resend(eventId);
    }

    /** Newest first; of one order and/or one family when given. */
    public List<Delivery> deliveries(Optional<String> orderId, Optional<String> family) {
        List<Delivery> all = new ArrayList<>();
        hosted.deliveries(orderId)
                .forEach(d -> all.add(new Delivery(
                        d.family(),
                        String.valueOf(d.id()),
                        d.orderId(),
                        d.event(),
                        d.url(),
                        d.createdAt(),
                        d.state(),
                        d.attempts().size(),
                        d.attempts().isEmpty()
                                ? null
                                : d.attempts().get(d.attempts().size() - 1).httpStatus(),
                        d.attempts())));
        myPos().messages(orderId)
                .forEach(m -> all.add(new Delivery(
                        "MYPOS",
                        String.valueOf(m.id()),
                        m.orderId(),
                        m.method(),
                        m.url(),
                        m.createdAt(),
                        m.state(),
                        m.tries().size(),
                        null,
                        m.tries())));
        webhooks()
                .deliveries(orderId)
                .forEach(d -> all.add(new Delivery(
                        "STRIPE",
                        d.eventId(),
                        d.orderId(),
                        d.type(),
                        d.url(),
                        d.createdAt(),
                        d.state(),
                        d.attempts(),
                        d.lastStatus(),
                        d.tries())));
        return all.stream()
                .filter(d -> family.map(f -> f.equalsIgnoreCase(d.family())).orElse(true))
                .sorted(Comparator.comparing(Delivery::createdAt).reversed())
                .toList();
    }

    /** Forgets every delivery and withholds nothing (Stripe's webhook endpoints stay: they are its configuration). */
    public void clear() {
        hosted.clear();
        myPos().clear();
        webhooks().forgetDeliveries();
    }

    private MyPosNotifier myPos() {
        return mypos.checkout().notifier();
    }

    private StripeWebhooks webhooks() {
        return stripe.api().webhooks();
    }
}
