package dev.vpos.simulator.ledger;

/** The kinds of transaction a simulated bank records. */
public enum LedgerType {
    /** Authorisation and capture in one step. */
    SALE,
    /** Authorisation only; needs a POST_AUTH to be settled. */
    PRE_AUTH,
    /** Capture of a pre-authorisation (full or partial). */
    POST_AUTH,
    /** Cancel of a transaction of the open batch. */
    VOID,
    /** Refund of (part of) a settled transaction. */
    REFUND;

    public boolean isAuthorization() {
        return this == SALE || this == PRE_AUTH;
    }
}
