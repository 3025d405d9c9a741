package dev.vpos.approvals.application;

import dev.vpos.collection.application.OperationView;

/**
 * What a refund, void or cancel request came to: the follow-up (sent to the bank) or, when it needs a second pair of
 * eyes, the approval it waits for. Exactly one of the two is set.
 */
public record FollowUpAnswer(OperationView operation, ApprovalView waiting) {

    public static FollowUpAnswer sent(OperationView operation) {
        return new FollowUpAnswer(operation, null);
    }

    public static FollowUpAnswer waits(ApprovalView approval) {
        return new FollowUpAnswer(null, approval);
    }

    public boolean isWaiting() {
        return waiting != null;
    }
}
