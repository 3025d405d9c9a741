package dev.vpos.collection.application;

import dev.vpos.collection.domain.Channel;
import dev.vpos.collection.domain.Collection;
import dev.vpos.collection.domain.StateChange;
import dev.vpos.collection.infrastructure.CollectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A phone order whose first attempt ended UNKNOWN is often keyed in again; when the bank then turns out to have
 * approved both, the customer was charged twice. Two approved MOTO collections of one company, customer, card and
 * amount, created within the janitor's window of each other, at least one of which went through UNKNOWN, are such a
 * pair: the later one points at the earlier ({@code duplicate_of}) and is raised to finance. It is not cancelled by
 * itself: unlike an abandoned checkout session, a phone order may be two real purchases, which only the customer can
 * tell (docs/reliability.md).
 */
@ApplicationScoped
public class DuplicateApprovals {

    static final String ACTOR = "janitor";

    @Inject
    CollectionRepository collections;

    @Inject
    @ConfigProperty(name = "vpos.recovery.duplicateWindowMinutes", defaultValue = "180")
    long windowMinutes;

    /** Called in the transaction that approves {@code c}: the history row of the later twin, if there is a pair. */
    Optional<StateChange> raiseIfRepeated(Collection c, OffsetDateTime now) {
        if (c.getChannel() != Channel.MOTO || c.getDuplicateOf() != null) {
            return Optional.empty();
        }
        Duration window = Duration.ofMinutes(windowMinutes);
        List<Collection> twins = collections.motoTwins(c, window);
        boolean cWasUnknown = collections.wentThroughUnknown(c.getId());
        for (Collection twin : twins) {
            if (cWasUnknown || collections.wentThroughUnknown(twin.getId())) {
                boolean twinIsEarlier = twin.getCreatedAt().isBefore(c.getCreatedAt())
                        || (twin.getCreatedAt().isEqual(c.getCreatedAt()) && twin.getId() < c.getId());
                if (twinIsEarlier) {
                    return Optional.of(c.markDuplicateOf(twin, ACTOR, now));
                }
                Collection later = collections.lock(twin.getId());
                return Optional.of(later.markDuplicateOf(c, ACTOR, now));
            }
        }
        return Optional.empty();
    }
}
