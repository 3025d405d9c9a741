package dev.vpos.simulator.mypos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** myPOS's notifications under the notification control: withheld, kept, released late, sent again. */
class MyPosNotifierTest {

    private static final URI SHOP = URI.create("http://shop.example/notify");

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger gaveUp = new AtomicInteger();
    private final MyPosNotifier notifier = new MyPosNotifier(
            executor,
            (url, body) -> {
                received.add(body);
                return true;
            },
            List.of(Duration.ofMillis(10), Duration.ofMillis(20)));

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void aWithheldNotificationIsKeptAndReleasedLaterOnce() throws InterruptedException {
        notifier.withhold("ORD-1", true);

        assertFalse(notifier.send("ORD-1", SHOP, notify("ORD-1"), gaveUp::incrementAndGet));

        assertTrue(received.isEmpty(), "the shop heard nothing");
        assertEquals("WITHHELD", notifier.messages(Optional.of("ORD-1")).get(0).state());
        notifier.withhold("ORD-1", false);
        assertEquals(1, notifier.release(Optional.of("ORD-1")));
        await(() -> received.size() == 1);
        await(() -> "DELIVERED"
                .equals(notifier.messages(Optional.of("ORD-1")).get(0).state()));
        assertEquals(0, notifier.release(Optional.empty()), "nothing is left withheld");
        assertEquals(0, gaveUp.get());
    }

    @Test
    void aResendIsTheSameMessageAgain() throws InterruptedException {
        assertTrue(notifier.send("ORD-2", SHOP, notify("ORD-2"), gaveUp::incrementAndGet));

        assertTrue(notifier.resend("ORD-2").isPresent());

        await(() -> received.size() == 2);
        assertEquals(received.get(0), received.get(1), "byte for byte");
        assertEquals(2, notifier.messages(Optional.of("ORD-2")).size());
        assertTrue(notifier.resend("ORD-NONE").isEmpty());
    }

    @Test
    void clearForgetsAndWithholdsNothing() {
        notifier.withholdAll(true);
        notifier.send("ORD-3", SHOP, notify("ORD-3"), () -> {});

        notifier.clear();

        assertFalse(notifier.withholdingAll());
        assertTrue(notifier.messages(Optional.empty()).isEmpty());
    }

    private static IpcForm notify(String order) {
        return IpcForm.empty().add("IPCmethod", "IPCPurchaseNotify").add("OrderID", order);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met in 5 s");
            }
            Thread.sleep(10);
        }
    }
}
