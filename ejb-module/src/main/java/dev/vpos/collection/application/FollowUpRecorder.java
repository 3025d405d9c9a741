package dev.vpos.collection.application;

import dev.vpos.collection.domain.BankVerdict;
import dev.vpos.collection.domain.Cause;
import dev.vpos.collection.domain.Collection;
import dev.vpos.collection.domain.CollectionOperation;
import dev.vpos.collection.domain.OperationKind;
import dev.vpos.collection.domain.SettlementCutoff;
import dev.vpos.definitions.domain.InstallmentPlan;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.shared.domain.Money;
import dev.vpos.shared.domain.RuleViolationException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The writes of captures, voids and refunds, each in its own short transaction around the bank call. */
@ApplicationScoped
public class FollowUpRecorder {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ErpEffects effects;

    /**
     * Writes the operation INITIATED under a lock on the collection, after checking again (now that nobody else can
     * change it) that it is allowed and that no other follow-up of the collection is still in flight or unknown.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CollectionOperation open(
            long collectionId,
            OperationKind kind,
            String operationId,
            Money amount,
            String key,
            String fingerprint,
            String actor) {
        return open(collectionId, kind, operationId, amount, key, fingerprint, actor, null);
    }

    /**
     * As {@link #open(long, OperationKind, String, Money, String, String, String)}, for an amount computed from what
     * the collection had refunded when it was read ({@code refundedSeen}): if another refund was recorded since, the
     * amount is stale and the operation is refused like one in flight (its caller tries again with fresh figures).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CollectionOperation open(
            long collectionId,
            OperationKind kind,
            String operationId,
            Money amount,
            String key,
            String fingerprint,
            String actor,
            Money refundedSeen) {
        Collection c = em.find(Collection.class, collectionId, LockModeType.PESSIMISTIC_WRITE);
        if (refundedSeen != null && c.refunded().amount().compareTo(refundedSeen.amount()) != 0) {
            throw new RuleViolationException("followUp.inFlight", c.getReference());
        }
        long pending = em.createQuery(
                        "select count(o) from CollectionOperation o where o.collectionId = :c"
                                + " and o.state in :open",
                        Long.class)
                .setParameter("c", collectionId)
                .setParameter("open", List.of(CollectionOperation.State.INITIATED, CollectionOperation.State.UNKNOWN))
                .getSingleResult();
        if (pending > 0) {
            throw new RuleViolationException("followUp.inFlight", c.getReference());
        }
        FollowUpRules.check(c, kind, amount);
        CollectionOperation op = new CollectionOperation(
                collectionId, kind, operationId, amount, key, fingerprint, actor, OffsetDateTimes.now(clock));
        em.persist(op);
        em.flush();
        return op;
    }

    /**
     * Records the bank's answer. An approval moves the collection (captured, voided, refunded) and its ERP effects in
     * the same transaction; an unknown outcome raises the collection to finance.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CollectionOperation settle(
            long operationId,
            CollectionOperation.State outcome,
            BankVerdict verdict,
            Cause cause,
            InstallmentPlan plan) {
        CollectionOperation op = em.find(CollectionOperation.class, operationId, LockModeType.PESSIMISTIC_WRITE);
        Collection c = em.find(Collection.class, op.getCollectionId(), LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = OffsetDateTimes.now(clock);
        op.settle(outcome, verdict, now);
        if (outcome == CollectionOperation.State.UNKNOWN) {
            c.raiseAttention(now);
        }
        if (outcome != CollectionOperation.State.APPROVED) {
            return op;
        }
        Money takenBefore = c.captured().minus(c.refunded());
        em.persist(c.applyFollowUp(op.getKind(), op.money(), cause, now));
        switch (op.getKind()) {
            case CAPTURE -> effects.collected(c, op.money(), plan, op.getId(), now);
            case VOID -> effects.voided(c, takenBefore, now);
            case REFUND -> effects.refunded(c, op, now);
        }
        return op;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<CollectionOperation> byIdempotencyKey(String actor, String key) {
        return em.createQuery(
                        "select o from CollectionOperation o where o.createdBy = :a and o.idempotencyKey = :k",
                        CollectionOperation.class)
                .setParameter("a", actor)
                .setParameter("k", key)
                .getResultStream()
                .findFirst();
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public List<CollectionOperation> ofCollection(long collectionId) {
        return em.createQuery(
                        "select o from CollectionOperation o where o.collectionId = :c order by o.createdAt, o.id",
                        CollectionOperation.class)
                .setParameter("c", collectionId)
                .getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public SettlementCutoff cutoff(GatewayFamily family) {
        return Optional.ofNullable(em.find(SettlementCutoff.class, family))
                .orElseGet(() -> new SettlementCutoff(family, LocalTime.of(23, 0), ZoneId.of("Europe/Istanbul"), null));
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public List<SettlementCutoff> cutoffs() {
        return em.createQuery("select s from SettlementCutoff s order by s.family", SettlementCutoff.class)
                .getResultList();
    }

    /** Changes a family's cut-off (an admin's decision, from the bank's contract). */
    @Transactional(Transactional.TxType.REQUIRED)
    public SettlementCutoff changeCutoff(GatewayFamily family, LocalTime cutoff, ZoneId zone, String note) {
        SettlementCutoff existing = em.find(SettlementCutoff.class, family, LockModeType.PESSIMISTIC_WRITE);
        if (existing == null) {
            existing = new SettlementCutoff(family, cutoff, zone, note);
            em.persist(existing);
        } else {
            existing.change(cutoff, zone, note);
        }
        return existing;
    }
}
