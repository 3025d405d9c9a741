package dev.vpos.collection.application;

import dev.vpos.collection.domain.Cause;
import dev.vpos.collection.domain.Collection;
import dev.vpos.collection.domain.CollectionOperation;
import dev.vpos.collection.domain.CollectionState;
import dev.vpos.collection.domain.OperationKind;
import dev.vpos.definitions.application.DefinitionService;
import dev.vpos.definitions.domain.InstallmentPlan;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.NotificationKind;
import dev.vpos.returncodes.application.ReturnCodeMeaning;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.IllegalTransitionException;
import dev.vpos.shared.domain.Money;
import dev.vpos.shared.domain.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Applies what a provider's notification says to the collection it is about, only ever forward: a pending or unknown
 * payment becomes approved or declined; an approved one is voided when the provider took it back, or refunded when
 * money went back to the payer. Each move goes through the same recorders (row lock, state machine, ERP effects in
 * the state change's transaction) as the bank's answers do, so an invoice is marked paid exactly once whether the
 * payer's return, the notification, its resend or the janitor gets there first.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
public class ProviderEvents {

    /** The actor of changes a provider's notification made. */
    public static final String ACTOR = "provider-notification";

    private static final Logger LOG = Logger.getLogger(ProviderEvents.class.getName());
    private static final Set<CollectionState> OPEN =
            EnumSet.of(CollectionState.INITIATED, CollectionState.PENDING_3DS, CollectionState.UNKNOWN);
    private static final Set<CollectionState> TAKEN =
            EnumSet.of(CollectionState.APPROVED, CollectionState.CAPTURED, CollectionState.PARTIALLY_REFUNDED);

    /** What applying a notification did. */
    public enum Effect {
        APPLIED,
        NO_CHANGE,
        UNMATCHED,
        MISMATCH,
        DEFERRED
    }

    /**
     * @param collectionState the collection's state after applying (null when unmatched)
     */
    public record Applied(
            Effect effect,
            Long collectionId,
            Long companyId,
            Long customerAccountId,
            CollectionState collectionState,
            String note) {

        static Applied of(Effect effect, Collection c, String note) {
            return new Applied(effect, c.getId(), c.getCompanyId(), c.getCustomerAccountId(), c.getState(), note);
        }
    }

    /**
     * One provider event for the collection a definition's bank knows by {@code bankOrderId}.
     *
     * @param amount         the amount the provider names: paid (approvals) or refunded in all so far (refunds); may be null
     * @param notificationId our id of the stored notification, for the operation id of provider-made follow-ups
     */
    public record Event(
            long definitionId,
            String bankOrderId,
            NotificationKind kind,
            Money amount,
            GatewayResult result,
            String eventId,
            long notificationId) {}

    @Inject
    CollectionRecorder recorder;

    @Inject
    FollowUpRecorder followUps;

    @Inject
    InFlightDeadline deadline;

    @Inject
    DefinitionService definitions;

    @Inject
    InteractionLogger interactions;

    @Inject
    OutcomeMeanings meanings;

    public Applied apply(Event e) {
        Optional<Collection> found =
                e.bankOrderId() == null ? Optional.empty() : recorder.byBankOrder(e.definitionId(), e.bankOrderId());
        if (found.isEmpty()) {
            return new Applied(
                    Effect.UNMATCHED,
                    null,
                    null,
                    null,
                    null,
                    "no collection of this definition has order " + e.bankOrderId());
        }
        Collection c = found.get();
        return switch (e.kind()) {
            case PAYMENT_APPROVED -> approve(c, e);
            case PAYMENT_DECLINED -> decline(c, e, "declined at the provider");
            case PAYMENT_CANCELED ->
                OPEN.contains(c.getState()) ? decline(c, e, "cancelled at the provider") : takeBack(c, e);
            case REFUNDED -> refund(c, e);
            case PAYMENT_PENDING -> Applied.of(Effect.NO_CHANGE, c, "the provider is still working on it");
            case IGNORED -> Applied.of(Effect.NO_CHANGE, c, "event of no interest to collections");
        };
    }

    private Applied approve(Collection c, Event e) {
        if (e.amount() != null && !same(e.amount(), c.money())) {
            return Applied.of(
                    Effect.MISMATCH, c, "provider reports " + e.amount() + ", the collection is " + c.money());
        }
        if (!OPEN.contains(c.getState())) {
            boolean contradicts = c.getState() == CollectionState.DECLINED || c.getState() == CollectionState.NOT_SENT;
            return Applied.of(
                    contradicts ? Effect.MISMATCH : Effect.NO_CHANGE,
                    c,
                    contradicts
                            ? "provider approved a payment recorded as " + c.getState()
                            : "already " + c.getState());
        }
        return settle(c, CollectionState.APPROVED, e, "approval notified by the provider");
    }

    private Applied decline(Collection c, Event e, String note) {
        if (!OPEN.contains(c.getState())) {
            return Applied.of(
                    Effect.NO_CHANGE, c, "already " + c.getState() + "; a later '" + note + "' does not move it back");
        }
        return settle(c, CollectionState.DECLINED, e, note);
    }

    private Applied settle(Collection c, CollectionState next, Event e, String note) {
        GatewayResult result =
                resultOf(e, next == CollectionState.APPROVED ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED);
        ReturnCodeMeaning meaning = meanings.of(c.getFamily(), result.outcome(), result.bankCode());
        long interaction = interactions.record(c, InteractionOperation.NOTIFY, result, meaning);
        VposDefinition d = definitions.definition(c.getDefinitionId());
        InstallmentPlan plan = d.plan(c.getInstallments())
                .orElseGet(() -> new InstallmentPlan(c.getInstallments(), BigDecimal.ZERO, BigDecimal.ZERO, 0));
        try {
            Collection after = recorder.settle(
                    c.getId(),
                    next,
                    OutcomeMeanings.verdict(result, meaning),
                    new Cause(ACTOR, "NOTIFICATION", interaction, note + " (event " + e.eventId() + ")"),
                    plan);
            return Applied.of(Effect.APPLIED, after, note);
        } catch (IllegalTransitionException raced) {
            Collection now = recorder.byId(c.getId());
            return Applied.of(Effect.NO_CHANGE, now, "settled meanwhile: " + now.getState());
        }
    }

    /** The provider reversed an approval (myPOS rollback, Stripe cancel, 2Checkout CANCELED/REVERSED). */
    private Applied takeBack(Collection c, Event e) {
        if (!c.getState().canMoveTo(CollectionState.VOIDED) || c.refunded().isPositive()) {
            return Applied.of(Effect.NO_CHANGE, c, "already " + c.getState());
        }
        return followUp(c, e, OperationKind.VOID, c.money(), "reversed at the provider");
    }

    /** Money went back to the payer at the provider; {@code amount} is what has been refunded in all so far. */
    private Applied refund(Collection c, Event e) {
        if (OPEN.contains(c.getState())) {
            return Applied.of(
                    Effect.DEFERRED, c, "a refund for a payment still " + c.getState() + ": tried again later");
        }
        if (!TAKEN.contains(c.getState()) && c.getState() != CollectionState.REFUNDED) {
            return Applied.of(Effect.NO_CHANGE, c, "already " + c.getState());
        }
        Money total = e.amount() == null ? c.captured() : e.amount();
        if (!total.currency().equals(c.money().currency())) {
            return Applied.of(
                    Effect.MISMATCH,
                    c,
                    "refund in " + total.currencyCode() + " of a " + c.money().currencyCode() + " payment");
        }
        if (total.isGreaterThan(c.captured())) {
            return Applied.of(
                    Effect.MISMATCH,
                    c,
                    "provider reports " + total + " refunded, more than the " + c.captured() + " taken");
        }
        if (!total.isGreaterThan(c.refunded())) {
            return Applied.of(Effect.NO_CHANGE, c, "refunds of " + c.refunded() + " already recorded");
        }
        return followUp(c, e, OperationKind.REFUND, total.minus(c.refunded()), "refunded at the provider");
    }

    private Applied followUp(Collection c, Event e, OperationKind kind, Money amount, String note) {
        GatewayResult result = resultOf(e, GatewayOutcome.APPROVED);
        ReturnCodeMeaning meaning = meanings.of(c.getFamily(), result.outcome(), result.bankCode());
        long interaction = interactions.record(c, InteractionOperation.notified(kind), result, meaning);
        CollectionOperation op;
        try {
            // a refund's amount is what the provider refunded beyond what we had recorded when we read the
            // collection: refused if our own refund (the one the provider is telling us about) was recorded since
            op = followUps.open(
                    c.getId(),
                    kind,
                    "PN" + e.notificationId(),
                    amount,
                    null,
                    RequestFingerprint.ofFollowUp(
                            c.getReference(), kind.name(), amount.amount().toPlainString()),
                    ACTOR,
                    kind == OperationKind.REFUND ? c.refunded() : null,
                    deadline.forCallTo(definitions.definition(c.getDefinitionId())));
        } catch (RuleViolationException inFlight) {
            LOG.info(() -> "Provider " + kind + " for " + c.getReference() + " waits: " + inFlight.getMessage());
            return Applied.of(Effect.DEFERRED, c, "another follow-up is in flight: tried again later");
        }
        InstallmentPlan plan = definitions
                .definition(c.getDefinitionId())
                .plan(c.getInstallments())
                .orElse(null);
        followUps.settle(
                op.getId(),
                CollectionOperation.State.APPROVED,
                OutcomeMeanings.verdict(result, meaning),
                new Cause(ACTOR, "NOTIFICATION", interaction, note + " (event " + e.eventId() + ")"),
                plan);
        return Applied.of(Effect.APPLIED, recorder.byId(c.getId()), note);
    }

    private static boolean same(Money a, Money b) {
        return a.currency().equals(b.currency()) && a.amount().compareTo(b.amount()) == 0;
    }

    private static GatewayResult resultOf(Event e, GatewayOutcome fallback) {
        GatewayResult r = e.result();
        if (r != null && r.outcome() == fallback) {
            return r;
        }
        var exchange = r == null ? new dev.vpos.gateway.domain.BankExchange(null, 0, null, null, null) : r.exchange();
        return r == null
                ? new GatewayResult(fallback, null, "notified by the provider", null, null, null, exchange)
                : new GatewayResult(
                        fallback,
                        r.bankCode(),
                        r.bankMessage(),
                        r.authCode(),
                        r.hostRefNum(),
                        r.transId(),
                        r.references(),
                        exchange);
    }
}
