package dev.vpos.collection.application;

import dev.vpos.collection.domain.BankVerdict;
import dev.vpos.collection.domain.Cause;
import dev.vpos.collection.domain.Collection;
import dev.vpos.collection.domain.CollectionDraft;
import dev.vpos.collection.domain.CollectionState;
import dev.vpos.collection.domain.StateChange;
import dev.vpos.definitions.application.TestApprovals;
import dev.vpos.definitions.domain.InstallmentPlan;
import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.infrastructure.metrics.Meters;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The collection's writes, each in its own short transaction, so that no transaction spans a bank call. */
@ApplicationScoped
public class CollectionRecorder {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ErpEffects effects;

    @Inject
    JanitorSchedule schedule;

    @Inject
    DuplicateApprovals duplicates;

    @Inject
    TestApprovals testApprovals;

    @Inject
    Meters meters;

    /**
     * Writes the collection INITIATED (and its first history row) before any bank call, with the time by which that
     * call must have ended: still INITIATED after {@code answerBy}, it was left by a crash. Joins the caller's
     * transaction (a sale's {@link SaleOpening}), which must commit before the bank is called; without one, its own.
     */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Collection open(CollectionDraft draft, OffsetDateTime answerBy) {
        Collection collection = new Collection(draft, OffsetDateTimes.now(clock));
        collection.expectAnswerBy(answerBy);
        // Both ids are taken from their sequences before the first INSERT: once the collection row is inserted, its
        // unique idempotency key holds a lock that concurrent duplicates wait on (each holding a pooled connection);
        // a sequence fetch after that point could need a connection the waiters have taken.
        em.persist(collection);
        em.persist(collection.initialStateChange());
        em.flush();
        return collection;
    }

