package dev.vpos.collection.application;

import dev.vpos.collection.domain.Channel;

/**
 * Where a sale came from: its channel (API when none), the caller's Idempotency-Key (optional), the payer's address
 * and e-mail (both passed to the bank; the e-mail is optional).
 */
public record SaleOrigin(Channel channel, String idempotencyKey, String clientIp, String email) {

    /** Nothing known: the API channel, no key, no address, no e-mail. */
    public static final SaleOrigin NONE = new SaleOrigin(null, null, null, null);
}
