package dev.vpos.collection.application;

import dev.vpos.definitions.application.DefinitionService;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.gateway.application.GatewayRegistry;
import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.PaymentGateway;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The one way the use cases (sale, follow-up, 3-D start and callback, status, history) reach a bank, owning the rules
 * they used to repeat — and disagree on:
 *
 * <ul>
 *   <li>a definition whose family has no adapter cannot be used: 409 {@code definition.familyWithoutAdapter}, asked
 *       before anything is written;
 *   <li>the credentials are opened in memory for this one call; if they cannot be opened nothing left the building:
 *       NOT_SENT;
 *   <li>at most {@link DefinitionBulkhead#limit()} calls to one definition are in flight on a node; one more is not
 *       made: NOT_SENT, so a slow bank cannot take every thread;
 *   <li>the call runs outside any transaction (no database connection is held while the bank thinks) with the
 *       definition's deadline, which the adapter's transport enforces;
 *   <li>an adapter failure after that is UNKNOWN — we cannot tell whether the bank saw the request — never DECLINED.
 * </ul>
 *
 * Writing the row in flight before the call and recording the answer after it stay with the use case's recorder
 * (each in its own short transaction); rows a crash left in flight are recovered by the janitor (docs/reliability.md).
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
public class BankCalls {

    private static final Logger LOG = Logger.getLogger(BankCalls.class.getName());

    @Inject
    GatewayRegistry gateways;

    @Inject
    DefinitionService definitions;

    @Inject
    DefinitionBulkhead bulkhead;

    /** The adapter of the definition's family; refused (409) when the module has none. */
    public PaymentGateway adapterFor(VposDefinition d) {
        return gateways.forFamily(d.getFamily())
                .orElseThrow(() -> new RuleViolationException("definition.familyWithoutAdapter", d.getFamily()));
    }

    /** One call answering a bank result: NOT_SENT when the credentials cannot be opened, UNKNOWN on an adapter failure. */
    public GatewayResult call(VposDefinition d, String what, Function<GatewayAccount, GatewayResult> call) {
        return exchange(d, what, call, failure -> failure);
    }

    /**
     * One call answering something else (a 3-D start or finish, an order history): {@code failed} makes the call's
     * own answer from the NOT_SENT or UNKNOWN result of a failure.
     */
    public <T> T exchange(
            VposDefinition d, String what, Function<GatewayAccount, T> call, Function<GatewayResult, T> failed) {
        GatewayAccount account;
        try {
            account = definitions.open(d);
        } catch (RuntimeException e) {
            LOG.severe(() -> "Cannot open the credentials of definition " + d.getCode() + " for " + what + ": "
                    + e.getMessage());
            return failed.apply(GatewayResult.notSent(new BankExchange(
                    null, 0, null, null, "the definition's credentials cannot be opened: " + e.getMessage())));
        }
        Optional<DefinitionBulkhead.Permit> permit = bulkhead.enter(d.getId());
        if (permit.isEmpty()) {
            LOG.warning(() -> "Not calling the bank of definition " + d.getCode() + " for " + what + ": "
                    + bulkhead.limit() + " calls are already in flight");
            return failed.apply(GatewayResult.notSent(
                    "not sent: " + bulkhead.limit() + " calls to this definition's bank are already in flight"));
        }
        try (DefinitionBulkhead.Permit held = permit.get()) {
            return call.apply(account);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Adapter failure on " + what + " (definition " + d.getCode() + "): " + e);
            return failed.apply(GatewayResult.unknown(new BankExchange(null, 0, null, null, "adapter failure: " + e)));
        }
    }
}
