package dev.vpos.collection.domain;

/** A follow-up of an approved collection, each its own bank call. */
public enum OperationKind {
    /** Capture (post-auth) of a pre-authorisation. */
    CAPTURE,
    /** Cancel of a transaction of the bank's open batch. */
    VOID,
    /** Refund of (part of) a settled transaction. */
    REFUND
}
