package dev.vpos.simulator.twocheckout;

import dev.vpos.simulator.hosted.NotificationDeliveryService;
import dev.vpos.simulator.ledger.Ledger;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * The simulator's one {@link TwoCheckoutShop}, shared by the shop servlet and the control servlet. Orders under review
 * are approved after {@code vpos.simulator.reviewMillis} (default 3000 ms).
 */
@ApplicationScoped
public class TwoCheckoutProvider {

    @Inject
    Ledger ledger;

    @Inject
    NotificationDeliveryService notifications;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private TwoCheckoutShop shop;

    @PostConstruct
    void init() {
        shop = new TwoCheckoutShop(
                TwoCheckoutMerchants.fromClasspath(),
                ledger,
                notifications,
                scheduler,
                Clock.systemUTC(),
                Duration.ofMillis(Long.getLong("vpos.simulator.reviewMillis", 3000L)));
    }

    public TwoCheckoutShop shop() {
        return shop;
    }
}
