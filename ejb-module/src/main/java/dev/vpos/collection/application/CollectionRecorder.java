package dev.vpos.collection.application;

import dev.vpos.collection.domain.BankVerdict;
import dev.vpos.collection.domain.Cause;
import dev.vpos.collection.domain.Collection;
import dev.vpos.collection.domain.CollectionDraft;
import dev.vpos.collection.domain.CollectionState;
import dev.vpos.collection.domain.StateChange;
import dev.vpos.collection.infrastructure.CollectionRepository;
import dev.vpos.definitions.application.TestApprovals;
import dev.vpos.definitions.domain.InstallmentPlan;
import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.infrastructure.metrics.Meters;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The collection's writes, each in its own short transaction, so that no transaction spans a bank call. */
@ApplicationScoped
public class CollectionRecorder {

    @Inject
    CollectionRepository collections;

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
        return open(draft, answerBy, null, null);
    }

    /** {@link #open(CollectionDraft, OffsetDateTime)} with why routing chose the definition. */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Collection open(CollectionDraft draft, OffsetDateTime answerBy, String routeReason, String routeDetail) {
        Collection collection = new Collection(draft, OffsetDateTimes.now(clock));
        collection.routed(routeReason, routeDetail);
        collection.expectAnswerBy(answerBy);
        // Both ids are taken from their sequences before the first INSERT: once the collection row is inserted, its
        // unique idempotency key holds a lock that concurrent duplicates wait on (each holding a pooled connection);
        // a sequence fetch after that point could need a connection the waiters have taken.
        collections.add(collection);
        collections.addStateChange(collection.initialStateChange());
        collections.flush();
        return collection;
    }

    /**
     * The collection, still INITIATED after its first bank answered NOT_SENT, goes to {@code next} (once), with the
     * in-flight deadline of a call to it: from here a crash leaves it for the janitor to ask {@code next}'s bank.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public Collection failOver(
            long collectionId, long next, dev.vpos.gateway.domain.GatewayFamily family, OffsetDateTime answerBy) {
        Collection c = collections.lock(collectionId);
        c.failOver(next, family, answerBy, OffsetDateTimes.now(clock));
        return c;
    }

    /**
     * Moves the collection to its outcome under a row lock; an approval creates its batch record in the same
     * transaction, so the two exist together or not at all.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public Collection settle(
            long collectionId, CollectionState next, BankVerdict verdict, String actor, InstallmentPlan plan) {
        Collection c = collections.find(collectionId);
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
        Collection c = collections.lock(collectionId);
        OffsetDateTime now = OffsetDateTimes.now(clock);
        collections.addStateChange(c.moveTo(next, verdict, cause, now));
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
            duplicates.raiseIfRepeated(c, now).ifPresent(collections::addStateChange);
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
        Collection c = collections.lock(collectionId);
        collections.addStateChange(c.awaitThreeDs(until, cause, OffsetDateTimes.now(clock)));
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
        List<Long> due = collections.threeDsWaitOver(now, limit);
        int moved = 0;
        for (Long id : due) {
            Collection c = collections.lock(id);
            collections.refresh(c);
            if (c.getState() == CollectionState.PENDING_3DS
                    && !c.getPendingUntil().isAfter(now)) {
                collections.addStateChange(c.moveTo(
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
        return collections.stranded(OffsetDateTimes.now(clock), limit);
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
        Collection c = collections.lock(collectionId);
        collections.refresh(c);
        OffsetDateTime now = OffsetDateTimes.now(clock);
        if (!c.isStrandedAt(now)) {
            return false;
        }
        collections.addStateChange(c.moveTo(
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
        Collection c = collections.lock(collectionId);
        c.dismissAttention(OffsetDateTimes.now(clock));
        return c;
    }

    /** The history of a collection, oldest first. */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public List<StateChange> history(long collectionId) {
        return collections.history(collectionId);
    }

    /** Records an inconclusive status check: the next try, or "needs attention" after the last one. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public void statusStillUnknown(String reference) {
        Collection c = collections.lockByReference(reference);
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
        List<String> claimed = new java.util.ArrayList<>();
        for (CollectionRepository.DueCheck due : collections.dueStatusChecks(now, limit)) {
            if (collections.claimStatusCheck(due, now.plus(lease))) {
                claimed.add(due.reference());
            }
        }
        return claimed;
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Optional<Collection> byIdempotencyKey(String actor, String key) {
        return collections.byIdempotencyKey(actor, key);
    }

    /**
     * What finance must settle with the bank or the customer: UNKNOWN collections the janitor gave up on, approvals
     * that repeat an earlier charge, collections with a follow-up whose outcome the bank could not tell.
     */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public List<Collection> needingAttention(int limit) {
        return collections.needingAttention(limit);
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public List<Collection> ofCheckoutSession(long sessionId) {
        return collections.ofCheckoutSession(sessionId);
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Collection byId(long id) {
        return collections.find(id);
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Optional<Collection> byReference(String reference) {
        return collections.byReference(reference);
    }

    /** The collection a definition's bank knows by {@code bankOrderId}. */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Optional<Collection> byBankOrder(long definitionId, String bankOrderId) {
        return collections.byBankOrder(definitionId, bankOrderId);
    }
}
