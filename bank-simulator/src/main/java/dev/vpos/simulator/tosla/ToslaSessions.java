package dev.vpos.simulator.tosla;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The 3-D sessions of the simulated Tosla API, by ThreeDSessionId; a session lives 30 minutes. */
final class ToslaSessions {

    static final Duration LIFETIME = Duration.ofMinutes(30);

    private final Map<String, ToslaSession> byId = new ConcurrentHashMap<>();

    void add(ToslaSession s) {
        byId.values().removeIf(old -> old.created.plus(LIFETIME).isBefore(s.created));
        byId.put(s.id, s);
    }

    Optional<ToslaSession> get(String id, Instant now) {
        return Optional.ofNullable(id == null ? null : byId.get(id))
                .filter(s -> !s.created.plus(LIFETIME).isBefore(now));
    }

    /** The newest session of a merchant's order (for the inquiry of an order not booked yet). */
    Optional<ToslaSession> latest(String clientId, String orderId) {
        return byId.values().stream()
                .filter(s -> s.merchant.clientId().equals(clientId) && s.orderId.equals(orderId))
                .max(java.util.Comparator.comparing(s -> s.created));
    }
}
