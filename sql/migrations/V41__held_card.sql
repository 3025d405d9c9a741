-- V41: a 3-D payment's card while the payer is at the bank's page (families whose provision repeats the card, e.g.
-- PayFlex), so the bank's callback completes on whichever node it reaches. Only sealed (AES-256-GCM under the master
-- key, bound to the reference: number, expiry, CVV, holder are never in clear on disk); erased when the callback takes
-- it and, unused, by the purge (lease 'held-card-purge') once expires_at has passed (15 minutes).
CREATE TABLE held_card (
    reference   VARCHAR(36)   NOT NULL PRIMARY KEY,
    sealed      VARCHAR(2000) NOT NULL,
    held_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_held_card_expires ON held_card (expires_at);