    /**
     * Moves the collection to its outcome under a row lock; an approval creates its batch record in the same
     * transaction, so the two exist together or not at all.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public Collection settle(
            long collectionId, CollectionState next, BankVerdict verdict, String actor, InstallmentPlan plan) {
        Collection c = em.find(Collection.class, collectionId);
        return settle(
                collectionId, next, verdict, new Cause(actor, c.getChannel().name(), null, null), plan);
    }

    /**
     * Moves the collection to its outcome under a row lock. An approved sale creates its batch record, marks the
     * ERP document paid and fires the event in the same transaction, so they exist together or not at all; an
     * approved pre-authorisation only fires the event (the money moves at capture).
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public Collection settle(
            long collectionId, CollectionState next, BankVerdict verdict, Cause cause, InstallmentPlan plan) {
        Collection c = em.find(Collection.class, collectionId, LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = OffsetDateTimes.now(clock);
        em.persist(c.moveTo(next, verdict, cause, now));
        meters.count(
                "vpos_collections",
                "family",
                c.getFamily().name(),
                "channel",
                c.getChannel().name(),
                "outcome",
                next.name());
        if (next == CollectionState.UNKNOWN) {
            c.scheduleStatusCheck(schedule.firstCheck(now));
        }
        if (next == CollectionState.APPROVED) {
            duplicates.raiseIfRepeated(c, now).ifPresent(em::persist);
            if (c.getAuthorizationKind() == AuthorizationKind.SALE) {
                effects.collected(c, c.money(), plan, null, now);
            } else {
                effects.authorized(c, now);
            }
            // the first approval in TEST unlocks enabling the definition in LIVE
            testApprovals.approvedThrough(c.getDefinitionId(), now);
        }
        return c;
    }

    /** The payer goes to the bank's 3-D page; the collection waits in PENDING_3DS until {@code until}. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public Collection awaitThreeDs(long collectionId, OffsetDateTime until, Cause cause) {
        Collection c = em.find(Collection.class, collectionId, LockModeType.PESSIMISTIC_WRITE);
        em.persist(c.awaitThreeDs(until, cause, OffsetDateTimes.now(clock)));
        return c;
    }

    /**
     * 3-D payments whose payer never came back from the bank by their waiting time: they become UNKNOWN (the payer
     * may have paid at the bank), so that the status checks ask the bank. Each under its own row lock and re-check.
     *
     * @return how many were moved
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public int expireAbandonedThreeDs(int limit, String actor) {
        OffsetDateTime now = OffsetDateTimes.now(clock);
        List<Long> due = em.createQuery(
                        "select c.id from Collection c where c.state = :pending"
                                + " and c.pendingUntil <= :now order by c.pendingUntil",
                        Long.class)
                .setParameter("pending", CollectionState.PENDING_3DS)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
        int moved = 0;
        for (Long id : due) {
            Collection c = em.find(Collection.class, id, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(c);
            if (c.getState() == CollectionState.PENDING_3DS
                    && !c.getPendingUntil().isAfter(now)) {
                em.persist(c.moveTo(
                        CollectionState.UNKNOWN,
                        new BankVerdict(
                                null,
                                "OUTCOME_UNKNOWN",
                                "the payer did not come back from the bank's 3-D page in time",
                                null,
                                null,
                                null),
                        new Cause(actor, "JANITOR", null, "3-D wait over"),
                        now));
                c.scheduleStatusCheck(now);
                moved++;
            }
        }
        return moved;
    }

    /**
     * Collections still INITIATED after their in-flight deadline: the request that wrote them died with its node (or
     * its database connection) before it could record the bank's answer.
     */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public List<Long> stranded(int limit) {
        return em.createQuery(
                        "select c.id from Collection c where c.state = :initiated and c.nextStatusCheckAt <= :now"
                                + " order by c.nextStatusCheckAt",
                        Long.class)
                .setParameter("initiated", CollectionState.INITIATED)
                .setParameter("now", OffsetDateTimes.now(clock))
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * A collection found INITIATED after its in-flight deadline becomes UNKNOWN ("found in flight after a restart")
     * and its status check is due at once; under the row lock, so that a late answer of a live call and the janitor,
     * or two nodes, never both move it. The bank is asked by the janitor (or by finance), with the rule that "no such
     * order" means NOT_SENT only once the request cannot still be on its way.
     *
     * @return whether it was moved
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public boolean foundInFlight(long collectionId, String actor) {
        Collection c = em.find(Collection.class, collectionId, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(c);
        OffsetDateTime now = OffsetDateTimes.now(clock);
        if (!c.isStrandedAt(now)) {
            return false;
        }
        em.persist(c.moveTo(
                CollectionState.UNKNOWN,
                new BankVerdict(
                        null,
                        "OUTCOME_UNKNOWN",
                        "found in flight after a restart: the bank's answer was never recorded",
                        null,
                        null,
                        null),
                new Cause(actor, "JANITOR", null, "found in flight after a restart"),
                now));
        c.scheduleStatusCheck(now);
        return true;
    }

    /** Finance has dealt with what the collection was raised for (a repeated charge, an unsettled follow-up). */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public Collection dismissAttention(long collectionId) {
        Collection c = em.find(Collection.class, collectionId, LockModeType.PESSIMISTIC_WRITE);
        c.dismissAttention(OffsetDateTimes.now(clock));
        return c;
    }

    /** The history of a collection, oldest first. */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public List<StateChange> history(long collectionId) {
        return em.createQuery(
                        "select s from StateChange s where s.collectionId = :c order by s.occurredAt, s.id",
                        StateChange.class)
                .setParameter("c", collectionId)
                .getResultList();
    }

    /** Records an inconclusive status check: the next try, or "needs attention" after the last one. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public void statusStillUnknown(String reference) {
        Collection c = em.createQuery("select c from Collection c where c.reference = :r", Collection.class)
                .setParameter("r", reference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
        if (c.getState() == CollectionState.UNKNOWN) {
            OffsetDateTime now = OffsetDateTimes.now(clock);
            c.statusStillUnknown(schedule.nextCheck(c.getStatusChecks() + 1, now), now);
        }
    }

    /**
     * Claims up to {@code limit} UNKNOWN collections whose status check is due, for this node alone: each claim
     * moves the due time by a lease with a compare-and-set, so another node's janitor skips them.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public List<String> claimDueStatusChecks(int limit, java.time.Duration lease) {
        OffsetDateTime now = OffsetDateTimes.now(clock);
        List<Object[]> due = em.createQuery(
                        "select c.id, c.reference, c.nextStatusCheckAt from Collection c"
                                + " where c.state = :unknown and c.nextStatusCheckAt <= :now order by c.nextStatusCheckAt",
                        Object[].class)
                .setParameter("unknown", CollectionState.UNKNOWN)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
        List<String> claimed = new java.util.ArrayList<>();
        for (Object[] row : due) {
            int won = em.createNativeQuery("update collection set next_status_check_at = ?1"
                            + " where id = ?2 and next_status_check_at = ?3")
                    .setParameter(1, now.plus(lease))
                    .setParameter(2, row[0])
                    .setParameter(3, row[2])
                    .executeUpdate();
            if (won == 1) {
                claimed.add((String) row[1]);
            }
        }
        return claimed;
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Optional<Collection> byIdempotencyKey(String actor, String key) {
        return em.createQuery(
                        "select c from Collection c where c.createdBy = :actor and c.idempotencyKey = :key",
                        Collection.class)
                .setParameter("actor", actor)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /**
     * What finance must settle with the bank or the customer: UNKNOWN collections the janitor gave up on, approvals
     * that repeat an earlier charge, collections with a follow-up whose outcome the bank could not tell.
     */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public List<Collection> needingAttention(int limit) {
        return em.createQuery(
                        "select c from Collection c where c.needsAttention = true order by c.createdAt",
                        Collection.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public List<Collection> ofCheckoutSession(long sessionId) {
        return em.createQuery(
                        "select c from Collection c where c.checkoutSessionId = :s order by c.createdAt, c.id",
                        Collection.class)
                .setParameter("s", sessionId)
                .getResultList();
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Collection byId(long id) {
        return em.find(Collection.class, id);
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Optional<Collection> byReference(String reference) {
        return em.createQuery("select c from Collection c where c.reference = :r", Collection.class)
                .setParameter("r", reference)
                .getResultStream()
                .findFirst();
    }

    /** The collection a definition's bank knows by {@code bankOrderId}. */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Optional<Collection> byBankOrder(long definitionId, String bankOrderId) {
        return em.createQuery(
                        "select c from Collection c where c.definitionId = :d and c.bankOrderId = :o", Collection.class)
                .setParameter("d", definitionId)
                .setParameter("o", bankOrderId)
                .getResultStream()
                .findFirst();
    }
}
