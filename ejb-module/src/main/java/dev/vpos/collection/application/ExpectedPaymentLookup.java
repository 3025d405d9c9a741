package dev.vpos.collection.application;

import dev.vpos.collection.domain.CollectionState;
import dev.vpos.collection.infrastructure.CollectionRepository;
import dev.vpos.gateway.domain.ExpectedPayments;
import dev.vpos.shared.domain.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The collections context's answer to "do you expect this payment?": the collection of that definition and bank order
 * id, its amount, and whether it still waits for the payer (PENDING_3DS) or for the bank's word (UNKNOWN).
 */
@ApplicationScoped
public class ExpectedPaymentLookup implements ExpectedPayments {

    @Inject
    CollectionRepository collections;

    @Override
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Optional<Expected> of(long definitionId, String bankOrderId) {
        if (bankOrderId == null || bankOrderId.isBlank()) {
            return Optional.empty();
        }
        return collections
                .firstByBankOrder(definitionId, bankOrderId)
                .map(c -> new Expected(
                        c.getBankOrderId(),
                        c.money(),
                        c.getState() == CollectionState.PENDING_3DS || c.getState() == CollectionState.UNKNOWN));
    }
}
