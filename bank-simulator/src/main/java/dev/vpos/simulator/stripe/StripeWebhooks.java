package dev.vpos.simulator.stripe;

import dev.vpos.simulator.hosted.NotificationDelivery;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe's webhooks: endpoints per account (URL, the events they want, signing secrets), events ({@code evt_...})
 * and their deliveries. Each delivery is a JSON POST signed with {@code Stripe-Signature: t=<unix seconds>,v1=<hex>}
 * where {@code v1 = HMAC-SHA256(secret, t + "." + body)} — one {@code v1} per active secret of the endpoint, so during
 * a secret roll both the old and the new secret sign. A delivery that does not get a 2xx is retried with back-off on
 * the background executor until it does or the attempts run out. Deliveries can be withheld for one order or for all
 * (fault injection: the janitor must then settle), released later, and any event can be resent (a duplicate).
 */
public final class StripeWebhooks {

    private static final Logger LOG = Logger.getLogger(StripeWebhooks.class.getName());
    private static final String API_VERSION = "2024-06-20";
    private static final int MAX_DELIVERIES_KEPT = 10_000;

    /** Posts a delivery and returns the HTTP status; an exception counts as a failed attempt. */
    @FunctionalInterface
    public interface Sender {
        int post(URI url, Map<String, String> headers, byte[] body) throws IOException;
    }

    /** A webhook endpoint; {@code secrets} newest first (all of them sign). */
    public record Endpoint(String id, String accountId, String url, List<String> enabledEvents, List<String> secrets) {

        Endpoint snapshot() {
            return new Endpoint(id, accountId, url, enabledEvents, List.copyOf(secrets));
        }

        boolean wants(String type) {
            return enabledEvents.contains("*") || enabledEvents.contains(type);
        }

        JsonObject toJson(boolean withSecret) {
            var events = Json.createArrayBuilder();
            enabledEvents.forEach(events::add);
            var b = Json.createObjectBuilder()
                    .add("id", id)
                    .add("object", "webhook_endpoint")
                    .add("url", url)
                    .add("enabled_events", events)
                    .add("status", "enabled")
                    .add("livemode", false);
            if (withSecret) {
                b.add("secret", secrets.get(0));
            }
            return b.build();
        }
    }

    /** One event's delivery to one endpoint, as the control API lists it. */
    public record Delivery(
            String eventId,
            String type,
            String orderId,
            String endpointId,
            String url,
            OffsetDateTime createdAt,
            int attempts,
            Integer lastStatus,
            String state,
            List<NotificationDelivery.Attempt> tries) {}

    private record Event(String id, String accountId, String type, String orderId, byte[] body) {}

    private final Clock clock;
    private final ScheduledExecutorService executor;
    private final Sender sender;
    private final Duration firstRetry;
    private final int maxAttempts;
    private final Function<String, String> ids;

    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    private final Map<String, Event> events = new LinkedHashMap<>();
    private final Deque<DeliveryState> deliveries = new ArrayDeque<>();
    private final Set<String> withheldOrders = new HashSet<>();
    private boolean withholdAll;

    /**
     * @param firstRetry  the wait before the first retry; each further retry waits twice as long
     * @param maxAttempts the attempts per delivery, the first one included
     * @param ids         makes a new object id for a prefix ({@code evt}, {@code we}, {@code whsec})
     */
    public StripeWebhooks(
            Clock clock,
            ScheduledExecutorService executor,
            Sender sender,
            Duration firstRetry,
            int maxAttempts,
            Function<String, String> ids) {
        this.clock = clock;
        this.executor = executor;
        this.sender = sender;
        this.firstRetry = firstRetry;
        this.maxAttempts = maxAttempts;
        this.ids = ids;
    }

    // ---------------------------------------------------------------- endpoints

    /** Registers an endpoint; without a secret Stripe makes one ({@code whsec_...}). */
    public synchronized Endpoint addEndpoint(String accountId, String url, String secret, List<String> enabledEvents) {
        String signing = secret == null || secret.isBlank() ? ids.apply("whsec") : secret.trim();
        Endpoint e = new Endpoint(
                ids.apply("we"),
                accountId,
                url,
                enabledEvents == null || enabledEvents.isEmpty() ? List.of("*") : List.copyOf(enabledEvents),
                new ArrayList<>(List.of(signing)));
        endpoints.put(e.id(), e);
        return e.snapshot();
    }

    public synchronized List<Endpoint> endpoints(Optional<String> accountId) {
        return endpoints.values().stream()
                .filter(e -> accountId.map(e.accountId()::equals).orElse(true))
                .map(Endpoint::snapshot)
                .toList();
    }

