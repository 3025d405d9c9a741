package dev.vpos.collection.application;

import dev.vpos.collection.domain.Collection;
import dev.vpos.collection.domain.CollectionOperation;
import dev.vpos.collection.domain.CollectionState;
import dev.vpos.definitions.application.DefinitionService;
import dev.vpos.definitions.domain.InstallmentPlan;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.gateway.application.GatewayRegistry;
import dev.vpos.gateway.domain.GatewayOperation;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.domain.PaymentGateway;
import dev.vpos.returncodes.application.ReturnCodeMeaning;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.IllegalTransitionException;
import dev.vpos.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * Asks the bank what happened to a collection's order and, when the collection is UNKNOWN and the bank's answer is
 * definite, settles it: APPROVED (with its batch record), DECLINED, or NOT_SENT when the bank has no such order.
 * The state change takes the row lock and re-checks the state, so two checks (or a check and a janitor on another
 * node) never settle twice. Every inquiry is kept in the return-code log.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
public class BankStatusCheck {

    private static final Logger LOG = Logger.getLogger(BankStatusCheck.class.getName());

    @Inject
    CollectionRecorder recorder;

    @Inject
    java.time.Clock clock;

    @Inject
    DefinitionService definitions;

    @Inject
    GatewayRegistry gateways;

    @Inject
    InteractionLogger interactions;

    @Inject
    FollowUpRecorder followUps;

    @Inject
    OutcomeMeanings meanings;

    @Inject
    BankCalls bankCalls;

    public CollectionView check(String reference, String actor) {
        Collection c = recorder.byReference(reference)
                .orElseThrow(() -> new NotFoundException("collection.notFound", reference));
        VposDefinition d = definitions.definition(c.getDefinitionId());
        PaymentGateway gateway = bankCalls.adapterFor(d);
        GatewayResult answer =
                bankCalls.call(d, "status of " + c.getBankOrderId(), a -> gateway.status(c.getBankOrderId(), a));
        ReturnCodeMeaning meaning = meanings.of(c.getFamily(), answer.outcome(), answer.bankCode());
        interactions.record(c, InteractionOperation.STATUS, answer, meaning);
        if (c.getState() == CollectionState.UNKNOWN && answer.outcome() != GatewayOutcome.UNKNOWN) {
            if (answer.outcome() == GatewayOutcome.NOT_SENT && mayStillArrive(c, d)) {
                LOG.info(() -> "The bank has no order " + c.getBankOrderId() + " yet, but our request may still be"
                        + " on its way: asking again later");
            } else {
                settle(c, d, answer, meaning, actor);
            }
        }
        return meanings.view(recorder.byReference(reference).orElseThrow(), false);
    }

    /**
     * What the bank says about the order now, and its history where the family has such a call; nothing changes.
     * {@code historyItemized} is false when the bank reports totals per kind rather than each transaction.
     */
    public record BankReport(
            String outcome,
            String bankCode,
            String reason,
            String reasonMessage,
            String authCode,
            String hostRefNum,
            boolean historyAnswered,
            boolean historyItemized,
            java.util.List<HistoryLine> history) {}

    /**
     * One transaction in the bank's history of the order: its kind (SALE, PRE_AUTH, CAPTURE, VOID, REFUND, OTHER;
     * {@code type} is the same, for earlier clients), the bank's own type and codes verbatim, the amount in the order's
     * currency, the line's own operation id where the bank keeps one.
     */
    public record HistoryLine(
            String kind,
            String type,
            String bankType,
            String outcome,
            java.math.BigDecimal amount,
            String currency,
            String operationId,
            String bankCode,
            String authCode,
            String hostRefNum,
            String transId,
            java.time.OffsetDateTime at) {

        static HistoryLine of(OrderHistory.Line l) {
            return new HistoryLine(
                    l.kind().name(),
                    l.kind().name(),
                    l.bankType(),
                    l.outcome().name(),
                    l.amount() == null ? null : l.amount().amount(),
                    l.amount() == null ? null : l.amount().currencyCode(),
                    l.operationId(),
                    l.bankCode(),
                    l.authCode(),
                    l.hostRefNum(),
                    l.transId(),
                    l.at());
        }
    }

