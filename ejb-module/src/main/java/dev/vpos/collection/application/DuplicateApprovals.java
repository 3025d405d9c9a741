package dev.vpos.collection.application;

import dev.vpos.collection.domain.Channel;
import dev.vpos.collection.domain.Collection;
import dev.vpos.collection.domain.CollectionState;
import dev.vpos.collection.domain.StateChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
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

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "vpos.recovery.duplicateWindowMinutes", defaultValue = "180")
    long windowMinutes;

    /** Called in the transaction that approves {@code c}: the history row of the later twin, if there is a pair. */
    Optional<StateChange> raiseIfRepeated(Collection c, OffsetDateTime now) {
        if (c.getChannel() != Channel.MOTO || c.getDuplicateOf() != null) {
            return Optional.empty();
        }
        Duration window = Duration.ofMinutes(windowMinutes);
        List<Collection> twins = em.createQuery(
                        "select t from Collection t where t.id <> :id and t.companyId = :company"
                                + " and t.customerAccountId = :account and t.maskedPan = :pan and t.amount = :amount"
                                + " and t.currency = :currency and t.channel = :moto and t.state in :charged"
                                + " and t.duplicateOf is null and t.createdAt between :from and :to"
                                + " order by t.createdAt, t.id",
                        Collection.class)
                .setParameter("id", c.getId())
                .setParameter("company", c.getCompanyId())
                .setParameter("account", c.getCustomerAccountId())
                .setParameter("pan", c.getMaskedPan())
                .setParameter("amount", c.money().amount())
                .setParameter("currency", c.money().currencyCode())
                .setParameter("moto", Channel.MOTO)
                .setParameter("charged", List.of(CollectionState.APPROVED, CollectionState.CAPTURED))
                .setParameter("from", c.getCreatedAt().minus(window))
                .setParameter("to", c.getCreatedAt().plus(window))
                .getResultList();
        boolean cWasUnknown = wentThroughUnknown(c.getId());
        for (Collection twin : twins) {
            if (cWasUnknown || wentThroughUnknown(twin.getId())) {
                boolean twinIsEarlier = twin.getCreatedAt().isBefore(c.getCreatedAt())
                        || (twin.getCreatedAt().isEqual(c.getCreatedAt()) && twin.getId() < c.getId());
                if (twinIsEarlier) {
                    return Optional.of(c.markDuplicateOf(twin, ACTOR, now));
                }
                Collection later = em.find(Collection.class, twin.getId(), LockModeType.PESSIMISTIC_WRITE);
                return Optional.of(later.markDuplicateOf(c, ACTOR, now));
            }
        }
        return Optional.empty();
    }

    private boolean wentThroughUnknown(long collectionId) {
        return em.createQuery(
                                "select count(s) from StateChange s where s.collectionId = :c and s.toState = :unknown",
                                Long.class)
                        .setParameter("c", collectionId)
                        .setParameter("unknown", CollectionState.UNKNOWN)
                        .getSingleResult()
                > 0;
    }
}
