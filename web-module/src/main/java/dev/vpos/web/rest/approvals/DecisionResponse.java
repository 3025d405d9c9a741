package dev.vpos.web.rest.approvals;

import dev.vpos.web.rest.collections.OperationResponse;

/** An approval after its decision, with the follow-up the approval sent (none after a rejection). */
public record DecisionResponse(ApprovalResponse approval, OperationResponse operation) {}
