package dev.vpos.simulator.hosted;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

/**
 * The simulator's one {@link NotificationDelivery}, on the server's managed scheduled executor. The first pause
 * between tries is {@code vpos.simulator.notifyRetryMillis} (default 1000 ms, doubling each time), six tries in all.
 */
@ApplicationScoped
public class NotificationDeliveryService extends NotificationDelivery {

    @Resource
    ManagedScheduledExecutorService managedExecutor;

    @PostConstruct
    void init() {
        long first = Long.getLong("vpos.simulator.notifyRetryMillis", 1000L);
        start(
                managedExecutor,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                Clock.systemUTC(),
                Duration.ofMillis(first),
                6);
    }
}
