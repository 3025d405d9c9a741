package dev.vpos.notifications.domain;

/** Where a provider's notification stands in the inbox. */
public enum NotificationStatus {
    /** Stored and acknowledged, not processed yet. */
    RECEIVED,
    /** It moved its collection (approved, declined, cancelled, refunded). */
    APPLIED,
    /** Authentic, but its collection was already there (or past it): nothing moved backwards. */
    NO_CHANGE,
    /** A resend of an event already received (same provider event id). */
    DUPLICATE,
    /** Its signature (or merchant, or timestamp) did not verify: kept for the record, nothing changed. */
    REJECTED,
    /** Authentic, for an order we do not know: kept and raised to finance. */
    UNMATCHED,
    /** Authentic, but the amount or currency differs from the collection's: raised to finance, nothing changed. */
    MISMATCH,
    /** Cannot apply yet (e.g. a refund for a payment still pending): tried again later. */
    DEFERRED;

    public boolean awaitsProcessing() {
        return this == RECEIVED || this == DEFERRED;
    }
}
