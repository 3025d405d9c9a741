package dev.vpos.simulator.mypos;

import dev.vpos.simulator.hosted.NotificationDelivery;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Sends myPOS's server-to-server messages (IPCPurchaseNotify, IPCPurchaseRollback) to the store's
 * {@code URL_Notify}: the first try at once, then again after each delay of {@link #retryDelays} on a background
 * executor, until the store answers HTTP 200 with body {@code OK}. What happens when every try failed is the
 * caller's ({@code onGiveUp}: myPOS reverses a payment it could not confirm). Every message is kept (in memory, the
 * newest {@link #CAPACITY}) with its tries, so that the simulator's notification control can list it, withhold it — for
 * all orders or for one, so that a test sees what happens when it never comes — release a withheld one later, or send
 * one again (a duplicate).
 */
public final class MyPosNotifier {

    public static final int CAPACITY = 10_000;
    private static final Logger LOG = Logger.getLogger(MyPosNotifier.class.getName());

    /** Posts a form and says whether the store acknowledged it. */
    @FunctionalInterface
    public interface Delivery {
        boolean deliver(URI url, String formBody);
    }

    /** A message as the control lists it. */
    public record View(
            long id,
            String orderId,
            String method,
            String url,
            OffsetDateTime createdAt,
            String state,
            List<NotificationDelivery.Attempt> tries) {}

    private final class Sent {
        final long id = ids.incrementAndGet();
        final String orderId;
        final String method;
        final URI url;
        final String body;
        final Runnable onGiveUp;
        final OffsetDateTime createdAt = OffsetDateTime.now(clock);
        final List<NotificationDelivery.Attempt> tries = new ArrayList<>();
        String state = "PENDING";

        Sent(String orderId, String method, URI url, String body, Runnable onGiveUp) {
            this.orderId = orderId;
            this.method = method;
            this.url = url;
            this.body = body;
            this.onGiveUp = onGiveUp;
        }

        View view() {
            return new View(id, orderId, method, url.toString(), createdAt, state, List.copyOf(tries));
        }
    }

    private final ScheduledExecutorService executor;
    private final Delivery delivery;
    private final List<Duration> retryDelays;
    private final Clock clock;
    private final AtomicLong ids = new AtomicLong();
    private final Deque<Sent> newestFirst = new ArrayDeque<>();
    private final Set<String> withheldOrders = new HashSet<>();
    private volatile boolean withholdAll;

    public MyPosNotifier(ScheduledExecutorService executor, Delivery delivery, List<Duration> retryDelays) {
        this(executor, delivery, retryDelays, Clock.systemUTC());
    }

    public MyPosNotifier(
            ScheduledExecutorService executor, Delivery delivery, List<Duration> retryDelays, Clock clock) {
        this.executor = executor;
        this.delivery = delivery;
        this.retryDelays = List.copyOf(retryDelays);
        this.clock = clock;
    }

    /** Over HTTP with a short deadline: 200 and {@code OK} (surrounding blanks ignored) is an acknowledgement. */
    public static Delivery http() {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        return (url, body) -> {
            try {
                HttpResponse<String> r = client.send(
                        HttpRequest.newBuilder(url)
                                .timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                boolean ok = r.statusCode() == 200 && "OK".equals(r.body().trim());
                if (!ok) {
                    LOG.info(() -> "myPOS simulator: " + url + " answered HTTP " + r.statusCode() + " '"
                            + r.body().substring(0, Math.min(60, r.body().length())) + "', not 200 OK");
                }
                return ok;
            } catch (java.io.IOException e) {
                LOG.info(() -> "myPOS simulator: " + url + " not reached: " + e);
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }

    /**
     * Sends {@code form} for {@code orderId} unless withheld: the first try in the caller's thread (myPOS confirms
     * the payment with the store before it sends the payer back), the retries in the background.
     *
     * @return whether the first try was acknowledged (false also when withheld)
     */
    public boolean send(String orderId, URI url, IpcForm form, Runnable onGiveUp) {
        Sent sent = new Sent(orderId, form.get("IPCmethod"), url, form.encoded(), onGiveUp);
        synchronized (this) {
            keep(sent);
            if (withheld(orderId)) {
                sent.state = "WITHHELD";
                LOG.info(() -> "myPOS simulator: " + sent.method + " for order " + orderId + " withheld");
                return false;
            }
        }
        if (attempt(sent)) {
            return true;
        }
        retry(sent, 0);
        return false;
    }

    /** Sends the withheld messages now (of one order, or all), each with its tries and its give-up. */
    public int release(Optional<String> orderId) {
        List<Sent> released = new ArrayList<>();
        synchronized (this) {
            for (Sent s : newestFirst) {
                if ("WITHHELD".equals(s.state) && orderId.map(s.orderId::equals).orElse(true)) {
                    s.state = "PENDING";
                    released.add(s);
                }
            }
        }
        released.forEach(s -> executor.execute(() -> {
            if (!attempt(s)) {
                retry(s, 0);
            }
        }));
        return released.size();
    }

    /** Sends the latest message of an order once more, as a new message (a duplicate; no give-up of its own). */
    public Optional<Long> resend(String orderId) {
        Sent again;
        synchronized (this) {
            Optional<Sent> latest =
                    newestFirst.stream().filter(s -> s.orderId.equals(orderId)).findFirst();
            if (latest.isEmpty()) {
                return Optional.empty();
            }
            again = new Sent(orderId, latest.get().method, latest.get().url, latest.get().body, () -> {});
            keep(again);
        }
        executor.execute(() -> {
            if (!attempt(again)) {
                retry(again, 0);
            }
        });
        return Optional.of(again.id);
    }

    private void keep(Sent sent) {
        newestFirst.addFirst(sent);
        if (newestFirst.size() > CAPACITY) {
            newestFirst.removeLast();
        }
    }

    private boolean attempt(Sent sent) {
        boolean acknowledged = delivery.deliver(sent.url, sent.body);
        synchronized (this) {
            sent.tries.add(new NotificationDelivery.Attempt(
                    OffsetDateTime.now(clock), 0, acknowledged ? "ACKNOWLEDGED" : "no 200 OK from the store"));
            sent.state = acknowledged ? "DELIVERED" : "RETRYING";
        }
        return acknowledged;
    }

    private void retry(Sent sent, int attempt) {
        if (attempt >= retryDelays.size()) {
            synchronized (this) {
                sent.state = "FAILED";
            }
            LOG.warning(() -> "myPOS simulator: " + sent.method + " for order " + sent.orderId
                    + " was never acknowledged by " + sent.url + "; giving up");
            sent.onGiveUp.run();
            return;
        }
        executor.schedule(
                () -> {
                    if (withheld(sent.orderId)) {
                        synchronized (this) {
                            sent.state = "WITHHELD";
                        }
                        return;
                    }
                    if (!attempt(sent)) {
                        retry(sent, attempt + 1);
                    }
                },
                retryDelays.get(attempt).toMillis(),
                TimeUnit.MILLISECONDS);
    }

    public synchronized boolean withheld(String orderId) {
        return withholdAll || withheldOrders.contains(orderId);
    }

    public void withholdAll(boolean withhold) {
        withholdAll = withhold;
    }

    public synchronized void withhold(String orderId, boolean withhold) {
        if (withhold) {
            withheldOrders.add(orderId);
        } else {
            withheldOrders.remove(orderId);
        }
    }

    public synchronized Set<String> withheldOrders() {
        return Set.copyOf(withheldOrders);
    }

    public boolean withholdingAll() {
        return withholdAll;
    }

    /** Newest first; those of one order when given. */
    public synchronized List<View> messages(Optional<String> orderId) {
        return newestFirst.stream()
                .filter(s -> orderId.map(s.orderId::equals).orElse(true))
                .map(Sent::view)
                .toList();
    }

    /** Forgets every message and withholds nothing. */
    public synchronized void clear() {
        newestFirst.clear();
        withheldOrders.clear();
        withholdAll = false;
    }
}
