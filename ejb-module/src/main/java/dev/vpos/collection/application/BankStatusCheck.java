package dev.vpos.collection.application;

import dev.vpos.collection.domain.BankVerdict;
import dev.vpos.collection.domain.Collection;
import dev.vpos.collection.domain.CollectionState;
import dev.vpos.definitions.application.DefinitionService;
import dev.vpos.definitions.domain.InstallmentPlan;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.gateway.application.GatewayRegistry;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.PaymentGateway;
import dev.vpos.returncodes.application.ReturnCodeMeaning;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.domain.RuleViolationException;
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
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class BankStatusCheck {

    private static final Logger LOG = Logger.getLogger(BankStatusCheck.class.getName());

    @Inject
    CollectionRecorder recorder;

    @Inject
    DefinitionService definitions;

    @Inject
    GatewayRegistry gateways;

    @Inject
    InteractionLogger interactions;

    @Inject
    OutcomeMeanings meanings;

    public CollectionView check(String reference, String actor) {
        Collection c = recorder.byReference(reference)
                .orElseThrow(() -> new NotFoundException("collection.notFound", reference));
        VposDefinition d = definitions.definition(c.getDefinitionId());
        PaymentGateway gateway = gateways.forFamily(d.getFamily())
                .orElseThrow(() -> new RuleViolationException("definition.familyWithoutAdapter", d.getFamily()));
        GatewayResult answer = gateway.status(c.getBankOrderId(), definitions.open(d));
        ReturnCodeMeaning meaning = meanings.of(c.getFamily(), answer.outcome(), answer.bankCode());
        interactions.record(c, "STATUS", answer, meaning);
        if (c.getState() == CollectionState.UNKNOWN && answer.outcome() != GatewayOutcome.UNKNOWN) {
            settle(c, d, answer, meaning, actor);
        }
        return meanings.view(recorder.byReference(reference).orElseThrow(), false);
    }

    private void settle(Collection c, VposDefinition d, GatewayResult answer, ReturnCodeMeaning meaning, String actor) {
        InstallmentPlan plan = d.plan(c.getInstallments()).orElseGet(() -> {
            LOG.warning(() -> "Definition " + d.getCode() + " no longer offers " + c.getInstallments()
                    + " installments: the batch of " + c.getBankOrderId() + " is recorded without commission");
            return new InstallmentPlan(c.getInstallments(), java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, 0);
        });
        try {
            recorder.settle(c.getId(), OutcomeMeanings.stateFor(answer.outcome()),
                    new BankVerdict(answer.bankCode(), meaning.reason().name(), answer.bankMessage(), answer.authCode(),
                            answer.hostRefNum(), answer.transId()), actor, plan);
        } catch (IllegalStateException e) {
            LOG.info(() -> "Collection " + c.getReference() + " was settled meanwhile: " + e.getMessage());
        }
    }
}
