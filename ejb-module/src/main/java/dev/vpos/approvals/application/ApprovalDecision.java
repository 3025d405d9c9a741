package dev.vpos.approvals.application;

import dev.vpos.collection.application.OperationView;

/** An approval after a second user decided it, and the follow-up its approval sent (null when rejected). */
public record ApprovalDecision(ApprovalView approval, OperationView operation) {}
