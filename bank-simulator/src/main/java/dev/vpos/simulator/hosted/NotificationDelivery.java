package dev.vpos.simulator.hosted;

import java.io.IOException;
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
 * The simulated providers' server-to-server notifications (2Checkout IPNs, PayMaster payment notifications): each is
 * posted on a background executor and posted again, with doubling pauses, until the merchant acknowledges it the way
 * the provider requires (a valid read receipt, HTTP 200, ...) or the tries are used up. Notifications can be withheld
 * (for one order, or all of them) to act out a notification that never comes; a withheld notification is kept and can
 * be released later, and any earlier one can be sent again (a provider's resend). The simulator's one control for all
 * providers' notifications is {@code /control/notifications} ({@code dev.vpos.simulator.control.NotificationControls}).
 * In memory only; the oldest are forgotten beyond {@link #CAPACITY}.
 */
public class NotificationDelivery {

    public static final int CAPACITY = 10_000;
    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class.getName());

    /** How the provider judges the merchant's answer: empty when it counts as acknowledged, else why not. */
    @FunctionalInterface
    public interface Acknowledgement {
        Optional<String> problem(int httpStatus, String body);
    }

    /** One try: when, the HTTP status (0 when nothing came back) and what the provider made of the answer. */
    public record Attempt(OffsetDateTime at, int httpStatus, String result) {}

    /** A delivery as the control endpoint shows it. */
    public record View(
            long id,
            String family,
            String orderId,
            String event,
            String url,
            OffsetDateTime createdAt,
            String state,
            List<Attempt> attempts) {}

    private final class Delivery {
        final long id;
        final String family;
        final String orderId;
        final String event;
        final URI url;
        final String contentType;
        final byte[] body;
        final Acknowledgement acknowledgement;
        final OffsetDateTime createdAt = OffsetDateTime.now(clock);
        final List<Attempt> attempts = new ArrayList<>();
        String state = "PENDING";

        Delivery(
                long id,
                String family,
                String orderId,
                String event,
                URI url,
                String contentType,
                byte[] body,
                Acknowledgement acknowledgement) {
            this.id = id;
            this.family = family;
            this.orderId = orderId;
            this.event = event;
            this.url = url;
            this.contentType = contentType;
            this.body = body;
            this.acknowledgement = acknowledgement;
        }

        View view() {
            return new View(id, family, orderId, event, url.toString(), createdAt, state, List.copyOf(attempts));
        }
    }

    private final Deque<Delivery> newestFirst = new ArrayDeque<>();
    private final Set<String> withheldOrders = new HashSet<>();
    private final AtomicLong ids = new AtomicLong();
    private ScheduledExecutorService executor;
    private HttpClient http;
    private Clock clock;
    private Duration firstPause;
    private int maxAttempts;
    private boolean withholdAll;

    /** For CDI; {@link #start} must be called before use. */
    protected NotificationDelivery() {}

    public NotificationDelivery(
            ScheduledExecutorService executor, HttpClient http, Clock clock, Duration firstPause, int maxAttempts) {
        start(executor, http, clock, firstPause, maxAttempts);
    }

    protected void start(
            ScheduledExecutorService executor, HttpClient http, Clock clock, Duration firstPause, int maxAttempts) {
        this.executor = executor;
        this.http = http;
        this.clock = clock;
        this.firstPause = firstPause;
        this.maxAttempts = maxAttempts;
    }

    /** Sends a notification (form or other body) about an order, unless its order's notifications are withheld. */
    public long send(
            String family,
            String orderId,
            String event,
            URI url,
            String contentType,
            byte[] body,
            Acknowledgement acknowledgement) {
        Delivery d = new Delivery(
                ids.incrementAndGet(), family, orderId, event, url, contentType, body.clone(), acknowledgement);
        synchronized (this) {
            newestFirst.addFirst(d);
            if (newestFirst.size() > CAPACITY) {
                newestFirst.removeLast();
            }
            if (withholdAll || withheldOrders.contains(orderId)) {
                d.state = "WITHHELD";
                LOG.info(() -> family + " notification " + event + " for order " + orderId + " withheld");
                return d.id;
            }
        }
        executor.execute(() -> attempt(d, 1));
        return d.id;
    }

    /** Sends the latest notification of an order again (withheld or not), as a new delivery. */
    public Optional<Long> resend(String orderId) {
        Delivery latest;
        synchronized (this) {
            latest = newestFirst.stream()
                    .filter(d -> d.orderId.equals(orderId))
                    .findFirst()
                    .orElse(null);
        }
        if (latest == null) {
            return Optional.empty();
        }
        Delivery again = new Delivery(
                ids.incrementAndGet(),
                latest.family,
                latest.orderId,
                latest.event,
                latest.url,
                latest.contentType,
                latest.body,
                latest.acknowledgement);
        synchronized (this) {
            newestFirst.addFirst(again);
        }
        executor.execute(() -> attempt(again, 1));
        return Optional.of(again.id);
    }

    /** Sends the withheld notifications now: those of one order, or all of them. */
    public int release(Optional<String> orderId) {
        List<Delivery> released = new ArrayList<>();
        synchronized (this) {
            for (Delivery d : newestFirst) {
                if ("WITHHELD".equals(d.state) && orderId.map(d.orderId::equals).orElse(true)) {
                    d.state = "PENDING";
                    released.add(d);
                }
            }
        }
        released.forEach(d -> executor.execute(() -> attempt(d, 1)));
        return released.size();
    }

    public synchronized void withhold(String orderId, boolean withhold) {
        if (withhold) {
            withheldOrders.add(orderId);
        } else {
            withheldOrders.remove(orderId);
        }
    }

    public synchronized void withholdAll(boolean withhold) {
        withholdAll = withhold;
    }

    public synchronized boolean withholdingAll() {
        return withholdAll;
    }

    public synchronized Set<String> withheldOrders() {
        return Set.copyOf(withheldOrders);
    }

    /** Newest first; those of one order when given. */
    public synchronized List<View> deliveries(Optional<String> orderId) {
        return newestFirst.stream()
                .filter(d -> orderId.map(d.orderId::equals).orElse(true))
                .map(Delivery::view)
                .toList();
    }

    public synchronized void clear() {
        newestFirst.clear();
        withheldOrders.clear();
        withholdAll = false;
    }

    private void attempt(Delivery d, int number) {
        int status = 0;
        String result;
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(d.url)
                            .timeout(Duration.ofSeconds(20))
                            .header("Content-Type", d.contentType)
                            .header("User-Agent", "bank-simulator/" + d.family)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(d.body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            status = r.statusCode();
            result = d.acknowledgement.problem(status, r.body()).orElse("ACKNOWLEDGED");
        } catch (IOException e) {
            result = "not delivered: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = "interrupted";
        } catch (RuntimeException e) {
            result = "not delivered: " + e;
        }
        boolean done = "ACKNOWLEDGED".equals(result);
        String outcome = result;
        int httpStatus = status;
        synchronized (this) {
            d.attempts.add(new Attempt(OffsetDateTime.now(clock), httpStatus, outcome));
            d.state = done ? "DELIVERED" : number >= maxAttempts ? "FAILED" : "RETRYING";
        }
        LOG.info(() -> (d.family + " notification " + d.event + " for " + d.orderId + " try " + number + ": HTTP "
                        + httpStatus + " " + outcome)
                .replaceAll("\\p{Cntrl}", "?"));
        if (!done && number < maxAttempts) {
            long pause = firstPause.toMillis() << Math.min(number - 1, 16);
            try {
                executor.schedule(() -> attempt(d, number + 1), pause, TimeUnit.MILLISECONDS);
            } catch (RuntimeException e) {
                LOG.warning(() -> "cannot schedule the next try of notification " + d.id + ": " + e);
            }
        }
    }
}
