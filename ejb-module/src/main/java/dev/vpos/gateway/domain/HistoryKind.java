package dev.vpos.gateway.domain;

/**
 * What a line of a bank's order history is, in the module's terms, whatever the bank calls it ({@code sales},
 * {@code Auth}, {@code Capt}, {@code DrawBack}, {@code charge.refunded}, ...). A follow-up of ours is booked at the
 * bank when the history shows an approved line of its kind (and, where the bank keeps it, its operation id).
 */
public enum HistoryKind {
    /** Authorisation and capture in one step. */
    SALE,
    /** An authorisation only (pre-authorisation), not yet captured by itself. */
    PRE_AUTH,
    /** Capture (post-authorisation) of a pre-authorisation. */
    CAPTURE,
    /** Cancel of the order (or of its authorisation) before it was settled: nothing is charged. */
    VOID,
    /** Money given back after the order was settled, all or part. */
    REFUND,
    /** Anything else the bank lists (its type is in the line's {@code bankType}). */
    OTHER
}
