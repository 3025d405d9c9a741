package dev.vpos.collection.application;

import dev.vpos.collection.domain.BankOrderIds;
import dev.vpos.collection.domain.CancelPolicy;
import dev.vpos.collection.domain.Cause;
import dev.vpos.collection.domain.Collection;
import dev.vpos.collection.domain.CollectionOperation;
import dev.vpos.collection.domain.OperationKind;
import dev.vpos.definitions.application.DefinitionService;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.gateway.application.GatewayRegistry;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayOperation;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.PaymentGateway;
import dev.vpos.returncodes.application.ReturnCodeMeaning;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.Money;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.domain.RuleViolationException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Captures, voids and refunds a collection, and the one "cancel" users see (void before the family's cut-off,
 * refund after it or for a part). Same shape as a sale: validate, write the operation INITIATED, call the bank
 * outside any transaction, log the interaction, record the outcome with its ERP effects.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
public class FollowUpService {

    private static final Logger LOG = Logger.getLogger(FollowUpService.class.getName());

    @Inject
    Clock clock;

    @Inject
    CollectionRecorder collections;

    @Inject
    FollowUpRecorder recorder;

    @Inject
    DefinitionService definitions;

    @Inject
    GatewayRegistry gateways;

    @Inject
    InteractionLogger interactions;

    @Inject
    OutcomeMeanings meanings;

    @Inject
    InFlightDeadline deadline;

    @Inject
    BankCalls bankCalls;

    public OperationView run(FollowUpCommand command, String actor) {
        Collection c = collections
                .byReference(command.reference())
                .orElseThrow(() -> new NotFoundException("collection.notFound", command.reference()));
        RequestedFollowUp requested = requested(command);
        Money amount = amount(command.amount(), c, requested);
        String fingerprint = fingerprint(c, requested, command.amount(), amount);
        String key = command.idempotencyKey();
        if (key != null) {
            Optional<CollectionOperation> earlier = recorder.byIdempotencyKey(actor, key);
            if (earlier.isPresent()) {
                return replay(earlier.get(), fingerprint, key);
            }
        }
        OperationKind kind = decide(requested, c, amount);
        PaymentGateway gateway = gateways.forFamily(c.getFamily())
                .orElseThrow(() -> new RuleViolationException("followUp.noAdapter", c.getFamily()));
        CollectionOperation op;
        try {
            // what the collection allows first (checked again under the lock): asking a refunded order for "the rest"
            // is "nothing left to refund", not "the bank offers no partial refund"
            FollowUpRules.check(c, kind, amount);
            requireOffered(gateway, kind, amount, c);
            op = recorder.open(
                    c.getId(),
                    kind,
                    BankOrderIds.next(clock),
                    amount,
                    key,
                    fingerprint,
                    actor,
                    deadline.forCallTo(definitions.definition(c.getDefinitionId())));
        } catch (PersistenceException e) {
            if (key == null) {
                throw e;
            }
            return replay(recorder.byIdempotencyKey(actor, key).orElseThrow(() -> e), fingerprint, key);
        } catch (RuleViolationException | InvalidInputException e) {
            // a duplicate that looked its key up before the first request wrote it, and met the rules after: it is
            // that request again (in flight or settled), not "another follow-up", "not voidable" or "too much"
            Optional<CollectionOperation> first =
                    key == null ? Optional.empty() : recorder.byIdempotencyKey(actor, key);
            if (first.isPresent()) {
                return replay(first.get(), fingerprint, key);
            }
            throw e;
        }
        VposDefinition definition = definitions.definition(c.getDefinitionId());
        GatewayResult result = call(gateway, kind, c, op, definition);
        ReturnCodeMeaning meaning = meanings.of(c.getFamily(), result.outcome(), result.bankCode());
        long interaction = interactions.record(c, InteractionOperation.of(kind), result, meaning);
        CollectionOperation settled = recorder.settle(
                op.getId(),
                stateFor(result),
                OutcomeMeanings.verdict(result, meaning),
                new Cause(
                        actor,
                        command.channel() == null ? "API" : command.channel(),
                        interaction,
                        note(requested == RequestedFollowUp.CANCEL ? "cancel → " + kind : null, command.note())),
                definition.plan(c.getInstallments()).orElse(null));
        LOG.info(() -> kind + " " + settled.getOperationId() + " of collection " + c.getReference() + " "
                + settled.money() + " → " + settled.getState() + " code " + settled.getBankCode());
        return view(settled, false);
    }

