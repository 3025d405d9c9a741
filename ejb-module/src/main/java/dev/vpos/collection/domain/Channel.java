package dev.vpos.collection.domain;

/** Where a collection came from. */
public enum Channel {
    /** Phone order keyed in by accounting staff on the online-collection screen. */
    MOTO,
    /** Portal: pay at order completion. */
    PORTAL_ORDER,
    /** Portal: pay an open balance. */
    PORTAL_BALANCE,
    /** Another program through the REST API. */
    API,
    /** A payment link a collector sent the payer (pay-by-link), paid on the hosted page. */
    PAY_LINK
}
