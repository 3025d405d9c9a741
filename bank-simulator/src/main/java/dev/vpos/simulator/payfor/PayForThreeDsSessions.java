package dev.vpos.simulator.payfor;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The 3-D payments in progress, shared by the 3-D gate and the API endpoint of one {@link PayForBank} (which provisions 3D-model payments by
 * {@code RequestGuid}). In memory only; a session older than {@link #LIFETIME} is forgotten, and at most
 * {@link #CAPACITY} are kept, so abandoned payments cannot exhaust the heap. Thread-safe.
 */
public final class PayForThreeDsSessions {

    static final Duration LIFETIME = Duration.ofMinutes(30);
    static final int CAPACITY = 10_000;

    private final ConcurrentMap<String, PayForThreeDsSession> byGuid = new ConcurrentHashMap<>();

    void put(PayForThreeDsSession session, Instant now) {
        byGuid.values().removeIf(s -> s.createdAt().plus(LIFETIME).isBefore(now));
        if (byGuid.size() >= CAPACITY) {
            byGuid.values().stream()
                    .min(java.util.Comparator.comparing(PayForThreeDsSession::createdAt))
                    .ifPresent(oldest -> byGuid.remove(oldest.requestGuid()));
        }
        byGuid.put(session.requestGuid(), session);
    }

    Optional<PayForThreeDsSession> get(String requestGuid, Instant now) {
        return Optional.ofNullable(byGuid.get(requestGuid))
                .filter(s -> !s.createdAt().plus(LIFETIME).isBefore(now));
    }

    /** Replaces {@code expected} by {@code next} only if nobody changed it meanwhile (one ACS answer, one provision). */
    boolean advance(PayForThreeDsSession expected, PayForThreeDsSession next) {
        return byGuid.replace(expected.requestGuid(), expected, next);
    }
}
