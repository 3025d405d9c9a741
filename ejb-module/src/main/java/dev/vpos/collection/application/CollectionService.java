package dev.vpos.collection.application;

import dev.vpos.collection.domain.BankOrderIds;
import dev.vpos.collection.domain.Cause;
import dev.vpos.collection.domain.Collection;
import dev.vpos.collection.domain.CollectionDraft;
import dev.vpos.collection.domain.CollectionState;
import dev.vpos.definitions.application.DefinitionService;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.erp.domain.CustomerAccountRef;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.gateway.application.GatewayRegistry;
import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.GatewayOperation;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.PaymentGateway;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.SaleInstruction;
import dev.vpos.returncodes.application.ReturnCodeMeaning;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.domain.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Takes a non-3D sale end to end: validate, write INITIATED, call the bank with a deadline (outside any
 * transaction), log the interaction, then record the outcome (and the batch for an approval).
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
public class CollectionService {

    private static final Logger LOG = Logger.getLogger(CollectionService.class.getName());
    private static final String JANITOR = "janitor";

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
    OutcomeMeanings meanings;

    @Inject
    InFlightDeadline deadline;

    @Inject
    BankCalls bankCalls;

    public CollectionView collect(SaleCommand command, String actor) {
        return collect(command, actor, null);
    }

    /** A sale for a portal checkout session (the session is marked paid when the approval commits). */
    public CollectionView collect(SaleCommand command, String actor, Long checkoutSessionId) {
        ValidSale sale = SaleValidator.validate(command, clock);
        VposDefinition definition = resolve(sale);
        String fingerprint = RequestFingerprint.of(sale);
        String key = command.idempotencyKey();
        if (key != null) {
            Optional<Collection> earlier = recorder.byIdempotencyKey(actor, key);
            if (earlier.isPresent()) {
                return replay(earlier.get(), fingerprint, key);
            }
        }
        // what the family can do is checked before anything is written: a caller's mistake is a 400, not a recorded
        // NOT_SENT
        PaymentGateway gateway = gateways.forFamily(definition.getFamily())
                .orElseThrow(
                        () -> new RuleViolationException("definition.familyWithoutAdapter", definition.getFamily()));
        if (sale.kind() == AuthorizationKind.PRE_AUTH && !gateway.operations().contains(GatewayOperation.PRE_AUTH)) {
            throw new InvalidInputException(
                    List.of(FieldError.of("kind", "sale.preAuthNotOffered", definition.getFamily())));
        }
        Collection collection;
        try {
            collection = recorder.open(
                    draft(sale, definition, fingerprint, key, actor, checkoutSessionId),
                    deadline.forCallTo(definition));
        } catch (PersistenceException e) {
            if (key == null) {
                throw e;
            }
            return replay(recorder.byIdempotencyKey(actor, key).orElseThrow(() -> e), fingerprint, key);
        }
        GatewayResult result = callBank(gateway, collection, sale, definition, command);
        ReturnCodeMeaning meaning = meanings.of(collection.getFamily(), result.outcome(), result.bankCode());
        long interaction = interactions.record(collection, sale.kind().name(), result, meaning);
        Collection settled = recorder.settle(
                collection.getId(),
                OutcomeMeanings.stateFor(result.outcome()),
                OutcomeMeanings.verdict(result, meaning),
                Cause.of(actor, sale.channel().name(), interaction),
                definition.plan(sale.installments()).orElseThrow());
        LOG.info(() -> "Collection " + settled.getReference() + " order " + settled.getBankOrderId() + " "
                + settled.getState() + " card " + settled.getMaskedPan() + " code " + settled.getBankCode());
        return meanings.view(settled, false);
    }

    public List<CollectionView> needingAttention() {
        return recorder.needingAttention(500).stream()
                .map(c -> meanings.view(c, false))
                .toList();
    }

    public CollectionView find(String reference) {
        return recorder.byReference(reference)
                .map(c -> meanings.view(c, false))
                .orElseThrow(() -> new NotFoundException("collection.notFound", reference));
    }

