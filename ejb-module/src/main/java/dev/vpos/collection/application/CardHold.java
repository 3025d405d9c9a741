package dev.vpos.collection.application;

import dev.vpos.gateway.domain.ThreeDsSale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds a 3-D payment's card in this node's memory, never in the database, while the payer is at the bank's page:
 * some families' provision after 3-D repeats the card (PayFlex). Entries expire after {@link #TTL} and are removed
 * on first use; a restart or another node simply does not have them (the adapter then refuses the callback).
 */
@ApplicationScoped
public class CardHold {

    static final Duration TTL = Duration.ofMinutes(15);

    private record Held(ThreeDsSale sale, Instant until) {}

    private final Map<String, Held> held = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    public void hold(String reference, ThreeDsSale sale) {
        purge();
        held.put(reference, new Held(sale, clock.instant().plus(TTL)));
    }

    public Optional<ThreeDsSale> take(String reference) {
        purge();
        return Optional.ofNullable(held.remove(reference)).map(Held::sale);
    }

    private void purge() {
        Instant now = clock.instant();
        held.values().removeIf(h -> h.until().isBefore(now));
    }
}
