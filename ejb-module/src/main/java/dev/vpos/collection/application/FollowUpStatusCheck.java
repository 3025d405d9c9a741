package dev.vpos.collection.application;

import dev.vpos.collection.domain.Cause;
import dev.vpos.collection.domain.Collection;
import dev.vpos.collection.domain.CollectionOperation;
import dev.vpos.collection.domain.FollowUpEvidence;
import dev.vpos.definitions.application.DefinitionService;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.gateway.application.GatewayRegistry;
import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOperation;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.domain.PaymentGateway;
import dev.vpos.returncodes.application.ReturnCodeMeaning;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.Money;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Settles a follow-up (capture, void, refund) whose answer we never recorded — UNKNOWN after a timeout, or found
 * INITIATED after a crash — from the bank's history of the order ({@link FollowUpEvidence}). Families without a
 * history inquiry cannot be asked: such a follow-up is raised to finance at once. An inconclusive history is asked
 * again on the janitor's schedule and, after the last try, raised to finance. Every inquiry is in the return-code log.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
public class FollowUpStatusCheck {

    private static final Logger LOG = Logger.getLogger(FollowUpStatusCheck.class.getName());

    @Inject
    Clock clock;

    @Inject
    FollowUpRecorder recorder;

    @Inject
    CollectionRecorder collections;

    @Inject
    DefinitionService definitions;

    @Inject
    GatewayRegistry gateways;

    @Inject
    BankStatusCheck statusCheck;

    @Inject
    InteractionLogger interactions;

    @Inject
    OutcomeMeanings meanings;

    @Inject
    BankCalls bankCalls;

    /** Asks the bank about follow-up {@code id} (UNKNOWN) and settles it when its history is definite. */
    public CollectionOperation check(long id, String actor) {
        CollectionOperation op = recorder.byId(id);
        if (op.getState() != CollectionOperation.State.UNKNOWN) {
            return op;
        }
        Collection c = collections.byId(op.getCollectionId());
        Optional<PaymentGateway> gateway = gateways.forFamily(c.getFamily());
        if (gateway.isEmpty() || !gateway.get().operations().contains(GatewayOperation.HISTORY)) {
            LOG.warning(() -> op.getKind() + " " + op.getOperationId() + " of " + c.getReference() + ": "
                    + c.getFamily() + " has no history inquiry; raised to finance");
            return recorder.raiseAttention(id);
        }
        VposDefinition d = definitions.definition(c.getDefinitionId());
        OrderHistory history = bankCalls.exchange(
                d,
                "history of " + c.getBankOrderId(),
                a -> gateway.get().history(statusCheck.historyInquiry(c), a),
                failure -> OrderHistory.notAnswered(failure.exchange()));
        FollowUpEvidence.Finding finding = FollowUpEvidence.judge(
                op.getKind(), op.getOperationId(), op.money(), approvedBefore(op), history, mayStillArrive(op, d));
        GatewayResult asResult = resultOf(finding, history.exchange());
        ReturnCodeMeaning meaning = meanings.of(c.getFamily(), asResult.outcome(), asResult.bankCode());
        long interaction = interactions.record(c, InteractionOperation.HISTORY, asResult, meaning);
        if (finding.kind() == FollowUpEvidence.Kind.UNDECIDED) {
            LOG.info(() -> op.getKind() + " " + op.getOperationId() + " still unknown: " + finding.why());
            return recorder.stillUnknown(id);
        }
        CollectionOperation settled = recorder.settle(
                id,
                stateOf(finding.kind()),
                OutcomeMeanings.verdict(asResult, meaning),
                new Cause(actor, "JANITOR", interaction, "settled from the bank's history: " + finding.why()),
                d.plan(c.getInstallments()).orElse(null));
        LOG.info(() -> op.getKind() + " " + op.getOperationId() + " of " + c.getReference() + " settled as "
                + settled.getState() + ": " + finding.why());
        return settled;
    }

    private List<Money> approvedBefore(CollectionOperation op) {
        return recorder.ofCollection(op.getCollectionId()).stream()
                .filter(o -> !o.getId().equals(op.getId()))
                .filter(o -> o.getKind() == op.getKind())
                .filter(o -> o.getState() == CollectionOperation.State.APPROVED)
                .map(CollectionOperation::money)
                .toList();
    }

    /** As for collections: "not at the bank" is believed only once twice the deadline (plus a margin) has passed. */
    private boolean mayStillArrive(CollectionOperation op, VposDefinition d) {
        Duration grace = Duration.ofMillis(2L * d.getReadTimeoutMs()).plusSeconds(5);
        return OffsetDateTimes.now(clock).isBefore(op.getCreatedAt().plus(grace));
    }

    private static GatewayResult resultOf(FollowUpEvidence.Finding finding, BankExchange exchange) {
        OrderHistory.Line line = finding.line();
        GatewayOutcome outcome = switch (finding.kind()) {
            case BOOKED -> GatewayOutcome.APPROVED;
            case REFUSED -> GatewayOutcome.DECLINED;
            case ABSENT -> GatewayOutcome.NOT_SENT;
            case UNDECIDED -> GatewayOutcome.UNKNOWN;
        };
        if (line == null) {
            return new GatewayResult(outcome, null, finding.why(), null, null, null, exchange);
        }
        return new GatewayResult(
                outcome, line.bankCode(), finding.why(), line.authCode(), line.hostRefNum(), line.transId(), exchange);
    }

    private static CollectionOperation.State stateOf(FollowUpEvidence.Kind kind) {
        return switch (kind) {
            case BOOKED -> CollectionOperation.State.APPROVED;
            case REFUSED -> CollectionOperation.State.DECLINED;
            case ABSENT -> CollectionOperation.State.NOT_SENT;
            case UNDECIDED -> CollectionOperation.State.UNKNOWN;
        };
    }
}
