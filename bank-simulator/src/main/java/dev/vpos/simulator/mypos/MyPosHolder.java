package dev.vpos.simulator.mypos;

import dev.vpos.simulator.ledger.Ledger;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * The one simulated myPOS Checkout of the application. Notifications are retried on the server's managed scheduled
 * executor after the delays of the system property {@code vpos.simulator.mypos.retrySeconds} (comma-separated,
 * default {@code 1,2,4,8,16}).
 */
@ApplicationScoped
public class MyPosHolder {

    static final ZoneId MYPOS_TIME_ZONE = ZoneId.of("Europe/Sofia");
    static final String RETRY_PROPERTY = "vpos.simulator.mypos.retrySeconds";

    @Inject
    Ledger ledger;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    private MyPosCheckout checkout;

    public synchronized MyPosCheckout checkout() {
        if (checkout == null) {
            MyPosNotifier notifier = new MyPosNotifier(executor, MyPosNotifier.http(), retryDelays());
            checkout = new MyPosCheckout(
                    MyPosMerchants.fromClasspath(),
                    ledger,
                    notifier,
                    Clock.system(MYPOS_TIME_ZONE),
                    new SecureRandom(),
                    MyPosKeys.simulatorKey());
        }
        return checkout;
    }

    static List<Duration> retryDelays() {
        String spec = System.getProperty(RETRY_PROPERTY, "1,2,4,8,16");
        return Arrays.stream(spec.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(s -> Duration.ofMillis((long) (Double.parseDouble(s) * 1000)))
                .toList();
    }
}
