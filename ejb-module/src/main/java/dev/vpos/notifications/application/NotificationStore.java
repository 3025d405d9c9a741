package dev.vpos.notifications.application;

import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.NotificationVerdict;
import dev.vpos.notifications.domain.NotificationStatus;
import dev.vpos.notifications.domain.ProviderNotification;
import dev.vpos.shared.application.Page;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The inbox's rows: each write in a short transaction of its own. */
@ApplicationScoped
public class NotificationStore {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<CardKeptByProvider> cardKept;

    /**
     * Stores a notification as received. The first authentic notification of an event takes the event's unique key;
     * a resend (or a second one racing it) is stored as DUPLICATE and will not be processed.
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public ProviderNotification save(
            long definitionId, long companyId, GatewayFamily family, NotificationVerdict v, boolean firstOfEvent) {
        ProviderNotification n =
                new ProviderNotification(definitionId, companyId, family, v, firstOfEvent, OffsetDateTimes.now(clock));
        em.persist(n);
        em.flush();
        return n;
    }

    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRED)
    public boolean eventKnown(long definitionId, String eventId) {
        return !em.createQuery("select n.id from ProviderNotification n where n.firstEventKey = :k", Long.class)
                .setParameter("k", ProviderNotification.eventKey(definitionId, eventId))
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRED)
    public ProviderNotification byId(long id) {
        return Optional.ofNullable(em.find(ProviderNotification.class, id))
                .orElseThrow(() -> new NotFoundException("notification.notFound", String.valueOf(id)));
    }

    /**
     * Records what processing did, under the row's lock; and, when the payment stands approved and the provider kept
     * the payer's card, hands the token to the saved-cards context in the same transaction.
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public void processed(
            long id, NotificationStatus outcome, Long collectionId, String note, Optional<CardKeptByProvider> kept) {
        ProviderNotification n = em.find(ProviderNotification.class, id, LockModeType.PESSIMISTIC_WRITE);
        n.processed(outcome, collectionId, note, OffsetDateTimes.now(clock));
        kept.ifPresent(cardKept::fire);
    }

    /** Authentic notifications still waiting: not processed after {@code olderThan}, or deferred. */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRED)
    public List<Long> waiting(OffsetDateTime olderThan, int maxAttempts, int limit) {
        return em.createQuery(
                        "select n.id from ProviderNotification n where n.status in :waiting"
                                + " and n.receivedAt <= :t and n.attempts < :max order by n.receivedAt",
                        Long.class)
                .setParameter("waiting", List.of(NotificationStatus.RECEIVED, NotificationStatus.DEFERRED))
                .setParameter("t", olderThan)
                .setParameter("max", maxAttempts)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The inbox for finance, newest first. */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRED)
    public Page<ProviderNotification> page(
            NotificationStatus status,
            Long definitionId,
            boolean attentionOnly,
            String bankOrderId,
            List<Long> companies,
            int page,
            int size) {
        java.util.List<String> conditions = new java.util.ArrayList<>();
        if (companies != null) {
            conditions.add(companies.isEmpty() ? "1 = 0" : "n.companyId in :companies");
        }
        if (status != null) {
            conditions.add("n.status = :status");
        }
        if (definitionId != null) {
            conditions.add("n.definitionId = :definition");
        }
        if (attentionOnly) {
            conditions.add("n.needsAttention = true");
        }
        if (bankOrderId != null) {
            conditions.add("n.bankOrderId = :order");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        var query = em.createQuery(
                "select n from ProviderNotification n" + where + " order by n.receivedAt desc, n.id desc",
                ProviderNotification.class);
        var count = em.createQuery("select count(n) from ProviderNotification n" + where, Long.class);
        for (var q : List.<jakarta.persistence.Query>of(query, count)) {
            if (status != null) {
                q.setParameter("status", status);
            }
            if (definitionId != null) {
                q.setParameter("definition", definitionId);
            }
            if (bankOrderId != null) {
                q.setParameter("order", bankOrderId);
            }
            if (companies != null && !companies.isEmpty()) {
                q.setParameter("companies", companies);
            }
        }
        return new Page<>(
                query.setFirstResult(Page.firstResult(page, size))
                        .setMaxResults(size)
                        .getResultList(),
                page,
                size,
                count.getSingleResult());
    }

    /** Finance has dealt with a notification raised to it; the note says how. */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRED)
    public ProviderNotification settleAttention(long id, String note) {
        ProviderNotification n = em.find(ProviderNotification.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (n == null) {
            throw new NotFoundException("notification.notFound", String.valueOf(id));
        }
        n.acknowledgeAttention(note, OffsetDateTimes.now(clock));
        return n;
    }
}
