package dev.vpos.collection.domain;

import dev.vpos.shared.domain.Money;
import java.time.OffsetDateTime;

/**
 * The one "cancel" users see, decided from data: a pre-authorisation not yet captured is voided; a full cancel
 * while the transaction is still in the bank's open batch (before the family's cut-off) is a void; anything after
 * the cut-off, any partial amount, and any sale of a family that cannot void sales, is a refund.
 */
public final class CancelPolicy {

    private CancelPolicy() {}

    public static OperationKind decide(Collection c, Money amount, SettlementCutoff cutoff, OffsetDateTime now) {
        return decide(c, amount, cutoff, now, true);
    }

    /**
     * @param voidsSales whether the family can void a sale of its open batch at all (providers whose "void" only
     *                   cancels an authorisation not yet captured, such as Stripe, or that have no void, such as
     *                   2Checkout and PayMaster, always refund a sale)
     */
    public static OperationKind decide(
            Collection c, Money amount, SettlementCutoff cutoff, OffsetDateTime now, boolean voidsSales) {
        if (c.getState() == CollectionState.APPROVED
                && c.getAuthorizationKind() == dev.vpos.gateway.domain.AuthorizationKind.PRE_AUTH) {
            return OperationKind.VOID;
        }
        boolean full = amount.amount().compareTo(c.refundable().amount()) == 0
                && c.refunded().amount().signum() == 0;
        boolean open = c.getApprovedAt() != null && cutoff.stillOpen(c.getApprovedAt(), now);
        return full && open && voidsSales ? OperationKind.VOID : OperationKind.REFUND;
    }
}