    public BankReport report(String reference, String language) {
        Collection c = recorder.byReference(reference)
                .orElseThrow(() -> new NotFoundException("collection.notFound", reference));
        VposDefinition d = definitions.definition(c.getDefinitionId());
        PaymentGateway gateway = bankCalls.adapterFor(d);
        GatewayResult answer =
                bankCalls.call(d, "status of " + c.getBankOrderId(), a -> gateway.status(c.getBankOrderId(), a));
        ReturnCodeMeaning meaning = meanings.of(c.getFamily(), answer.outcome(), answer.bankCode());
        interactions.record(c, InteractionOperation.STATUS, answer, meaning);
        OrderHistory history = gateway.operations().contains(GatewayOperation.HISTORY)
                ? bankCalls.exchange(
                        d,
                        "history of " + c.getBankOrderId(),
                        a -> gateway.history(historyInquiry(c), a),
                        failure -> OrderHistory.notAnswered(failure.exchange()))
                : OrderHistory.notAnswered(answer.exchange());
        if (gateway.operations().contains(GatewayOperation.HISTORY)) {
            var x = history.exchange();
            interactions.record(
                    c,
                    InteractionOperation.HISTORY,
                    new GatewayResult(
                            history.answered() ? GatewayOutcome.APPROVED : GatewayOutcome.UNKNOWN,
                            null,
                            history.lines().size() + " transaction(s)",
                            null,
                            null,
                            null,
                            x),
                    history.answered()
                            ? meanings.of(c.getFamily(), GatewayOutcome.APPROVED, "00")
                            : meanings.of(c.getFamily(), GatewayOutcome.UNKNOWN, null));
        }
        return new BankReport(
                answer.outcome().name(),
                answer.bankCode(),
                meaning.reason().name(),
                meaning.message(language),
                answer.authCode(),
                answer.hostRefNum(),
                history.answered(),
                history.itemized(),
                history.lines().stream().map(HistoryLine::of).toList());
    }

    /**
     * The order, its currency and how it was authorised, with the ids of every follow-up we sent for it and the
     * provider's references kept with it.
     */
    HistoryInquiry historyInquiry(Collection c) {
        return new HistoryInquiry(
                c.getBankOrderId(),
                c.money().currency(),
                c.getAuthorizationKind(),
                followUps.ofCollection(c.getId()).stream()
                        .map(CollectionOperation::getOperationId)
                        .toList(),
                c.bankReferences());
    }

    /**
     * "No such order" settles nothing while our request may still be in the bank's queue: a timed-out request can
     * be booked after we gave up on it. Only once twice the deadline (plus a margin) has passed since we sent it is
     * "no such order" taken as "never received".
     */
    private boolean mayStillArrive(Collection c, VposDefinition d) {
        java.time.Duration grace =
                java.time.Duration.ofMillis(2L * d.getReadTimeoutMs()).plusSeconds(5);
        return java.time.OffsetDateTime.now(clock).isBefore(c.getCreatedAt().plus(grace));
    }

    private void settle(Collection c, VposDefinition d, GatewayResult answer, ReturnCodeMeaning meaning, String actor) {
        InstallmentPlan plan = d.plan(c.getInstallments()).orElseGet(() -> {
            LOG.warning(() -> "Definition " + d.getCode() + " no longer offers " + c.getInstallments()
                    + " installments: the batch of " + c.getBankOrderId() + " is recorded without commission");
            return new InstallmentPlan(c.getInstallments(), java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, 0);
        });
        try {
            recorder.settle(
                    c.getId(),
                    OutcomeMeanings.stateFor(answer.outcome()),
                    OutcomeMeanings.verdict(answer, meaning),
                    actor,
                    plan);
        } catch (IllegalTransitionException e) {
            LOG.info(() -> "Collection " + c.getReference() + " was settled meanwhile: " + e.getMessage());
        }
    }
}
