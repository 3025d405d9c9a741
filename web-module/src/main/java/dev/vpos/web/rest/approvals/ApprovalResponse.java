package dev.vpos.web.rest.approvals;

import dev.vpos.approvals.application.ApprovalView;
import dev.vpos.approvals.domain.WaitReason;
import dev.vpos.web.i18n.Messages;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A refund, void or cancel that waits for a second user (or was decided): what was asked, by whom, and why it waits,
 * each reason with its text in the caller's language.
 */
public record ApprovalResponse(
        String approvalId,
        String state,
        String collectionReference,
        long companyId,
        String operation,
        String expectedKind,
        BigDecimal amount,
        String currency,
        List<Reason> reasons,
        BigDecimal threshold,
        String saleTakenBy,
        String requestedBy,
        OffsetDateTime requestedAt,
        String channel,
        String decidedBy,
        OffsetDateTime decidedAt,
        String decisionNote,
        String operationId,
        boolean replayed) {

    /** Why it waits: the code and its text. */
    public record Reason(String code, String message) {}

    public static ApprovalResponse of(ApprovalView v, Locale locale) {
        return new ApprovalResponse(
                v.approvalId(),
                v.state().name(),
                v.collectionReference(),
                v.companyId(),
                v.requested(),
                v.expectedKind().name(),
                v.amount(),
                v.currency(),
                v.reasons().stream().map(r -> reason(r, v, locale)).toList(),
                v.threshold(),
                v.saleTakenBy(),
                v.requestedBy(),
                v.requestedAt(),
                v.channel(),
                v.decidedBy(),
                v.decidedAt(),
                v.decisionNote(),
                v.operationId(),
                v.replayed());
    }

    private static Reason reason(WaitReason r, ApprovalView v, Locale locale) {
        String message = switch (r) {
            case ABOVE_THRESHOLD ->
                Messages.text(
                        locale,
                        "fourEyes.reason.ABOVE_THRESHOLD",
                        v.threshold() == null ? "" : v.threshold().toPlainString(),
                        v.currency());
            case SAME_USER_AS_SALE ->
                Messages.text(locale, "fourEyes.reason.SAME_USER_AS_SALE", String.valueOf(v.saleTakenBy()));
        };
        return new Reason(r.name(), message);
    }
}
