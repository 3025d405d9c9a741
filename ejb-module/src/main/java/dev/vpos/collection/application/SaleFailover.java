package dev.vpos.collection.application;

import dev.vpos.collection.domain.Collection;
import dev.vpos.definitions.application.DefinitionService;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.gateway.application.GatewayRegistry;
import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOperation;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.PaymentGateway;
import dev.vpos.shared.domain.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A routed sale whose bank could not be reached at all (NOT_SENT: no connection was made, so the bank cannot have
 * charged) goes once to the next eligible definition routing named. Never after UNKNOWN (the first bank may have
 * charged: a second bank could charge twice) nor DECLINED (that would hide the decline), never for a definition the
 * caller named, never twice. The first attempt stays in the return-code log (NOT_SENT, with the definition it failed
 * over to in its message) and on the collection ({@code failed_over_from}); the bank order id is kept (the first bank
 * never saw it).
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
public class SaleFailover {

    private static final Logger LOG = Logger.getLogger(SaleFailover.class.getName());

    /** The collection moved to the next definition, with what calling it takes. */
    public record Next(Collection collection, VposDefinition definition, PaymentGateway gateway) {}

    @Inject
    DefinitionService definitions;

    @Inject
    GatewayRegistry gateways;

    @Inject
    InteractionLogger interactions;

    @Inject
    CollectionRecorder recorder;

    @Inject
    InFlightDeadline deadline;

    /**
     * After the first call answered {@code first}: the collection moved to {@code fallback} (the NOT_SENT attempt
     * logged), or empty when the rules say no failover — the caller then settles {@code first} as it is.
     */
    public Optional<Next> after(
            Collection collection, GatewayResult first, Optional<VposDefinition> fallback, AuthorizationKind kind) {
        if (first.outcome() != GatewayOutcome.NOT_SENT
                || fallback.isEmpty()
                || collection.getFailedOverFrom() != null
                // the payer agreed to this definition's surcharge; another's plan could charge a different amount
                || collection.surcharge().isPositive()) {
            return Optional.empty();
        }
        // read again: the definition may have been disabled since the route was chosen
        VposDefinition next = definitions.definition(fallback.get().getId());
        Optional<PaymentGateway> gateway = gateways.forFamily(next.getFamily());
        if (!next.isEnabled()
                || gateway.isEmpty()
                || (kind == AuthorizationKind.PRE_AUTH
                        && !gateway.get().operations().contains(GatewayOperation.PRE_AUTH))) {
            return Optional.empty();
        }
        interactions.recordWithMeaning(
                collection, InteractionOperation.of(kind), withNote(first, "failed over to " + next.getCode()));
        Collection moved =
                recorder.failOver(collection.getId(), next.getId(), next.getFamily(), deadline.forCallTo(next));
        LOG.info(() ->
                "Collection " + moved.getReference() + " order " + moved.getBankOrderId() + ": bank of definition "
                        + moved.getFailedOverFrom() + " not reached, failed over to " + next.getCode());
        return Optional.of(new Next(moved, next, gateway.get()));
    }

    /** The result as logged, with the note at the end of its message (ours: no bank answered a NOT_SENT). */
    private static GatewayResult withNote(GatewayResult r, String note) {
        BankExchange x = r.exchange();
        boolean onMessage = r.bankMessage() != null;
        String failure = onMessage ? x.failure() : x.failure() == null ? note : x.failure() + " — " + note;
        return new GatewayResult(
                r.outcome(),
                r.bankCode(),
                onMessage ? r.bankMessage() + " — " + note : null,
                r.authCode(),
                r.hostRefNum(),
                r.transId(),
                r.references(),
                new BankExchange(x.httpStatus(), x.latencyMs(), x.maskedRequest(), x.maskedResponse(), failure));
    }
}
