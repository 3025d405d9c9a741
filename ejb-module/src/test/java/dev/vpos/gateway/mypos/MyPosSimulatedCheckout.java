package dev.vpos.gateway.mypos;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.InboundNotification;
import dev.vpos.gateway.testing.SimulatedBankServer;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.mypos.IpcForm;
import dev.vpos.simulator.mypos.MyPosCheckout;
import dev.vpos.simulator.mypos.MyPosKeys;
import dev.vpos.simulator.mypos.MyPosMerchants;
import dev.vpos.simulator.mypos.MyPosNotifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulator's myPOS core behind a real HTTP server (server-to-server calls), its browser pages called directly
 * (as the payer's browser would post to them), and its notifications captured instead of sent: each is kept as the
 * {@link InboundNotification} our inbox would hand to the adapter, and acknowledged as {@link #acknowledge} says.
 */
final class MyPosSimulatedCheckout implements AutoCloseable {

    static final String PATH = "/mypos/vmp/checkout-test";
    static final String SID = "000000000000010";
    static final String WALLET = "61938166610";

    final Ledger ledger = new Ledger();
    final List<InboundNotification> notifications = new CopyOnWriteArrayList<>();
    final AtomicInteger deliveries = new AtomicInteger();
    /** How many deliveries from now on are not acknowledged (the shop answers something else than "OK"). */
    final AtomicInteger failNext = new AtomicInteger();

    /** One thread: the notifier's tries and retries run one after the other. */
    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);

    final MyPosNotifier notifier =
            new MyPosNotifier(executor, this::deliver, List.of(Duration.ofMillis(20), Duration.ofMillis(40)));
    final MyPosCheckout checkout = new MyPosCheckout(
            MyPosMerchants.fromClasspath(),
            ledger,
            notifier,
            Clock.system(ZoneId.of("Europe/Sofia")),
            new SecureRandom(),
            MyPosKeys.simulatorKey());
    final SimulatedBankServer server = new SimulatedBankServer().on(PATH, this::api);

    private SimulatedBankServer.Reply api(SimulatedBankServer.Request request) {
        IpcForm form = IpcForm.parse(new String(request.body(), StandardCharsets.UTF_8))
                .orElseThrow();
        return SimulatedBankServer.Reply.of(200, "application/json;charset=UTF-8", checkout.api(form));
    }

    private boolean deliver(URI url, String body) {
        deliveries.incrementAndGet();
        IpcForm form = IpcForm.parse(body).orElseThrow();
        notifications.add(new InboundNotification(
                Map.of("content-type", List.of("application/x-www-form-urlencoded; charset=UTF-8")),
                body.getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded; charset=UTF-8",
                form.fields(),
                Instant.now()));
        return failNext.getAndUpdate(n -> Math.max(0, n - 1)) == 0;
    }

    /**
     * Whether the notifier is done: the try under way (if any) has finished, and no retry is scheduled. A no-op run on
     * the notifier's one thread comes after the try in progress, which schedules its retry before it ends.
     */
    boolean notifierIdle() {
        try {
            executor.submit(() -> {}).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
        return executor.getQueue().isEmpty();
    }

    GatewayAccount account() {
        return account(MyPosKeys.simulatorCertificatePem());
    }

    GatewayAccount account(String myposCertificate) {
        return new GatewayAccount(
                30,
                1,
                GatewayFamily.MYPOS,
                server.uri(PATH),
                Duration.ofSeconds(1),
                Duration.ofSeconds(3),
                Map.of(
                        "storeId",
                        SID,
                        "walletNumber",
                        WALLET,
                        "keyIndex",
                        "1",
                        "privateKey",
                        merchantKey(),
                        "myposCertificate",
                        myposCertificate));
    }

    /** The demo merchant's private key (the simulator knows its certificate for SID 000000000000010, key index 1). */
    static String merchantKey() {
        try (InputStream in =
                MyPosSimulatedCheckout.class.getResourceAsStream("/dev/vpos/demo/mypos/demo-merchant.key.pem")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        executor.shutdownNow();
    }
}
