package dev.vpos.collection.infrastructure;

import dev.vpos.collection.domain.CollectionOperation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A collection's follow-ups (collection_operation: capture, void, refund, cancel). Joins the caller's transaction;
 * every lock (PESSIMISTIC_WRITE) holds until that transaction ends.
 */
@ApplicationScoped
public class CollectionOperationRepository {

    /** An UNKNOWN follow-up whose check is due, and the due time a claim compares with. */
    public record DueCheck(Long id, OffsetDateTime dueAt) {}

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /** Inserts at once (flush): the unique idempotency key decides there and then. */
    public void addNow(CollectionOperation op) {
        em.persist(op);
        em.flush();
    }

    /** The follow-up, or null when there is none. */
    public CollectionOperation find(long id) {
        return em.find(CollectionOperation.class, id);
    }

    /** The follow-up under its row lock, or null when there is none. */
    public CollectionOperation lock(long id) {
        return em.find(CollectionOperation.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Reads the row again (after taking its lock). */
    public void refresh(CollectionOperation op) {
        em.refresh(op);
    }

    /** How many of the collection's follow-ups are INITIATED or UNKNOWN. */
    public long openOf(long collectionId) {
        return em.createQuery(
                        "select count(o) from CollectionOperation o where o.collectionId = :c"
                                + " and o.state in :open",
                        Long.class)
                .setParameter("c", collectionId)
                .setParameter("open", List.of(CollectionOperation.State.INITIATED, CollectionOperation.State.UNKNOWN))
                .getSingleResult();
    }

    /** Ids of follow-ups still INITIATED after their in-flight deadline. */
    public List<Long> stranded(OffsetDateTime now, int limit) {
        return em.createQuery(
                        "select o.id from CollectionOperation o where o.state = :initiated and o.nextCheckAt <= :now"
                                + " order by o.nextCheckAt",
                        Long.class)
                .setParameter("initiated", CollectionOperation.State.INITIATED)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** UNKNOWN follow-ups whose check is due by {@code now}, the earliest first. */
    public List<DueCheck> dueChecks(OffsetDateTime now, int limit) {
        return em
                .createQuery(
                        "select o.id, o.nextCheckAt from CollectionOperation o where o.state = :unknown"
                                + " and o.nextCheckAt <= :now order by o.nextCheckAt",
                        Object[].class)
                .setParameter("unknown", CollectionOperation.State.UNKNOWN)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(r -> new DueCheck((Long) r[0], (OffsetDateTime) r[1]))
                .toList();
    }

    /** Moves a due check to {@code until} with a compare-and-set on its due time: true for one claimer only. */
    public boolean claimCheck(DueCheck check, OffsetDateTime until) {
        return em.createNativeQuery("update collection_operation set next_check_at = ?1"
                                + " where id = ?2 and next_check_at = ?3")
                        .setParameter(1, until)
                        .setParameter(2, check.id())
                        .setParameter(3, check.dueAt())
                        .executeUpdate()
                == 1;
    }

    public Optional<CollectionOperation> byIdempotencyKey(String actor, String key) {
        return em.createQuery(
                        "select o from CollectionOperation o where o.createdBy = :a and o.idempotencyKey = :k",
                        CollectionOperation.class)
                .setParameter("a", actor)
                .setParameter("k", key)
                .getResultStream()
                .findFirst();
    }

    /** The collection's follow-ups, oldest first. */
    public List<CollectionOperation> ofCollection(long collectionId) {
        return em.createQuery(
                        "select o from CollectionOperation o where o.collectionId = :c order by o.createdAt, o.id",
                        CollectionOperation.class)
                .setParameter("c", collectionId)
                .getResultList();
    }
}
