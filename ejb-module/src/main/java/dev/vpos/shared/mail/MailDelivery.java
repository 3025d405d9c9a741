package dev.vpos.shared.mail;

import java.time.OffsetDateTime;

/**
 * What became of one {@link OutgoingMail}: handed to the SMTP server ({@link #sent()}), or not, with the reason in
 * words a support engineer can act on (never the mail's body). The caller records it: a failed mail is not retried
 * behind anyone's back.
 */
public record MailDelivery(boolean sent, OffsetDateTime at, String failure) {

    public static MailDelivery sent(OffsetDateTime at) {
        return new MailDelivery(true, at, null);
    }

    public static MailDelivery failed(OffsetDateTime at, String failure) {
        return new MailDelivery(false, at, failure == null || failure.isBlank() ? "unknown failure" : failure);
    }
}
