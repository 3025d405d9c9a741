package dev.vpos.returncodes.domain;

/** The module's own vocabulary for why a bank said what it said, the same across all families. */
public enum UnifiedReason {
    APPROVED,
    REFER_TO_ISSUER,
    PICK_UP_CARD,
    LOST_CARD_PICK_UP,
    STOLEN_CARD_PICK_UP,
    DO_NOT_HONOR,
    INSUFFICIENT_FUNDS,
    EXPIRED_CARD,
    INVALID_CARD,
    INVALID_AMOUNT,
    INVALID_TRANSACTION,
    NOT_PERMITTED,
    RESTRICTED_CARD,
    LIMIT_EXCEEDED,
    REQUEST_REJECTED,
    THREE_D_AUTHENTICATION_FAILED,
    BANK_SYSTEM_ERROR,
    GATEWAY_ERROR,
    /** The bank was not reached: nothing was charged. */
    BANK_NOT_REACHED,
    /** No usable answer: the outcome must be asked from the bank. */
    OUTCOME_UNKNOWN,
    /** A code the catalog does not know yet: kept verbatim, flagged for an admin to classify. */
    UNCLASSIFIED
}
