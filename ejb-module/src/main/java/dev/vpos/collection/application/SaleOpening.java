package dev.vpos.collection.application;

import dev.vpos.collection.domain.BankOrderIds;
import dev.vpos.collection.domain.Collection;
import dev.vpos.collection.domain.CollectionDraft;
import dev.vpos.collection.infrastructure.CollectionRepository;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.erp.domain.CustomerAccountRef;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.gateway.application.GatewayRegistry;
import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.PaymentGateway;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.routing.application.Route;
import dev.vpos.routing.application.RoutingService;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything a sale does with the database before the bank call, in one short transaction: the company, the customer
 * account, the document and the definition are read, an earlier request with the same Idempotency-Key is looked for,
 * and the collection is written INITIATED with its in-flight deadline and committed — all before the bank is called.
 * It used to be five transactions (four read-only); one is what a sale needs (issue #14, docs/benchmarks.md). A
 * refused request (400, 409) writes nothing.
 */
@ApplicationScoped
public class SaleOpening {

    /** What the opening found: a new collection to take to the bank, or the earlier one of the same key. */
    public sealed interface Opening permits Opened, Earlier {}

    /** Written INITIATED and committed: the bank may be called. */
    public record Opened(
            Collection collection, VposDefinition definition, PaymentGateway gateway, Optional<VposDefinition> fallback)
            implements Opening {}

    /** The same Idempotency-Key was used before: the caller replays (or refuses) it; nothing was written. */
    public record Earlier(Collection collection) implements Opening {}

    @Inject
    CollectionRepository collections;

    @Inject
    Clock clock;

    @Inject
    ErpPort erp;

    @Inject
    RoutingService routing;

    @Inject
    GatewayRegistry gateways;

    @Inject
    CollectionRecorder recorder;

    @Inject
    InFlightDeadline deadline;

    /**
     * Checks, reads and writes the collection INITIATED in one transaction, committed when this returns. A unique
     * violation of the Idempotency-Key (a concurrent duplicate committed first) leaves as the {@code
     * PersistenceException} it is, with nothing written.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public Opening open(ValidSale sale, String fingerprint, String key, String actor, Long checkoutSessionId) {
        Route route = resolve(sale);
        VposDefinition definition = route.definition();
        // what was read is only read: detached, so that no flush below compares it with its copy (EclipseLink cannot
        // read the credentials' record fields back for that comparison)
        collections.clear();
        if (key != null) {
            Optional<Collection> earlier = recorder.byIdempotencyKey(actor, key);
            if (earlier.isPresent()) {
                return new Earlier(earlier.get());
            }
        }
        // what the family can do is checked before anything is written: a caller's mistake is a 400, not a recorded
        // NOT_SENT
        PaymentGateway gateway = gateways.forFamily(definition.getFamily())
                .orElseThrow(
                        () -> new RuleViolationException("definition.familyWithoutAdapter", definition.getFamily()));
        if (sale.kind() == AuthorizationKind.PRE_AUTH && !gateway.preAuthorizes(PaymentModel.REGULAR)) {
            throw new InvalidInputException(
                    List.of(FieldError.of("kind", "sale.preAuthNotOffered", definition.getFamily())));
        }
        Collection collection = recorder.open(
                draft(sale, definition, fingerprint, key, actor, checkoutSessionId),
                deadline.forCallTo(definition),
                route.reason().name(),
                route.detail());
        return new Opened(collection, definition, gateway, route.fallback());
    }

    private Route resolve(ValidSale sale) {
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
        // the company's routing rules with what the BIN table says about the card (only its first digits are read)
        Optional<Route> route = routing.route(
                sale.companyId(),
                sale.definitionId(),
                sale.amount(),
                sale.installments(),
                sale.card().digits(),
                errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return route.orElseThrow();
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
                        sale.discount())
                .withSurcharge(Surcharges.of(definition, sale));
    }
}
