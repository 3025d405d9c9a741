package dev.vpos.collection.infrastructure;

import dev.vpos.collection.domain.Channel;
import dev.vpos.collection.domain.Collection;
import dev.vpos.collection.domain.CollectionState;
import dev.vpos.collection.domain.StateChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The collection aggregate's tables: collection and its history (collection_state_change). Joins the caller's
 * transaction; every lock (PESSIMISTIC_WRITE) holds until that transaction ends.
 */
@ApplicationScoped
public class CollectionRepository {

    /** An UNKNOWN collection whose status check is due, and the due time a claim compares with. */
    public record DueCheck(Long id, String reference, OffsetDateTime dueAt) {}

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    public void add(Collection collection) {
        em.persist(collection);
    }

    public void addStateChange(StateChange change) {
        em.persist(change);
    }

    /** Writes what the transaction changed so far (the INSERTs of a new collection, so its unique key decides). */
    public void flush() {
        em.flush();
    }

    /** Detaches everything read so far in the transaction, so that no later flush compares it with its copy. */
    public void clear() {
        em.clear();
    }

    /** The collection, or null when there is none. */
    public Collection find(long id) {
        return em.find(Collection.class, id);
    }

    /** The collection under its row lock, or null when there is none. */
    public Collection lock(long id) {
        return em.find(Collection.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Reads the row again (after taking its lock: what another transaction committed meanwhile). */
    public void refresh(Collection c) {
        em.refresh(c);
    }

    /** The collection by reference under its row lock; fails when there is none. */
    public Collection lockByReference(String reference) {
        return em.createQuery("select c from Collection c where c.reference = :r", Collection.class)
                .setParameter("r", reference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
    }

    /** Ids of PENDING_3DS collections whose wait ended by {@code now}, the longest waiting first. */
    public List<Long> threeDsWaitOver(OffsetDateTime now, int limit) {
        return em.createQuery(
                        "select c.id from Collection c where c.state = :pending"
                                + " and c.pendingUntil <= :now order by c.pendingUntil",
                        Long.class)
                .setParameter("pending", CollectionState.PENDING_3DS)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Ids of collections still INITIATED after their in-flight deadline. */
    public List<Long> stranded(OffsetDateTime now, int limit) {
        return em.createQuery(
                        "select c.id from Collection c where c.state = :initiated and c.nextStatusCheckAt <= :now"
                                + " order by c.nextStatusCheckAt",
                        Long.class)
                .setParameter("initiated", CollectionState.INITIATED)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** UNKNOWN collections whose status check is due by {@code now}, the earliest first. */
    public List<DueCheck> dueStatusChecks(OffsetDateTime now, int limit) {
        return em
                .createQuery(
                        "select c.id, c.reference, c.nextStatusCheckAt from Collection c"
                                + " where c.state = :unknown and c.nextStatusCheckAt <= :now order by c.nextStatusCheckAt",
                        Object[].class)
                .setParameter("unknown", CollectionState.UNKNOWN)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(r -> new DueCheck((Long) r[0], (String) r[1], (OffsetDateTime) r[2]))
                .toList();
    }

    /**
     * Moves a due check to {@code until} with a compare-and-set on its due time: true only for the one transaction
     * (of any node) that still saw it due at {@code check.dueAt()}.
     */
    public boolean claimStatusCheck(DueCheck check, OffsetDateTime until) {
        return em.createNativeQuery("update collection set next_status_check_at = ?1"
                                + " where id = ?2 and next_status_check_at = ?3")
                        .setParameter(1, until)
                        .setParameter(2, check.id())
                        .setParameter(3, check.dueAt())
                        .executeUpdate()
                == 1;
    }

    /** A collection's history, oldest first. */
    public List<StateChange> history(long collectionId) {
        return em.createQuery(
                        "select s from StateChange s where s.collectionId = :c order by s.occurredAt, s.id",
                        StateChange.class)
                .setParameter("c", collectionId)
                .getResultList();
    }

    /** Whether the collection's history has a move to UNKNOWN. */
    public boolean wentThroughUnknown(long collectionId) {
        return em.createQuery(
                                "select count(s) from StateChange s where s.collectionId = :c and s.toState = :unknown",
                                Long.class)
                        .setParameter("c", collectionId)
                        .setParameter("unknown", CollectionState.UNKNOWN)
                        .getSingleResult()
                > 0;
    }

    /**
     * Other charged (APPROVED or CAPTURED) MOTO collections of the same company, customer, masked card and amount,
     * not already marked duplicates, created within {@code window} of {@code c}, the earliest first.
     */
    public List<Collection> motoTwins(Collection c, Duration window) {
        return em.createQuery(
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
    }

    public Optional<Collection> byIdempotencyKey(String actor, String key) {
        return em.createQuery(
                        "select c from Collection c where c.createdBy = :actor and c.idempotencyKey = :key",
                        Collection.class)
                .setParameter("actor", actor)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /** Collections raised to finance, the oldest first. */
    public List<Collection> needingAttention(int limit) {
        return em.createQuery(
                        "select c from Collection c where c.needsAttention = true order by c.createdAt",
                        Collection.class)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<Collection> ofCheckoutSession(long sessionId) {
        return em.createQuery(
                        "select c from Collection c where c.checkoutSessionId = :s order by c.createdAt, c.id",
                        Collection.class)
                .setParameter("s", sessionId)
                .getResultList();
    }

    public Optional<Collection> byReference(String reference) {
        return em.createQuery("select c from Collection c where c.reference = :r", Collection.class)
                .setParameter("r", reference)
                .getResultStream()
                .findFirst();
    }

    /** The collection a definition's bank knows by {@code bankOrderId}. */
    public Optional<Collection> byBankOrder(long definitionId, String bankOrderId) {
        return em.createQuery(
                        "select c from Collection c where c.definitionId = :d and c.bankOrderId = :o", Collection.class)
                .setParameter("d", definitionId)
                .setParameter("o", bankOrderId)
                .getResultStream()
                .findFirst();
    }

    /** The first collection found with the definition and bank order id (one row read at most). */
    public Optional<Collection> firstByBankOrder(long definitionId, String bankOrderId) {
        return em
                .createQuery(
                        "select c from Collection c where c.definitionId = :d and c.bankOrderId = :o", Collection.class)
                .setParameter("d", definitionId)
                .setParameter("o", bankOrderId)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }
}
