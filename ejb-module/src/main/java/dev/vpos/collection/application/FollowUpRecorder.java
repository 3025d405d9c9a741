package dev.vpos.collection.application;

import dev.vpos.collection.domain.BankVerdict;
import dev.vpos.collection.domain.Cause;
import dev.vpos.collection.domain.Collection;
import dev.vpos.collection.domain.CollectionOperation;
import dev.vpos.collection.domain.OperationKind;
import dev.vpos.collection.domain.SettlementCutoff;
import dev.vpos.collection.infrastructure.CollectionOperationRepository;
import dev.vpos.collection.infrastructure.CollectionRepository;
import dev.vpos.collection.infrastructure.SettlementCutoffRepository;
import dev.vpos.definitions.domain.InstallmentPlan;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.Money;
import dev.vpos.shared.domain.RuleViolationException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    CollectionRepository collections;

    @Inject
    CollectionOperationRepository operations;

    @Inject
    SettlementCutoffRepository cutoffs;

    @Inject
    Clock clock;

    @Inject
    ErpEffects effects;

    @Inject
    JanitorSchedule schedule;

    /**
     * Writes the operation INITIATED under a lock on the collection, after checking again (now that nobody else can
     * change it) that it is allowed and that no other follow-up of the collection is still in flight or unknown.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public CollectionOperation open(
            long collectionId,
            OperationKind kind,
            String operationId,
            Money amount,
            String key,
            String fingerprint,
            String actor,
            OffsetDateTime answerBy) {
        return open(collectionId, kind, operationId, amount, key, fingerprint, actor, null, answerBy);
    }

    /**
     * As {@link #open(long, OperationKind, String, Money, String, String, String, OffsetDateTime)}, for an amount computed from what
     * the collection had refunded when it was read ({@code refundedSeen}): if another refund was recorded since, the
     * amount is stale and the operation is refused like one in flight (its caller tries again with fresh figures).
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public CollectionOperation open(
            long collectionId,
            OperationKind kind,
            String operationId,
            Money amount,
            String key,
            String fingerprint,
            String actor,
            Money refundedSeen,
            OffsetDateTime answerBy) {
        Collection c = collections.lock(collectionId);
        if (refundedSeen != null && c.refunded().amount().compareTo(refundedSeen.amount()) != 0) {
            throw new RuleViolationException("followUp.inFlight", c.getReference());
        }
        long pending = operations.openOf(collectionId);
        if (pending > 0) {
            throw new RuleViolationException("followUp.inFlight", c.getReference());
        }
        FollowUpRules.check(c, kind, amount);
        CollectionOperation op = new CollectionOperation(
                collectionId, kind, operationId, amount, key, fingerprint, actor, OffsetDateTimes.now(clock));
        op.checkAt(answerBy);
        operations.addNow(op);
        return op;
    }

    /**
     * Records the bank's answer. An approval moves the collection (captured, voided, refunded) and its ERP effects in
     * the same transaction; an unknown outcome is asked about by the janitor on its schedule (and raised to finance
     * when the bank cannot tell).
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public CollectionOperation settle(
            long operationId,
            CollectionOperation.State outcome,
            BankVerdict verdict,
            Cause cause,
            InstallmentPlan plan) {
        CollectionOperation op = operations.lock(operationId);
        Collection c = collections.lock(op.getCollectionId());
        OffsetDateTime now = OffsetDateTimes.now(clock);
        op.settle(outcome, verdict, now);
        if (outcome == CollectionOperation.State.UNKNOWN) {
            op.checkAt(schedule.firstCheck(now));
        }
        if (outcome != CollectionOperation.State.APPROVED) {
            return op;
        }
        Money takenBefore = c.captured().minus(c.refunded());
        collections.addStateChange(c.applyFollowUp(op.getKind(), op.money(), cause, now));
        switch (op.getKind()) {
            case CAPTURE -> effects.collected(c, op.money(), plan, op.getId(), now);
            case VOID -> effects.voided(c, takenBefore, now);
            case REFUND -> effects.refunded(c, op, now);
        }
        return op;
    }

    /** Follow-ups still INITIATED after their in-flight deadline: the request that wrote them died with its node. */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public List<Long> stranded(int limit) {
        return operations.stranded(OffsetDateTimes.now(clock), limit);
    }

    /**
     * Claims up to {@code limit} UNKNOWN follow-ups whose status check is due, for this node alone: each claim moves
     * the due time by a lease with a compare-and-set, so another node's janitor skips them.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public List<Long> claimDueChecks(int limit, java.time.Duration lease) {
        OffsetDateTime now = OffsetDateTimes.now(clock);
        List<Long> claimed = new java.util.ArrayList<>();
        for (CollectionOperationRepository.DueCheck due : operations.dueChecks(now, limit)) {
            if (operations.claimCheck(due, now.plus(lease))) {
                claimed.add(due.id());
            }
        }
        return claimed;
    }

    /**
     * A follow-up found INITIATED after its in-flight deadline becomes UNKNOWN ("found in flight after a restart"),
     * due for a check at once; under the row lock, so a late answer of a live call and the janitor never both settle.
     *
     * @return whether it was moved
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public boolean foundInFlight(long id) {
        CollectionOperation op = operations.lock(id);
        operations.refresh(op);
        OffsetDateTime now = OffsetDateTimes.now(clock);
        if (!op.isStrandedAt(now)) {
            return false;
        }
        op.settle(
                CollectionOperation.State.UNKNOWN,
                new BankVerdict(
                        null,
                        "OUTCOME_UNKNOWN",
                        "found in flight after a restart: the bank's answer was never recorded",
                        null,
                        null,
                        null),
                now);
        op.checkAt(now);
        return true;
    }

    /**
     * The bank's history did not settle the follow-up: the next check on the janitor's schedule, or, after the last,
     * raised to finance with its collection.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public CollectionOperation stillUnknown(long id) {
        CollectionOperation op = operations.lock(id);
        if (op.getState() != CollectionOperation.State.UNKNOWN) {
            return op;
        }
        OffsetDateTime now = OffsetDateTimes.now(clock);
        op.stillUnknown(schedule.nextCheck(op.getStatusChecks() + 1, now), now);
        if (op.isNeedsAttention()) {
            collections.lock(op.getCollectionId()).raiseAttention(now);
        }
        return op;
    }

    /** The bank cannot be asked about the follow-up (no history inquiry): raised to finance at once. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public CollectionOperation raiseAttention(long id) {
        CollectionOperation op = operations.lock(id);
        if (op.getState() == CollectionOperation.State.UNKNOWN) {
            OffsetDateTime now = OffsetDateTimes.now(clock);
            op.raiseAttention(now);
            collections.lock(op.getCollectionId()).raiseAttention(now);
        }
        return op;
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public CollectionOperation byId(long id) {
        return operations.find(id);
    }

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public Optional<CollectionOperation> byIdempotencyKey(String actor, String key) {
        return operations.byIdempotencyKey(actor, key);
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public List<CollectionOperation> ofCollection(long collectionId) {
        return operations.ofCollection(collectionId);
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public SettlementCutoff cutoff(GatewayFamily family) {
        return cutoffs.find(family)
                .orElseGet(() -> new SettlementCutoff(family, LocalTime.of(23, 0), ZoneId.of("Europe/Istanbul"), null));
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public List<SettlementCutoff> cutoffs() {
        return cutoffs.all();
    }

    /** Changes a family's cut-off (an admin's decision, from the bank's contract). */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public SettlementCutoff changeCutoff(GatewayFamily family, LocalTime cutoff, ZoneId zone, String note) {
        SettlementCutoff existing = cutoffs.lock(family);
        if (existing == null) {
            existing = new SettlementCutoff(family, cutoff, zone, note);
            cutoffs.add(existing);
        } else {
            existing.change(cutoff, zone, note);
        }
        return existing;
    }
}
