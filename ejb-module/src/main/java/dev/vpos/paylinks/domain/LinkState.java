package dev.vpos.paylinks.domain;

/**
 * What a collector sees of a link. Paid wins over everything (the money was taken, even if a late approval came after
 * the link ran out); then cancelled, expired, opened by the payer, mailed, and NOT_SENT: made, but no mail has reached
 * the SMTP server yet (the link can still be copied or the mail resent).
 */
public enum LinkState {
    NOT_SENT,
    SENT,
    OPENED,
    PAID,
    EXPIRED,
    CANCELLED;

    static LinkState of(String sessionState, boolean cancelled, boolean opened, boolean mailed) {
        if ("PAID".equals(sessionState)) {
            return PAID;
        }
        if (cancelled || "CANCELLED".equals(sessionState)) {
            return CANCELLED;
        }
        if ("EXPIRED".equals(sessionState)) {
            return EXPIRED;
        }
        if (opened) {
            return OPENED;
        }
        return mailed ? SENT : NOT_SENT;
    }

    /** Whether a mail with the link may still be sent (again), or the link cancelled. */
    public boolean open() {
        return this == NOT_SENT || this == SENT || this == OPENED;
    }
}
