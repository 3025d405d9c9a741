package dev.vpos.alerts.infrastructure;

import dev.vpos.alerts.domain.Alert;
import dev.vpos.alerts.domain.AlertKind;
import dev.vpos.alerts.domain.AlertMail;
import dev.vpos.alerts.domain.AlertStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The alert and alert_mail tables. */
@ApplicationScoped
public class AlertRepository {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /**
     * The company's active alerts, locked for the evaluation's transaction: an acknowledgement (which locks its alert
     * too) waits for it, or it for the acknowledgement, instead of one of them failing on the row's version.
     */
    public List<Alert> activeLocked(long companyId) {
        return em.createQuery(
                        "select a from Alert a where a.companyId = :c and a.status = :s order by a.id", Alert.class)
                .setParameter("c", companyId)
                .setParameter("s", AlertStatus.ACTIVE)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    public void add(Alert alert) {
        em.persist(alert);
        em.flush();
    }

    public void add(AlertMail mail) {
        em.persist(mail);
    }

    public Optional<Alert> locked(long id) {
        return Optional.ofNullable(em.find(Alert.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Alert> find(long id) {
        return Optional.ofNullable(em.find(Alert.class, id));
    }

    /**
     * Alerts of {@code companies} (null: every company) of the given kinds, newest first: the active ones, or also
     * the resolved ones raised since {@code resolvedSince}.
     */
    public List<Alert> listing(
            List<Long> companies, Set<AlertKind> kinds, boolean withResolved, OffsetDateTime since, int limit) {
        if (kinds.isEmpty() || (companies != null && companies.isEmpty())) {
            return List.of();
        }
        String where = "a.kind in :kinds"
                + (companies == null ? "" : " and a.companyId in :companies")
                + (withResolved ? " and (a.status = :active or a.raisedAt >= :since)" : " and a.status = :active");
        TypedQuery<Alert> q = em.createQuery(
                        "select a from Alert a where " + where + " order by a.raisedAt desc, a.id desc", Alert.class)
                .setParameter("kinds", kinds)
                .setParameter("active", AlertStatus.ACTIVE)
                .setMaxResults(limit);
        if (companies != null) {
            q.setParameter("companies", companies);
        }
        if (withResolved) {
            q.setParameter("since", since);
        }
        return q.getResultList();
    }

    /** The mails of some alerts in one query. */
    public List<AlertMail> mails(List<Long> alertIds) {
        if (alertIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select m from AlertMail m where m.alertId in :a order by m.alertId, m.id", AlertMail.class)
                .setParameter("a", alertIds)
                .getResultList();
    }

    public List<AlertMail> mails(long alertId) {
        return em.createQuery("select m from AlertMail m where m.alertId = :a order by m.id", AlertMail.class)
                .setParameter("a", alertId)
                .getResultList();
    }

    /**
     * Mails due at {@code now}, oldest first, each locked and checked again under its lock (a row another sender
     * claimed meanwhile is left out). Read as ids first: H2 refuses FOR UPDATE with a row limit.
     */
    public List<AlertMail> dueMails(OffsetDateTime now, int limit) {
        List<Long> ids = em.createQuery(
                        "select m.id from AlertMail m where m.status = :p and m.nextTryAt <= :now"
                                + " and (m.claimedUntil is null or m.claimedUntil < :now) order by m.nextTryAt, m.id",
                        Long.class)
                .setParameter("p", AlertMail.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
        return ids.stream()
                .map(id -> em.find(AlertMail.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(m -> m != null && m.claimable(now))
                .toList();
    }

    public Optional<AlertMail> mail(long id) {
        return Optional.ofNullable(em.find(AlertMail.class, id, LockModeType.PESSIMISTIC_WRITE));
    }
}
