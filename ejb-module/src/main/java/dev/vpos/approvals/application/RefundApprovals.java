package dev.vpos.approvals.application;

import dev.vpos.approvals.domain.RefundApproval;
import dev.vpos.approvals.domain.WaitReason;
import dev.vpos.collection.application.FollowUpCommand;
import dev.vpos.collection.application.FollowUpPlan;
import dev.vpos.collection.application.FollowUpRecorder;
import dev.vpos.collection.application.FollowUpService;
import dev.vpos.collection.application.IdempotencyConflictException;
import dev.vpos.collection.application.OperationView;
import dev.vpos.collection.application.RequestedFollowUp;
import dev.vpos.shared.application.Page;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.Money;
import dev.vpos.shared.domain.RuleViolationException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Four eyes on money going back (issue #13 item 8). A refund, void or cancel that gives money back waits for a second
 * user when the company has a threshold in its currency and either the amount is above it or the requester took the
 * sale; nothing is sent to the bank. A different FINANCE user (neither the requester nor the sale's taker) approves it
 * — the follow-up then runs through {@link FollowUpService} with its own idempotency key, so the bank sees it once —
 * or rejects it. Requests and decisions go to the security audit log.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
public class RefundApprovals {

    private static final Logger AUDIT = Logger.getLogger("dev.vpos.security.audit");
    private static final Set<RequestedFollowUp> GUARDED =
            EnumSet.of(RequestedFollowUp.REFUND, RequestedFollowUp.VOID, RequestedFollowUp.CANCEL);
    private static final int NOTE_MAX = 500;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    FollowUpService followUps;

    @Inject
    FollowUpRecorder operations;

    @Inject
    ApprovalStore store;

    @Inject
    FourEyesSettings settings;

    @Inject
    Clock clock;

    /**
     * A follow-up as a user asked for it: sent at once, or recorded as waiting for a second user. A retry with the same
     * Idempotency-Key answers what the first request came to (the same waiting request, never a second one).
     */
    public FollowUpAnswer request(FollowUpCommand command, String actor) {
        RequestedFollowUp requested = command.requested();
        String key = command.idempotencyKey();
        if (!GUARDED.contains(requested)
                || (key != null && operations.byIdempotencyKey(actor, key).isPresent())) {
            return FollowUpAnswer.sent(followUps.run(command, actor));
        }
        if (key != null) {
            Optional<RefundApproval> earlier = store.byKey(actor, key);
            if (earlier.isPresent()) {
                return FollowUpAnswer.waits(replay(earlier.get(), command, key));
            }
        }
        FollowUpPlan plan = followUps.plan(command);
        Optional<Money> threshold =
                settings.threshold(plan.companyId(), plan.amount().currencyCode());
        List<WaitReason> reasons = reasons(plan, threshold, actor);
        if (reasons.isEmpty()) {
            return FollowUpAnswer.sent(followUps.run(command, actor));
        }
        RefundApproval approval = new RefundApproval(
                new RefundApproval.Request(
                        newReference(),
                        plan.collectionId(),
                        plan.reference(),
                        plan.companyId(),
                        requested.name(),
                        plan.kind(),
                        plan.amount(),
                        reasons,
                        threshold.map(Money::amount).orElse(null),
                        plan.saleTakenBy(),
                        actor,
                        command.channel() == null ? "API" : command.channel(),
                        key,
                        plan.fingerprint()),
                OffsetDateTimes.now(clock));
        try {
            store.record(approval);
        } catch (PersistenceException e) {
            // the same request twice at once: the other one wrote it
            if (key == null) {
                throw e;
            }
            return FollowUpAnswer.waits(replay(store.byKey(actor, key).orElseThrow(() -> e), command, key));
        }
        AUDIT.info(() -> "four eyes: " + actor + " asked for " + requested + " of " + plan.amount() + " on collection "
                + plan.reference() + ", waiting as " + approval.getReference() + " (" + reasons + ")");
        return FollowUpAnswer.waits(ApprovalView.of(approval, false));
    }

    /**
     * A second user approves: the follow-up is sent and its outcome answered. A retry of the same user's approval
     * answers the same follow-up (sent once); anyone else, or after a rejection, is refused (409).
     */
    public ApprovalDecision approve(String reference, String approver) {
        RefundApproval current = store.byReference(reference);
        if (current.getState() == RefundApproval.State.PENDING) {
            requireSecondPerson(current, approver);
            // still possible (nothing refunded meanwhile, the bank still offers it)? else it stays waiting
            followUps.plan(command(current, null, null));
            current = store.change(reference, a -> {
                requirePending(a, approver);
                requireSecondPerson(a, approver);
                a.approve(approver, OffsetDateTimes.now(clock));
            });
            RefundApproval approved = current;
            AUDIT.info(() -> "four eyes: " + approver + " approved " + reference + " (" + approved.getRequested()
                    + " of " + approved.money() + " on collection " + approved.getCollectionReference()
                    + ", asked by " + approved.getRequestedBy() + ")");
        } else if (current.getState() != RefundApproval.State.APPROVED
                || !current.getDecidedBy().equals(approver)) {
            throw decided(current);
        }
        String key = "four-eyes-" + reference;
        OperationView sent;
        try {
            sent = followUps.run(
                    command(
                            current,
                            key,
                            "four eyes " + reference + ": asked by " + current.getRequestedBy() + ", approved by "
                                    + approver),
                    approver);
        } catch (BusinessException refused) {
            if (operations.byIdempotencyKey(approver, key).isEmpty()) {
                // refused before anything went to the bank: not "approved" with nothing behind it — it waits again
                store.change(reference, a -> a.sendRefused(refused.getMessage()));
                AUDIT.info(() -> "four eyes: " + reference + " approved by " + approver
                        + " was refused before the bank (" + refused.getMessage() + "); it waits again");
            }
            throw refused;
        }
        RefundApproval linked = store.change(reference, a -> a.sent(sent.operationId()));
        return new ApprovalDecision(ApprovalView.of(linked, false), sent);
    }

    /** A second user rejects: nothing is sent; the reason is kept. */
    public ApprovalView reject(String reference, String approver, String reason) {
        String note = reason == null ? "" : reason.strip();
        if (note.isEmpty() || note.length() > NOTE_MAX || note.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(FieldError.of("reason", "fourEyes.rejectReason", NOTE_MAX));
        }
        RefundApproval rejected = store.change(reference, a -> {
            requirePending(a, approver);
            requireSecondPerson(a, approver);
            a.reject(approver, note, OffsetDateTimes.now(clock));
        });
        AUDIT.info(() -> "four eyes: " + approver + " rejected " + reference + " (" + rejected.getRequested() + " of "
                + rejected.money() + " on collection " + rejected.getCollectionReference() + ", asked by "
                + rejected.getRequestedBy() + "): " + note);
        return ApprovalView.of(rejected, false);
    }

    public ApprovalView get(String reference) {
        return ApprovalView.of(store.byReference(reference), false);
    }

    /** Newest first; state null = all states; only of {@code companies} (null: every company). */
    public Page<ApprovalView> list(
            RefundApproval.State state,
            Long companyId,
            String collectionReference,
            List<Long> companies,
            int page,
            int size) {
        Page<RefundApproval> rows = store.list(state, companyId, collectionReference, companies, page, size);
        return new Page<>(
                rows.items().stream().map(a -> ApprovalView.of(a, false)).toList(),
                rows.page(),
                rows.size(),
                rows.total());
    }

    static List<WaitReason> reasons(FollowUpPlan plan, Optional<Money> threshold, String actor) {
        List<WaitReason> reasons = new ArrayList<>();
        if (!plan.givesMoneyBack() || threshold.isEmpty()) {
            return reasons;
        }
        if (plan.amount().isGreaterThan(threshold.get())) {
            reasons.add(WaitReason.ABOVE_THRESHOLD);
        }
        if (samePerson(actor, plan.saleTakenBy())) {
            reasons.add(WaitReason.SAME_USER_AS_SALE);
        }
        return reasons;
    }

    private ApprovalView replay(RefundApproval earlier, FollowUpCommand command, String key) {
        if (!earlier.getRequestFingerprint().equals(followUps.fingerprint(command))) {
            throw new IdempotencyConflictException(IdempotencyConflictException.Kind.DIFFERENT_REQUEST, key);
        }
        return ApprovalView.of(earlier, true);
    }

    private static FollowUpCommand command(RefundApproval a, String key, String note) {
        return new FollowUpCommand(
                a.getCollectionReference(),
                RequestedFollowUp.valueOf(a.getRequested()),
                a.money().amount().toPlainString(),
                key,
                a.getChannel(),
                note);
    }

    private static void requirePending(RefundApproval a, String approver) {
        if (a.getState() != RefundApproval.State.PENDING) {
            throw decided(a);
        }
    }

    /** Four eyes are two people: neither the requester nor the user who took the sale decides. */
    private static void requireSecondPerson(RefundApproval a, String approver) {
        if (samePerson(approver, a.getRequestedBy())) {
            throw new RuleViolationException("fourEyes.ownRequest", a.getReference());
        }
        if (samePerson(approver, a.getSaleTakenBy())) {
            throw new RuleViolationException("fourEyes.saleTaker", a.getReference());
        }
    }

    private static RuleViolationException decided(RefundApproval a) {
        return new RuleViolationException(
                "fourEyes.alreadyDecided", a.getReference(), a.getState(), String.valueOf(a.getDecidedBy()));
    }

    /** User names compared as a directory compares them (case does not make another person). */
    private static boolean samePerson(String a, String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }

    private static String newReference() {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        return "FE-" + HexFormat.of().withUpperCase().formatHex(random);
    }
}
