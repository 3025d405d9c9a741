package dev.vpos.approvals.application;

import dev.vpos.approvals.domain.RefundApproval;
import dev.vpos.approvals.domain.WaitReason;
import dev.vpos.collection.domain.OperationKind;
import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A refund, void or cancel waiting for (or decided by) a second user, as the API and the screen show it.
 * {@code replayed} marks the answer to a retry with the request's Idempotency-Key.
 */
public record ApprovalView(
        String approvalId,
        String collectionReference,
        long companyId,
        String requested,
        OperationKind expectedKind,
        BigDecimal amount,
        String currency,
        List<WaitReason> reasons,
        BigDecimal threshold,
        String saleTakenBy,
        String requestedBy,
        OffsetDateTime requestedAt,
        String channel,
        RefundApproval.State state,
        String decidedBy,
        OffsetDateTime decidedAt,
        String decisionNote,
        String operationId,
        boolean replayed) {

    static ApprovalView of(RefundApproval a, boolean replayed) {
        return new ApprovalView(
                a.getReference(),
                a.getCollectionReference(),
                a.getCompanyId(),
                a.getRequested(),
                a.getExpectedKind(),
                a.money().amount(),
                a.money().currencyCode(),
                a.reasons(),
                a.getThreshold() == null
                        ? null
                        : Money.of(a.getThreshold(), a.money().currencyCode()).amount(),
                a.getSaleTakenBy(),
                a.getRequestedBy(),
                a.getRequestedAt(),
                a.getChannel(),
                a.getState(),
                a.getDecidedBy(),
                a.getDecidedAt(),
                a.getDecisionNote(),
                a.getOperationId(),
                replayed);
    }
}
