package dev.vpos.collection.application;

/**
 * A capture, void, refund or cancel as the caller asked for it.
 *
 * @param requested a capture, void, refund or cancel (void before the family's cut-off, refund after or for a part)
 * @param amount    the amount, or null for "all that is left" (the whole pre-authorisation, the refundable rest)
 * @param channel   where it came from (API, MOTO screen, ...)
 * @param note      why it runs, kept with the state change (e.g. the four-eyes approval that sent it); may be null
 */
public record FollowUpCommand(
        String reference,
        RequestedFollowUp requested,
        String amount,
        String idempotencyKey,
        String channel,
        String note) {

    public FollowUpCommand(
            String reference, RequestedFollowUp requested, String amount, String idempotencyKey, String channel) {
        this(reference, requested, amount, idempotencyKey, channel, null);
    }
}