    /**
     * What the follow-up would be if it ran now, checked as {@link #run} checks it (the collection, the amount, what
     * the collection and the family allow) without writing or sending anything: 400/404/409 as {@code run} would.
     */
    public FollowUpPlan plan(FollowUpCommand command) {
        Collection c = collections
                .byReference(command.reference())
                .orElseThrow(() -> new NotFoundException("collection.notFound", command.reference()));
        RequestedFollowUp requested = requested(command);
        Money amount = amount(command.amount(), c, requested);
        OperationKind kind = decide(requested, c, amount);
        PaymentGateway gateway = gateways.forFamily(c.getFamily())
                .orElseThrow(() -> new RuleViolationException("followUp.noAdapter", c.getFamily()));
        FollowUpRules.check(c, kind, amount);
        requireOffered(gateway, kind, amount, c);
        boolean releasesAHold = kind == OperationKind.VOID
                && c.getAuthorizationKind() == dev.vpos.gateway.domain.AuthorizationKind.PRE_AUTH
                && c.captured().amount().signum() == 0;
        return new FollowUpPlan(
                c.getId(),
                c.getReference(),
                c.getCompanyId(),
                c.getCreatedBy(),
                requested,
                kind,
                amount,
                !releasesAHold && kind != OperationKind.CAPTURE,
                fingerprint(c, requested, command.amount(), amount));
    }

    /** The fingerprint {@link #run} keeps with the request's Idempotency-Key (to tell a retry from another request). */
    public String fingerprint(FollowUpCommand command) {
        Collection c = collections
                .byReference(command.reference())
                .orElseThrow(() -> new NotFoundException("collection.notFound", command.reference()));
        RequestedFollowUp requested = requested(command);
        return fingerprint(c, requested, command.amount(), amount(command.amount(), c, requested));
    }

    private static String fingerprint(Collection c, RequestedFollowUp requested, String amountText, Money amount) {
        return RequestFingerprint.ofFollowUp(
                c.getReference(),
                requested.name(),
                amountText == null ? null : amount.amount().toPlainString());
    }

    private static String note(String cancel, String given) {
        if (cancel == null) {
            return given;
        }
        return given == null ? cancel : cancel + "; " + given;
    }

    /** What a cancel of the collection would do now (nothing is sent, nothing changes). */
    public CancelQuote cancelQuote(String reference) {
        Collection c = collections
                .byReference(reference)
                .orElseThrow(() -> new NotFoundException("collection.notFound", reference));
        Optional<PaymentGateway> gateway = gateways.forFamily(c.getFamily());
        boolean preAuth = c.getState() == dev.vpos.collection.domain.CollectionState.APPROVED
                && c.getAuthorizationKind() == dev.vpos.gateway.domain.AuthorizationKind.PRE_AUTH;
        Money remaining = preAuth ? c.money() : c.refundable();
        if (gateway.isEmpty() || !remaining.isPositive()) {
            return CancelQuote.none(c.money().currencyCode());
        }
        OperationKind kind = CancelPolicy.decide(
                c,
                remaining,
                recorder.cutoff(c.getFamily()),
                OffsetDateTimes.now(clock),
                gateway.get().voidsSales());
        // a part is always refunded, and banks refund only what their day end has settled: while the sale is still in
        // the open batch (a full cancel would void it) only the whole amount can be cancelled
        boolean partial = !preAuth
                && kind == OperationKind.REFUND
                && gateway.get().operations().contains(GatewayOperation.PARTIAL_REFUND);
        return new CancelQuote(true, remaining.amount(), remaining.currencyCode(), partial, kind);
    }

    /** The collection's follow-ups, oldest first. */
    public List<OperationView> operations(String reference) {
        Collection c = collections
                .byReference(reference)
                .orElseThrow(() -> new NotFoundException("collection.notFound", reference));
        return recorder.ofCollection(c.getId()).stream()
                .map(o -> view(o, false))
                .toList();
    }

    private static RequestedFollowUp requested(FollowUpCommand command) {
        if (command.requested() == null) {
            throw new InvalidInputException(List.of(FieldError.of("operation", "followUp.operation")));
        }
        return command.requested();
    }

    private OperationKind decide(RequestedFollowUp requested, Collection c, Money amount) {
        return switch (requested) {
            case CAPTURE -> OperationKind.CAPTURE;
            case VOID -> OperationKind.VOID;
            case REFUND -> OperationKind.REFUND;
            case CANCEL ->
                CancelPolicy.decide(
                        c,
                        amount,
                        recorder.cutoff(c.getFamily()),
                        OffsetDateTimes.now(clock),
                        gateways.forFamily(c.getFamily())
                                .map(PaymentGateway::voidsSales)
                                .orElse(true));
        };
    }

    private static void requireOffered(PaymentGateway gateway, OperationKind kind, Money amount, Collection c) {
        GatewayOperation needed = switch (kind) {
            case CAPTURE ->
                amount.amount().compareTo(c.money().amount()) == 0
                        ? GatewayOperation.CAPTURE
                        : GatewayOperation.PARTIAL_CAPTURE;
            case VOID -> GatewayOperation.VOID;
            case REFUND ->
                amount.amount().compareTo(c.refundable().amount()) == 0
                                && !c.refunded().isPositive()
                        ? GatewayOperation.REFUND
                        : GatewayOperation.PARTIAL_REFUND;
        };
        if (!gateway.operations().contains(needed)) {
            throw new RuleViolationException("followUp.notOffered", c.getFamily(), needed);
        }
    }

