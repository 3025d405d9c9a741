package dev.vpos.collection.application;

import dev.vpos.collection.domain.Collection;
import dev.vpos.collection.domain.CollectionState;
import dev.vpos.collection.domain.OperationKind;
import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.Money;
import dev.vpos.shared.domain.RuleViolationException;
import java.util.List;

/** Which follow-ups a collection allows, and for how much. Nothing is changed when a rule says no. */
final class FollowUpRules {

    private FollowUpRules() {}

    static void check(Collection c, OperationKind kind, Money amount) {
        switch (kind) {
            case CAPTURE -> {
                if (c.getAuthorizationKind() != AuthorizationKind.PRE_AUTH
                        || c.getState() != CollectionState.APPROVED) {
                    throw new RuleViolationException("followUp.notCapturable", c.getReference(), c.getState());
                }
                limit(amount, c.capturable());
            }
            case VOID -> {
                if (!c.getState().canMoveTo(CollectionState.VOIDED)
                        || c.refunded().isPositive()) {
                    throw new RuleViolationException("followUp.notVoidable", c.getReference(), c.getState());
                }
            }
            case REFUND -> {
                if (!c.refundable().isPositive()) {
                    throw new RuleViolationException("followUp.notRefundable", c.getReference(), c.getState());
                }
                limit(amount, c.refundable());
            }
        }
    }

    private static void limit(Money amount, Money max) {
        if (!amount.currency().equals(max.currency())) {
            throw new InvalidInputException(
                    List.of(FieldError.of("currency", "followUp.currency", max.currencyCode())));
        }
        if (amount.isGreaterThan(max)) {
            throw new InvalidInputException(List.of(
                    FieldError.of("amount", "followUp.amount.max", max.amount().toPlainString(), max.currencyCode())));
        }
    }
}
