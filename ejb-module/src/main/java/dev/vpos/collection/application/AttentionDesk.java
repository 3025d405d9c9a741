package dev.vpos.collection.application;

import dev.vpos.collection.domain.Collection;
import dev.vpos.collection.domain.CollectionOperation;
import dev.vpos.collection.domain.CollectionState;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.domain.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Finance's side of what the janitor could not settle alone: ask the bank again about a follow-up now, and take a
 * collection off the "needing attention" list once what it was raised for is dealt with (a repeated charge refunded
 * or confirmed with the customer). Nothing still unknown can be dismissed: it must be settled with the bank first.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
public class AttentionDesk {

    @Inject
    CollectionRecorder collections;

    @Inject
    FollowUpRecorder followUps;

    @Inject
    FollowUpStatusCheck followUpCheck;

    @Inject
    FollowUpService followUpViews;

    @Inject
    OutcomeMeanings meanings;

    public CollectionView dismiss(String reference) {
        Collection c = collection(reference);
        boolean followUpUnknown = followUps.ofCollection(c.getId()).stream()
                .anyMatch(o -> o.getState() == CollectionOperation.State.UNKNOWN
                        || o.getState() == CollectionOperation.State.INITIATED);
        if (c.getState() == CollectionState.UNKNOWN || followUpUnknown) {
            throw new RuleViolationException("attention.stillUnknown", reference);
        }
        return meanings.view(collections.dismissAttention(c.getId()), false);
    }

    /** Asks the bank's history about an UNKNOWN follow-up now; settles it when the answer is definite. */
    public OperationView checkFollowUp(String reference, String operationId, String actor) {
        Collection c = collection(reference);
        CollectionOperation op = followUps.ofCollection(c.getId()).stream()
                .filter(o -> o.getOperationId().equals(operationId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("operation.notFound", operationId));
        if (op.getState() == CollectionOperation.State.INITIATED) {
            followUps.foundInFlight(op.getId());
        }
        return followUpViews.view(followUpCheck.check(op.getId(), actor), false);
    }

    private Collection collection(String reference) {
        return collections
                .byReference(reference)
                .orElseThrow(() -> new NotFoundException("collection.notFound", reference));
    }
}
