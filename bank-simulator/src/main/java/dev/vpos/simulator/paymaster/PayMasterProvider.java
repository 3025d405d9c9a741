package dev.vpos.simulator.paymaster;

import dev.vpos.simulator.hosted.NotificationDeliveryService;
import dev.vpos.simulator.ledger.Ledger;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

/** The simulator's one {@link PayMasterSite}; payments under review complete after {@code vpos.simulator.reviewMillis}. */
@ApplicationScoped
public class PayMasterProvider {

    @Inject
    Ledger ledger;

    @Inject
    NotificationDeliveryService notifications;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private PayMasterSite site;

    @PostConstruct
    void init() {
        site = new PayMasterSite(
                PayMasterMerchants.fromClasspath(),
                ledger,
                notifications,
                scheduler,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                Clock.systemUTC(),
                Duration.ofMillis(Long.getLong("vpos.simulator.reviewMillis", 3000L)));
    }

    public PayMasterSite site() {
        return site;
    }
}
