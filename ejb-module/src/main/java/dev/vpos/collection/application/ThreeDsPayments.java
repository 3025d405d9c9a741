package dev.vpos.collection.application;

import dev.vpos.collection.domain.BankOrderIds;
import dev.vpos.collection.domain.Cause;
import dev.vpos.collection.domain.Collection;
import dev.vpos.collection.domain.CollectionDraft;
import dev.vpos.collection.domain.CollectionState;
import dev.vpos.definitions.application.DefinitionService;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.gateway.application.GatewayRegistry;
import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.PaymentGateway;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsFinish;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.returncodes.application.ReturnCodeMeaning;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.IllegalTransitionException;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import dev.vpos.txlog.application.TransactionLog;
import dev.vpos.txlog.domain.InteractionRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * 3-D Secure payments: begin (write the collection, move it to PENDING_3DS, build the form to the bank's gate) and
 * complete (verify the bank's callback through the family's adapter, then settle). A callback that fails a check
 * changes nothing but the return-code log. A payer who never comes back is left to the janitor: at the end of the
 * waiting time the collection becomes UNKNOWN and the bank is asked.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
public class ThreeDsPayments {

    private static final Logger LOG = Logger.getLogger(ThreeDsPayments.class.getName());
    static final Duration PAYER_WAIT = Duration.ofMinutes(15);

    @Inject
    Clock clock;

    @Inject
    ErpPort erp;

    @Inject
    DefinitionService definitions;

    @Inject
    GatewayRegistry gateways;

    @Inject
    CollectionRecorder recorder;

    @Inject
    InteractionLogger interactions;

    @Inject
    TransactionLog log;

    @Inject
    OutcomeMeanings meanings;

    @Inject
    CardHold cards;

    @Inject
    InFlightDeadline deadline;

    @Inject
    BankCalls bankCalls;

    @Inject
    dev.vpos.routing.application.RoutingService routing;

    /** Begins a 3-D payment on the company's definition for it (whose model must be a 3-D one). */
    public ThreeDsBegin begin(ThreeDsCommand command, String actor) {
        SaleCommand s = command.sale();
        dev.vpos.routing.application.Route route = routeFor(s);
        VposDefinition definition = route.definition();
        PaymentModel model = definition.getPaymentModel();
        if (s.kind() == dev.vpos.gateway.domain.AuthorizationKind.PRE_AUTH
                && gateways.forFamily(definition.getFamily())
                        .map(g -> !g.preAuthorizes(model))
                        .orElse(false)) {
            // a caller's mistake is a 400 before anything is written, as for a non-3D pre-authorisation
            throw new InvalidInputException(
                    List.of(FieldError.of("kind", "sale.preAuthNotOffered", definition.getFamily())));
        }
        ValidSale sale = model == PaymentModel.THREE_D_HOST
                ? SaleValidator.validateWithoutCard(s, clock)
                : SaleValidator.validate(s, clock);
        if (sale.documentId() != null) {
            List<FieldError> errors = new ArrayList<>();
            DocumentChecks.check(
                    erp.document(sale.companyId(), sale.documentId()), sale.customerAccountId(), sale.amount(), errors);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
        String key = s.origin().idempotencyKey();
        String fingerprint = RequestFingerprint.of(sale);
        Collection c = recorder.open(
                new CollectionDraft(
                                UUID.randomUUID().toString(),
                                BankOrderIds.next(clock),
                                sale.companyId(),
                                sale.customerAccountId(),
                                definition.getId(),
                                definition.getFamily(),
                                sale.channel(),
                                sale.amount(),
                                sale.installments(),
                                sale.card() == null ? "-" : sale.card().masked(),
                                sale.card() == null
                                        ? "UNKNOWN"
                                        : sale.card().brand().name(),
                                key,
                                fingerprint,
                                actor,
                                sale.kind(),
                                model,
                                sale.documentId(),
                                command.checkoutSessionId(),
                                sale.holder(),
                                sale.discount())
                        .withSurcharge(Surcharges.of(definition, sale)),
                deadline.forCallTo(definition),
                route.reason().name(),
                route.detail());
        ThreeDsSale threeDsSale = new ThreeDsSale(
                c.getBankOrderId(),
                c.money(),
                sale.installments(),
                sale.card(),
                sale.expiry(),
                sale.cvv(),
                sale.holder(),
                s.origin().clientIp(),
                s.origin().email());
        URI callback = command.callbackBase().resolve(c.getReference());
        ThreeDsStart start = start(
                definition,
                new ThreeDsRequest(
                        threeDsSale,
                        model,
                        sale.kind(),
                        callback,
                        callback,
                        command.language(),
                        command.notifyUrl(definition.getId()),
                        command.cardToken()));
        if (start.isFailure()) {
            GatewayResult failure = start.failure();
            ReturnCodeMeaning meaning = meanings.of(c.getFamily(), failure.outcome(), failure.bankCode());
            long interaction = interactions.record(c, InteractionOperation.THREE_DS_START, failure, meaning);
            Collection settled = recorder.settle(
                    c.getId(),
                    OutcomeMeanings.stateFor(failure.outcome()),
                    OutcomeMeanings.verdict(failure, meaning),
                    Cause.of(actor, sale.channel().name(), interaction),
                    definition.plan(sale.installments()).orElse(null));
            return new ThreeDsBegin(meanings.view(settled, false), start);
        }
        long interaction = interactions.record(
                c,
                InteractionOperation.THREE_DS_START,
                new GatewayResult(
                        GatewayOutcome.UNKNOWN,
                        null,
                        "payer sent to the bank's 3-D page",
                        null,
                        null,
                        null,
                        start.exchange()),
                dev.vpos.returncodes.application.ReturnCodeCatalog.outcomeUnknown());
        Collection pending = recorder.awaitThreeDs(
                c.getId(),
                OffsetDateTimes.now(clock).plus(PAYER_WAIT),
                new Cause(actor, sale.channel().name(), interaction, "payer sent to the bank's 3-D page"));
        if (sale.card() != null) {
            cards.hold(c.getReference(), threeDsSale);
        }
        return new ThreeDsBegin(meanings.view(pending, false), start);
    }

    /** The bank posted the payer back to our callback for collection {@code reference}. */
    public ThreeDsOutcome complete(String reference, Map<String, String> posted) {
        Collection c = recorder.byReference(reference)
                .orElseThrow(() -> new NotFoundException("collection.notFound", reference));
        VposDefinition definition = definitions.definition(c.getDefinitionId());
        Optional<PaymentGateway> gateway = gateways.forFamily(c.getFamily());
        if (c.getState().isSettled() && c.getPaymentModel() == PaymentModel.THREE_D_HOST) {
            // A hosted payment's provider may notify us before the payer's browser comes back: the return finds
            // the payment settled and only shows where it stands; nothing is asked or changed again.
            log.record(new InteractionRecord(
                    c.getId(),
                    c.getCompanyId(),
                    c.getDefinitionId(),
                    c.getFamily(),
                    InteractionOperation.THREE_DS_CALLBACK.logged(),
                    c.getBankOrderId(),
                    GatewayOutcome.UNKNOWN,
                    null,
                    null,
                    "payer came back after the payment was settled (" + c.getState() + ")",
                    null,
                    0,
                    masked(posted),
                    null));
            return new ThreeDsOutcome(meanings.view(c, false), true, null);
        }
        if (c.getState() != CollectionState.PENDING_3DS || gateway.isEmpty()) {
            String why = gateway.isEmpty()
                    ? "no adapter for " + c.getFamily()
                    : "collection is " + c.getState() + ", not waiting for 3-D";
            logRejected(c, why, new BankExchange(null, 0, null, masked(posted), why));
            return new ThreeDsOutcome(meanings.view(c, false), false, why);
        }
        ThreeDsSale expected = cards.take(reference)
                .orElseGet(
                        () -> ThreeDsSale.withoutCard(c.getBankOrderId(), c.money(), c.getInstallments(), null, null));
        ThreeDsFinish finish = bankCalls.exchange(
                definition,
                "3-D callback of " + c.getBankOrderId(),
                a -> gateway.get()
                        .finishThreeDs(
                                new ThreeDsCallback(posted, expected, c.getPaymentModel(), c.getAuthorizationKind()),
                                a),
                failure -> ThreeDsFinish.completed(
                        failure,
                        new BankExchange(
                                null,
                                0,
                                null,
                                masked(posted),
                                failure.exchange().failure())));
        if (!finish.authentic()) {
            String why = finish.rejection();
            logRejected(c, why, finish.callbackLog());
            LOG.warning(() -> "Rejected a 3-D callback for " + reference + ": " + why);
            return new ThreeDsOutcome(meanings.view(c, false), false, why);
        }
        if (finish.continues()) {
            return continuing(c, finish);
        }
        GatewayResult result = finish.result();
        ReturnCodeMeaning meaning = meanings.of(c.getFamily(), result.outcome(), result.bankCode());
        long interaction =
                interactions.record(c, InteractionOperation.threeDs(c.getAuthorizationKind()), result, meaning);
        Collection settled;
        try {
            settled = recorder.settle(
                    c.getId(),
                    OutcomeMeanings.stateFor(result.outcome()) == CollectionState.NOT_SENT
                            ? CollectionState.UNKNOWN
                            : OutcomeMeanings.stateFor(result.outcome()),
                    OutcomeMeanings.verdict(result, meaning),
                    Cause.of("bank", "BANK_CALLBACK", interaction),
                    definition.plan(c.getInstallments()).orElse(null));
        } catch (IllegalTransitionException raced) {
            // a hosted payment's notification (or the janitor) settled it while we were asking the provider:
            // the payer is shown where it stands, nothing is settled twice
            settled = recorder.byId(c.getId());
            Collection now = settled;
            LOG.info(() -> "Collection " + reference + " was settled meanwhile (" + now.getState() + "); the payer's"
                    + " return changes nothing");
        }
        return new ThreeDsOutcome(meanings.view(settled, false), true, null);
    }

    /**
     * The provider wants the payer on one more of its pages (e.g. Stripe's 3-D Secure challenge after our server
     * confirmed the payment): the call is logged, the collection stays PENDING_3DS, the payer is sent on.
     */
    private ThreeDsOutcome continuing(Collection c, ThreeDsFinish finish) {
        GatewayResult call = finish.result();
        interactions.record(
                c,
                InteractionOperation.THREE_DS_ACTION,
                new GatewayResult(
                        GatewayOutcome.UNKNOWN,
                        call.bankCode(),
                        "payer sent to the provider's authentication page",
                        call.authCode(),
                        call.hostRefNum(),
                        call.transId(),
                        call.references(),
                        call.exchange()),
                dev.vpos.returncodes.application.ReturnCodeCatalog.outcomeUnknown());
        LOG.info(() -> "3-D payment " + c.getReference() + " continues at the provider's page");
        return new ThreeDsOutcome(meanings.view(c, false), true, null, finish.continueAt());
    }

    private ThreeDsStart start(VposDefinition definition, ThreeDsRequest request) {
        Optional<PaymentGateway> gateway = gateways.forFamily(definition.getFamily());
        if (gateway.isEmpty() || !gateway.get().paymentModels().contains(request.model())) {
            return ThreeDsStart.failed(GatewayResult.notSent(new BankExchange(
                    null, 0, null, null, definition.getFamily() + " has no adapter for " + request.model())));
        }
        return bankCalls.exchange(
                definition,
                "3-D start of " + request.sale().bankOrderId(),
                a -> gateway.get().startThreeDs(request, a),
                ThreeDsStart::failed);
    }

    /** Routing's choice for the 3-D payment (the card's BIN row when our page took the card; no failover here). */
    private dev.vpos.routing.application.Route routeFor(SaleCommand s) {
        List<FieldError> errors = new ArrayList<>();
        if (s.companyId() == null || erp.company(s.companyId()).isEmpty()) {
            throw new InvalidInputException(
                    List.of(FieldError.of("companyId", "company.notFound", String.valueOf(s.companyId()))));
        }
        dev.vpos.shared.domain.Money amount;
        try {
            amount = dev.vpos.shared.domain.Money.of(s.amount(), s.currency());
        } catch (RuntimeException e) {
            throw new InvalidInputException(List.of(FieldError.of("amount", "amount.positive")));
        }
        String digits = s.card() == null || s.card().number() == null
                ? null
                : s.card().number().replaceAll("[ -]", "");
        Optional<dev.vpos.routing.application.Route> d = routing.route(
                s.companyId(),
                s.definitionId(),
                amount,
                s.installments() == null ? 1 : s.installments(),
                digits,
                errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return d.orElseThrow();
    }

    private void logRejected(Collection c, String why, BankExchange callbackLog) {
        log.record(new InteractionRecord(
                c.getId(),
                c.getCompanyId(),
                c.getDefinitionId(),
                c.getFamily(),
                InteractionOperation.THREE_DS_CALLBACK.logged(),
                c.getBankOrderId(),
                GatewayOutcome.DECLINED,
                null,
                dev.vpos.returncodes.domain.UnifiedReason.REQUEST_REJECTED.name(),
                "callback refused: " + why,
                callbackLog.httpStatus(),
                callbackLog.latencyMs(),
                callbackLog.maskedRequest(),
                callbackLog.maskedResponse()));
    }

    /** Callback fields for the log when no adapter masked them: names only, values withheld. */
    private static String masked(Map<String, String> posted) {
        return "fields: " + String.join(", ", new java.util.TreeSet<>(posted.keySet()));
    }
}
