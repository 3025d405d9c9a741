package dev.vpos.gateway.domain;

/** What a bank call achieved, as far as the module can know. */
public enum GatewayOutcome {
    /** The bank approved. */
    APPROVED,
    /** The bank answered and refused (a card, limit or validation reason). */
    DECLINED,
    /** Known not to have reached the bank (no connection could be made): nothing can have been charged. */
    NOT_SENT,
    /** May or may not have happened at the bank (timeout, reset, unreadable answer): must be asked, never retried blindly. */
    UNKNOWN
}
