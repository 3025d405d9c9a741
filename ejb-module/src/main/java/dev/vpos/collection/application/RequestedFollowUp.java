package dev.vpos.collection.application;

/**
 * What a caller asks of a collection after its sale: a capture, a void, a refund, or a cancel — which the module turns
 * into a void before the family's day-end cut-off and a refund after it or for a part ({@code CancelPolicy}).
 */
public enum RequestedFollowUp {
    CAPTURE,
    VOID,
    REFUND,
    CANCEL;

    /** Money goes back to the payer (or would): what four eyes may hold. */
    public boolean mayGiveMoneyBack() {
        return this != CAPTURE;
    }
}
