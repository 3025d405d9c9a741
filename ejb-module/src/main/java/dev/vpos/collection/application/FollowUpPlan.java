package dev.vpos.collection.application;

import dev.vpos.collection.domain.OperationKind;
import dev.vpos.shared.domain.Money;

/**
 * A follow-up as it would run now (checked, not sent): which collection, what it becomes (a cancel is a void or a
 * refund), for how much, and whether it gives money back (a refund, or a void of money taken; releasing an uncaptured
 * pre-authorisation and capturing do not).
 */
public record FollowUpPlan(
        long collectionId,
        String reference,
        long companyId,
        String saleTakenBy,
        RequestedFollowUp requested,
        OperationKind kind,
        Money amount,
        boolean givesMoneyBack,
        String fingerprint) {}
