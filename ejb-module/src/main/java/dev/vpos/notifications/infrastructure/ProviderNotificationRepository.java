package dev.vpos.notifications.infrastructure;

import dev.vpos.notifications.domain.NotificationStatus;
import dev.vpos.notifications.domain.ProviderNotification;
import dev.vpos.shared.application.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The provider_notification table (the inbox); joins the caller's transaction. */
@ApplicationScoped
public class ProviderNotificationRepository {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /** Inserts the row at once (flush): the unique first_event_key decides there and then. */
    public void add(ProviderNotification n) {
        em.persist(n);
        em.flush();
    }

    public Optional<ProviderNotification> find(long id) {
        return Optional.ofNullable(em.find(ProviderNotification.class, id));
    }

    /** The row under its lock (PESSIMISTIC_WRITE) until the caller's transaction ends; null when there is none. */
    public ProviderNotification lock(long id) {
        return em.find(ProviderNotification.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Whether a row already holds the event's first key. */
    public boolean holdsEventKey(String eventKey) {
        return !em.createQuery("select n.id from ProviderNotification n where n.firstEventKey = :k", Long.class)
                .setParameter("k", eventKey)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** RECEIVED or DEFERRED rows received by {@code olderThan} with fewer than {@code maxAttempts}, oldest first. */
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

    /** A page of the inbox, newest first; {@code companies} null = every company. */
    public Page<ProviderNotification> page(
            NotificationStatus status,
            Long definitionId,
            boolean attentionOnly,
            String bankOrderId,
            List<Long> companies,
            int page,
            int size) {
        List<String> conditions = new ArrayList<>();
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
}