    public long idOf(String reference) {
        return recorder.byReference(reference)
                .map(Collection::getId)
                .orElseThrow(() -> new NotFoundException("collection.notFound", reference));
    }

    public Optional<CollectionView> findById(long id) {
        return Optional.ofNullable(recorder.byId(id)).map(c -> meanings.view(c, false));
    }

    /** The collections (payment attempts) of a checkout session, oldest first. */
    public List<CollectionView> ofCheckoutSession(long sessionId) {
        return recorder.ofCheckoutSession(sessionId).stream()
                .map(c -> meanings.view(c, false))
                .toList();
    }

    /** The checkout session a (3-D) collection was started for, if any. */
    public Optional<Long> checkoutSessionOf(String reference) {
        return recorder.byReference(reference).map(Collection::getCheckoutSessionId);
    }

    private VposDefinition resolve(ValidSale sale) {
        List<FieldError> errors = new ArrayList<>();
        if (erp.company(sale.companyId()).isEmpty()) {
            errors.add(FieldError.of("companyId", "company.notFound", sale.companyId()));
            throw new InvalidInputException(errors);
        }
        Optional<CustomerAccountRef> account = erp.customerAccount(sale.companyId(), sale.customerAccountId());
        if (account.isEmpty()) {
            errors.add(FieldError.of("customerAccountId", "customerAccount.notFound", sale.customerAccountId()));
        } else if (!account.get().active()) {
            errors.add(FieldError.of(
                    "customerAccountId",
                    "customerAccount.inactive",
                    account.get().code()));
        }
        if (sale.documentId() != null) {
            DocumentChecks.check(
                    erp.document(sale.companyId(), sale.documentId()), sale.customerAccountId(), sale.amount(), errors);
        }
        Optional<VposDefinition> definition =
                definitions.choose(sale.companyId(), sale.definitionId(), sale.amount(), sale.installments(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return definition.orElseThrow();
    }

    private CollectionView replay(Collection earlier, String fingerprint, String key) {
        if (!earlier.getRequestFingerprint().equals(fingerprint)) {
            throw new IdempotencyConflictException(IdempotencyConflictException.Kind.DIFFERENT_REQUEST, key);
        }
        if (earlier.getState() == CollectionState.INITIATED) {
            // left INITIATED by a crash (past its in-flight deadline): UNKNOWN now, and the janitor asks the bank
            if (!recorder.foundInFlight(earlier.getId(), JANITOR)) {
                throw new IdempotencyConflictException(IdempotencyConflictException.Kind.IN_FLIGHT, key);
            }
            return meanings.view(recorder.byId(earlier.getId()), true);
        }
        return meanings.view(earlier, true);
    }

    private CollectionDraft draft(
            ValidSale sale,
            VposDefinition definition,
            String fingerprint,
            String key,
            String actor,
            Long checkoutSessionId) {
        return new CollectionDraft(
                UUID.randomUUID().toString(),
                BankOrderIds.next(clock),
                sale.companyId(),
                sale.customerAccountId(),
                definition.getId(),
                definition.getFamily(),
                sale.channel(),
                sale.amount(),
                sale.installments(),
                sale.card().masked(),
                sale.card().brand().name(),
                key,
                fingerprint,
                actor,
                sale.kind(),
                PaymentModel.REGULAR,
                sale.documentId(),
                checkoutSessionId,
                sale.holder(),
                sale.discount());
    }

    private GatewayResult callBank(
            PaymentGateway gateway,
            Collection collection,
            ValidSale sale,
            VposDefinition definition,
            SaleCommand command) {
        SaleInstruction instruction = new SaleInstruction(
                collection.getBankOrderId(),
                sale.amount(),
                sale.installments(),
                sale.card(),
                sale.expiry(),
                sale.cvv(),
                command.clientIp(),
                command.email());
        return bankCalls.call(
                definition,
                sale.kind() + " " + collection.getBankOrderId(),
                account -> sale.kind() == AuthorizationKind.PRE_AUTH
                        ? gateway.preAuthorize(instruction, account)
                        : gateway.sale(instruction, account));
    }
}