    /** The amount asked for, or the natural default: the capturable, voidable or refundable whole. */
    private static Money amount(String text, Collection c, RequestedFollowUp requested) {
        if (text == null || text.isBlank()) {
            return switch (requested) {
                case CAPTURE -> c.capturable().isPositive() ? c.capturable() : c.money();
                case VOID ->
                    c.getAuthorizationKind() == dev.vpos.gateway.domain.AuthorizationKind.PRE_AUTH
                                    && c.captured().amount().signum() == 0
                            ? c.money()
                            : c.captured();
                case REFUND, CANCEL -> c.refundable().isPositive() ? c.refundable() : c.money();
            };
        }
        BigDecimal value = Money.parsePlain(text).orElse(null);
        if (value == null || value.signum() <= 0) {
            throw new InvalidInputException(List.of(FieldError.of("amount", "amount.positive")));
        }
        int scale = Money.currencyScale(c.money().currency());
        if (value.stripTrailingZeros().scale() > scale) {
            throw new InvalidInputException(List.of(
                    FieldError.of("amount", "amount.scale", scale, c.money().currencyCode())));
        }
        return Money.of(value, c.money().currencyCode());
    }

    private GatewayResult call(
            PaymentGateway gateway,
            OperationKind kind,
            Collection c,
            CollectionOperation op,
            VposDefinition definition) {
        FollowUp followUp = new FollowUp(
                c.getBankOrderId(), op.getOperationId(), op.money(), c.money(), c.getInstallments(), withCodes(c));
        return bankCalls.call(definition, kind + " " + op.getOperationId(), account -> switch (kind) {
            case CAPTURE -> gateway.capture(followUp, account);
            case VOID -> gateway.voidTransaction(followUp, account);
            case REFUND -> gateway.refund(followUp, account);
        });
    }

    /** The family's own references, plus the codes every family may use under well-known names. */
    private static java.util.Map<String, String> withCodes(Collection c) {
        java.util.Map<String, String> refs = new java.util.HashMap<>(c.bankReferences());
        putIfAbsent(refs, "authCode", c.getAuthCode());
        putIfAbsent(refs, "hostRefNum", c.getHostRefNum());
        putIfAbsent(refs, "transId", c.getBankTransId());
        return refs;
    }

    private static void putIfAbsent(java.util.Map<String, String> refs, String key, String value) {
        if (value != null && !value.isEmpty()) {
            refs.putIfAbsent(key, value);
        }
    }

    private static CollectionOperation.State stateFor(GatewayResult result) {
        return switch (result.outcome()) {
            case APPROVED -> CollectionOperation.State.APPROVED;
            case DECLINED -> CollectionOperation.State.DECLINED;
            case NOT_SENT -> CollectionOperation.State.NOT_SENT;
            case UNKNOWN -> CollectionOperation.State.UNKNOWN;
        };
    }

    private OperationView replay(CollectionOperation earlier, String fingerprint, String key) {
        if (!earlier.getRequestFingerprint().equals(fingerprint)) {
            throw new IdempotencyConflictException(IdempotencyConflictException.Kind.DIFFERENT_REQUEST, key);
        }
        if (earlier.inFlight()) {
            // left INITIATED by a crash (past its in-flight deadline): UNKNOWN now, and the janitor asks the bank
            if (!recorder.foundInFlight(earlier.getId())) {
                throw new IdempotencyConflictException(IdempotencyConflictException.Kind.IN_FLIGHT, key);
            }
            return view(recorder.byId(earlier.getId()), true);
        }
        return view(earlier, true);
    }

    OperationView view(CollectionOperation o, boolean replayed) {
        Collection c = collections.byId(o.getCollectionId());
        ReturnCodeMeaning meaning = switch (o.getState()) {
            case NOT_SENT -> dev.vpos.returncodes.application.ReturnCodeCatalog.bankNotReached();
            case UNKNOWN, INITIATED -> dev.vpos.returncodes.application.ReturnCodeCatalog.outcomeUnknown();
            default -> meanings.describe(c.getFamily(), o.getBankCode());
        };
        return new OperationView(
                o.getOperationId(),
                o.getKind(),
                o.money().amount(),
                o.money().currencyCode(),
                o.getState(),
                o.getBankCode(),
                o.getBankMessage(),
                meaning,
                o.getAuthCode(),
                o.getHostRefNum(),
                o.getBankTransId(),
                o.getCreatedAt(),
                replayed,
                meanings.view(c, false));
    }
}