    public synchronized boolean removeEndpoint(String accountId, String id) {
        Endpoint e = endpoints.get(id);
        if (e == null || (accountId != null && !e.accountId().equals(accountId))) {
            return false;
        }
        endpoints.remove(id);
        return true;
    }

    /**
     * Rolls an endpoint's signing secret: the new one signs from now on, and while {@code keepPrevious} the old ones
     * keep signing too (Stripe's roll with an expiry), so deliveries carry several {@code v1} signatures.
     */
    public synchronized Optional<Endpoint> roll(String id, String newSecret, boolean keepPrevious) {
        Endpoint e = endpoints.get(id);
        if (e == null) {
            return Optional.empty();
        }
        if (!keepPrevious) {
            e.secrets().clear();
        }
        e.secrets().add(0, newSecret == null || newSecret.isBlank() ? ids.apply("whsec") : newSecret.trim());
        return Optional.of(e.snapshot());
    }

    public synchronized void clear() {
        endpoints.clear();
        events.clear();
        deliveries.clear();
        withheldOrders.clear();
        withholdAll = false;
    }

    // ---------------------------------------------------------------- withholding

    public synchronized void withholdAll(boolean withhold) {
        withholdAll = withhold;
    }

    public synchronized void withhold(String orderId, boolean withhold) {
        if (withhold) {
            withheldOrders.add(orderId);
        } else {
            withheldOrders.remove(orderId);
        }
    }

    public synchronized boolean withholdingAll() {
        return withholdAll;
    }

    public synchronized Set<String> withheldOrders() {
        return Set.copyOf(withheldOrders);
    }

    public synchronized Map<String, Object> withholding() {
        return Map.of("all", withholdAll, "orders", List.copyOf(withheldOrders));
    }

    /** Sends the withheld deliveries now (of one order, or all when {@code orderId} is null). */
    public synchronized int release(String orderId) {
        int released = 0;
        for (DeliveryState d : deliveries) {
            if (d.state.equals("WITHHELD") && (orderId == null || orderId.equals(d.event.orderId()))) {
                d.state = "PENDING";
                schedule(d, Duration.ZERO);
                released++;
            }
        }
        return released;
    }

    // ---------------------------------------------------------------- events

    /** Creates an event for {@code object} and delivers it to the account's endpoints that want its type. */
    public synchronized JsonObject publish(String accountId, String type, JsonObject object, String orderId) {
        JsonObject event = Json.createObjectBuilder()
                .add("id", ids.apply("evt"))
                .add("object", "event")
                .add("api_version", API_VERSION)
                .add("created", clock.instant().getEpochSecond())
                .add("data", Json.createObjectBuilder().add("object", object))
                .add("livemode", false)
                .add("pending_webhooks", (int) endpoints.values().stream()
                        .filter(e -> e.accountId().equals(accountId) && e.wants(type))
                        .count())
                .add("request", Json.createObjectBuilder().addNull("id").addNull("idempotency_key"))
                .add("type", type)
                .build();
        Event e = new Event(
                event.getString("id"),
                accountId,
                type,
                orderId == null ? "" : orderId,
                pretty(event).getBytes(StandardCharsets.UTF_8));
        events.put(e.id(), e);
        deliver(e);
        return event;
    }

    /** Delivers an event once more, byte for byte (the Dashboard's "Resend"): a duplicate for the receiver. */
    public synchronized boolean resend(String eventId) {
        Event e = events.get(eventId);
        if (e == null) {
            return false;
        }
        for (Endpoint endpoint : endpoints.values()) {
            if (endpoint.accountId().equals(e.accountId()) && endpoint.wants(e.type())) {
                DeliveryState d = track(new DeliveryState(e, endpoint, OffsetDateTime.now(clock)));
                schedule(d, Duration.ZERO);
            }
        }
        return true;
    }

    /** Delivers the latest event of an order once more; empty when the order has none. */
    public synchronized Optional<String> resendLatest(String orderId) {
        Optional<String> latest = events.values().stream()
                .filter(e -> e.orderId().equals(orderId))
                .reduce((a, b) -> b)
                .map(Event::id);
        latest.ifPresent(this::resend);
        return latest;
    }

    /** Forgets the deliveries and withholds nothing; the endpoints and events stay (they are the account's). */
    public synchronized void forgetDeliveries() {
        deliveries.clear();
        withheldOrders.clear();
        withholdAll = false;
    }

