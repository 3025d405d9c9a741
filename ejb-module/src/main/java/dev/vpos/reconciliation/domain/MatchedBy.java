package dev.vpos.reconciliation.domain;

/** Which rule paired a statement line with a batch record. */
public enum MatchedBy {
    ORDER_ID,
    AUTH_CODE,
    RRN,
    CARD_AMOUNT_DATE,
    MANUAL
}
