package dev.vpos.approvals.domain;

/** Why a refund, void or cancel waits for a second user. */
public enum WaitReason {
    /** Its amount is above the company's threshold for the currency. */
    ABOVE_THRESHOLD,
    /** The user asking for it took the sale (the classic insider refund). */
    SAME_USER_AS_SALE
}
