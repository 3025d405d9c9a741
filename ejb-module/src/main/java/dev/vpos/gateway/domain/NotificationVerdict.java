package dev.vpos.gateway.domain;

import dev.vpos.shared.domain.Money;
import java.util.Objects;

/**
 * What a family's adapter made of a notification.
 * <ul>
 *   <li>Not authentic ({@link #rejected}): the signature did not verify (or the timestamp is outside the tolerance,
 *       or the merchant is not this definition's). Nothing may change; it is stored for the record and the
 *       provider is refused.</li>
 *   <li>Authentic: {@code eventId} identifies the event at the provider (duplicates are recognised by it),
 *       {@code bankOrderId} is our order id as we sent it, {@code kind} what happened, {@code result} the codes the
 *       provider gave (auth code, transaction reference, amount checked by the processor) as a gateway result.</li>
 * </ul>
 *
 * @param maskedPayload the notification as received with card data and secrets masked, for the record
 * @param cardToken     a card the payer asked the provider to keep, when the notification carries one
 * @param amount        the amount the provider says was paid (null when the event carries none)
 */
public record NotificationVerdict(
        boolean authentic,
        String rejection,
        String eventId,
        String bankOrderId,
        NotificationKind kind,
        Money amount,
        GatewayResult result,
        SavedCardToken cardToken,
        String maskedPayload,
        NotificationAcknowledgement acknowledgement) {

    public NotificationVerdict {
        Objects.requireNonNull(acknowledgement, "acknowledgement");
        maskedPayload = maskedPayload == null ? "" : maskedPayload;
        if (authentic) {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(kind, "kind");
        } else {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    public static NotificationVerdict rejected(String why, String maskedPayload) {
        return new NotificationVerdict(
                false, why, null, null, null, null, null, null, maskedPayload, NotificationAcknowledgement.refused());
    }
}