    public synchronized List<Delivery> deliveries(Optional<String> orderId) {
        return deliveries.stream()
                .filter(d -> orderId.map(d.event.orderId()::equals).orElse(true))
                .map(DeliveryState::view)
                .toList();
    }

    /** The ids of the events made for one order, oldest first, with their types. */
    public synchronized List<Map<String, String>> eventsOf(String orderId) {
        return events.values().stream()
                .filter(e -> e.orderId().equals(orderId))
                .map(e -> Map.of("id", e.id(), "type", e.type()))
                .toList();
    }

    private void deliver(Event e) {
        boolean withheld = withholdAll || withheldOrders.contains(e.orderId());
        for (Endpoint endpoint : endpoints.values()) {
            if (endpoint.accountId().equals(e.accountId()) && endpoint.wants(e.type())) {
                DeliveryState d = track(new DeliveryState(e, endpoint, OffsetDateTime.now(clock)));
                if (withheld) {
                    d.state = "WITHHELD";
                } else {
                    schedule(d, Duration.ZERO);
                }
            }
        }
    }

    private DeliveryState track(DeliveryState d) {
        deliveries.addFirst(d);
        if (deliveries.size() > MAX_DELIVERIES_KEPT) {
            deliveries.removeLast();
        }
        return d;
    }

    private void schedule(DeliveryState d, Duration delay) {
        executor.schedule(() -> attempt(d), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void attempt(DeliveryState d) {
        List<String> secrets;
        synchronized (this) {
            if (!d.state.equals("PENDING")) {
                return;
            }
            secrets = List.copyOf(d.endpoint.secrets());
            d.attempts++;
        }
        long t = clock.instant().getEpochSecond();
        Map<String, String> headers = Map.of(
                "Content-Type",
                "application/json; charset=utf-8",
                "Stripe-Signature",
                signatureHeader(t, d.event.body(), secrets),
                "User-Agent",
                "Stripe/1.0 (+https://stripe.com/docs/webhooks)");
        Integer status = null;
        try {
            status = sender.post(URI.create(d.endpoint.url()), headers, d.event.body());
        } catch (IOException | RuntimeException ex) {
            LOG.info(() -> "Stripe webhook " + d.event.id() + " to " + d.endpoint.url() + " failed: " + ex);
        }
        Integer answered = status;
        synchronized (this) {
            d.lastStatus = answered;
            d.tries.add(new NotificationDelivery.Attempt(
                    OffsetDateTime.now(clock),
                    answered == null ? 0 : answered,
                    answered == null
                            ? "not delivered"
                            : answered >= 200 && answered < 300 ? "ACKNOWLEDGED" : "HTTP " + answered));
            if (answered != null && answered >= 200 && answered < 300) {
                d.state = "DELIVERED";
            } else if (d.attempts >= maxAttempts) {
                d.state = "FAILED";
            } else {
                schedule(d, firstRetry.multipliedBy(1L << (d.attempts - 1)));
            }
        }
        LOG.info(() ->
                "Stripe webhook " + d.event.type() + " " + d.event.id() + " attempt " + d.attempts + " -> " + answered);
    }

    /** {@code t=<t>,v1=<hex>[,v1=<hex>...]}: one signature per secret, over {@code t + "." + body}. */
    public static String signatureHeader(long t, byte[] body, List<String> secrets) {
        StringBuilder header = new StringBuilder("t=").append(t);
        for (String secret : secrets) {
            header.append(",v1=").append(sign(t, body, secret));
        }
        return header.toString();
    }

    static String sign(long t, byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stripe sends events pretty-printed; the signature covers those exact bytes. */
    private static String pretty(JsonObject event) {
        var out = new java.io.StringWriter();
        try (var w = Json.createWriterFactory(Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            w.writeObject(event);
        }
        return out.toString().trim();
    }

    private static final class DeliveryState {
        final Event event;
        final Endpoint endpoint;
        final OffsetDateTime createdAt;
        final List<NotificationDelivery.Attempt> tries = new ArrayList<>();
        int attempts;
        Integer lastStatus;
        String state = "PENDING";

        DeliveryState(Event event, Endpoint endpoint, OffsetDateTime createdAt) {
            this.event = event;
            this.endpoint = endpoint;
            this.createdAt = createdAt;
        }

        Delivery view() {
            return new Delivery(
                    event.id(),
                    event.type(),
                    event.orderId(),
                    endpoint.id(),
                    endpoint.url(),
                    createdAt,
                    attempts,
                    lastStatus,
                    state,
                    List.copyOf(tries));
        }
    }
}
