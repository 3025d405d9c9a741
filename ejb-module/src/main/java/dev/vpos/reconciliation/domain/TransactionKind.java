package dev.vpos.reconciliation.domain;

/** A statement line or batch record: money taken (a sale or a capture) or given back (a refund, negative). */
public enum TransactionKind {
    SALE,
    REFUND
}
