package dev.vpos.gateway.domain;

/** The operations a family's adapter can perform; a family publishes the ones its bank offers. */
public enum GatewayOperation {
    /** Authorisation and capture in one step. */
    SALE,
    /** Authorisation only (pre-authorisation, "provizyon"); money is taken by a later capture. */
    PRE_AUTH,
    /** Capture of a pre-authorisation (post-auth) for its full amount. */
    CAPTURE,
    /** Capture of less than the pre-authorised amount. */
    PARTIAL_CAPTURE,
    /** Cancel of a same-day transaction before the bank's batch closes. */
    VOID,
    /** Refund of the full amount of a settled transaction. */
    REFUND,
    /** Refund of part of the amount; several partial refunds may follow each other. */
    PARTIAL_REFUND,
    /** Status inquiry by our order id. */
    STATUS,
    /** The bank's order history / report call. */
    HISTORY
}
