package dev.vpos.collection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A limit of bank calls in flight per definition on this node, so that one slow bank cannot take every thread from
 * the others and from the staff screens (issue #14, target 3). A call over the limit is not made: it is NOT_SENT,
 * nothing left the building, and a sale may fail over to its fallback definition. The limit ({@code
 * vpos.bank.callsInFlightPerDefinition}, server.xml) is high enough for a busy bank's normal load; it is a fuse, not
 * a throttle.
 */
@ApplicationScoped
public class DefinitionBulkhead {

    private final ConcurrentMap<Long, Semaphore> inFlight = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "vpos.bank.callsInFlightPerDefinition", defaultValue = "256")
    int limit;

    /** A permit for one call to the definition's bank, or empty when as many calls as allowed are in flight. */
    public Optional<Permit> enter(long definitionId) {
        Semaphore permits = inFlight.computeIfAbsent(definitionId, id -> new Semaphore(limit));
        return permits.tryAcquire() ? Optional.of(new Permit(permits)) : Optional.empty();
    }

    /** How many calls to the definition's bank are in flight on this node. */
    public int inFlight(long definitionId) {
        Semaphore permits = inFlight.get(definitionId);
        return permits == null ? 0 : limit - permits.availablePermits();
    }

    public int limit() {
        return limit;
    }

    /** One call's place; given back when the call is over, whatever its outcome. */
    public static final class Permit implements AutoCloseable {
        private final Semaphore permits;
        private boolean released;

        Permit(Semaphore permits) {
            this.permits = permits;
        }

        @Override
        public void close() {
            if (!released) {
                released = true;
                permits.release();
            }
        }
    }
}
