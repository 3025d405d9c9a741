package dev.vpos.collection.application;

import dev.vpos.collection.domain.Cause;
import dev.vpos.collection.domain.Collection;
import dev.vpos.collection.domain.CollectionState;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.PaymentGateway;
import dev.vpos.gateway.domain.SaleInstruction;
import dev.vpos.returncodes.application.ReturnCodeMeaning;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Takes a non-3D sale end to end in three short transactions: validate, read what the sale needs and write it
 * INITIATED ({@link SaleOpening}), call the bank with a deadline (outside any transaction: no connection is held
 * while the bank thinks), log the interaction with its meaning, then record the outcome (and the batch for an
 * approval).
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
public class CollectionService {

    private static final Logger LOG = Logger.getLogger(CollectionService.class.getName());
    private static final String JANITOR = "janitor";

    @Inject
    Clock clock;

    @Inject
    SaleOpening saleOpening;

    @Inject
    CollectionRecorder recorder;

    @Inject
    InteractionLogger interactions;

    @Inject
    OutcomeMeanings meanings;

    @Inject
    BankCalls bankCalls;

    @Inject
    SaleFailover failover;

    @Inject
    SaleWork work;

    public CollectionView collect(SaleCommand command, String actor) {
        return collect(command, actor, null);
    }

    /** A sale for a portal checkout session (the session is marked paid when the approval commits). */
    public CollectionView collect(SaleCommand command, String actor, Long checkoutSessionId) {
        ValidSale sale = SaleValidator.validate(command, clock);
        String fingerprint = RequestFingerprint.of(sale);
        String key = command.origin().idempotencyKey();
        SaleOpening.Opened opened;
        try (WorkGate.Turn turn = work.start()) {
            SaleOpening.Opening opening;
            try {
                opening = saleOpening.open(sale, fingerprint, key, actor, checkoutSessionId);
            } catch (PersistenceException e) {
                if (key == null) {
                    throw e;
                }
                return replay(recorder.byIdempotencyKey(actor, key).orElseThrow(() -> e), fingerprint, key);
            }
            if (opening instanceof SaleOpening.Earlier earlier) {
                return replay(earlier.collection(), fingerprint, key);
            }
            opened = (SaleOpening.Opened) opening;
        }
        // the bank call holds no turn (nor any connection): only the sale's own work waits for one
        Collection collection = opened.collection();
        VposDefinition definition = opened.definition();
        GatewayResult result = callBank(opened.gateway(), collection, sale, definition, command);
        // one turn for what follows the answer (a failover gives it back for its own bank call)
        WorkGate.Turn turn = work.finish();
        try {
            Optional<SaleFailover.Next> next = failover.after(collection, result, opened.fallback(), sale.kind());
            if (next.isPresent()) {
                turn.close();
                collection = next.get().collection();
                definition = next.get().definition();
                result = callBank(next.get().gateway(), collection, sale, definition, command);
                turn = work.finish();
            }
            return settle(sale, actor, collection, definition, result);
        } finally {
            turn.close();
        }
    }

    private CollectionView settle(
            ValidSale sale, String actor, Collection collection, VposDefinition definition, GatewayResult result) {
        InteractionLogger.Logged logged =
                interactions.recordWithMeaning(collection, InteractionOperation.of(sale.kind()), result);
        ReturnCodeMeaning meaning = logged.meaning();
        Collection settled = recorder.settle(
                collection.getId(),
                OutcomeMeanings.stateFor(result.outcome()),
                OutcomeMeanings.verdict(result, meaning),
                Cause.of(actor, sale.channel().name(), logged.id()),
                definition.plan(sale.installments()).orElseThrow());
        LOG.info(() -> "Collection " + settled.getReference() + " order " + settled.getBankOrderId() + " "
                + settled.getState() + " card " + settled.getMaskedPan() + " code " + settled.getBankCode());
        return meanings.view(settled, false, result.bankCode(), meaning);
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

    private GatewayResult callBank(
            PaymentGateway gateway,
            Collection collection,
            ValidSale sale,
            VposDefinition definition,
            SaleCommand command) {
        // the collection's amount: the sale's plus the surcharge when the installment commission is passed on
        SaleInstruction instruction = new SaleInstruction(
                collection.getBankOrderId(),
                collection.money(),
                sale.installments(),
                sale.card(),
                sale.expiry(),
                sale.cvv(),
                command.origin().clientIp(),
                command.origin().email());
        return bankCalls.call(
                definition,
                sale.kind() + " " + collection.getBankOrderId(),
                account -> sale.kind() == AuthorizationKind.PRE_AUTH
                        ? gateway.preAuthorize(instruction, account)
                        : gateway.sale(instruction, account));
    }
}
