package dev.vpos.shared.mail;

import java.util.Objects;

/**
 * One e-mail to one recipient: plain text, optionally with an HTML alternative. The sender's address is the mail
 * session's ({@code vpos.mail.from}); nothing here names a server.
 */
public record OutgoingMail(String to, String subject, String text, String html) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to is required");
        Objects.requireNonNull(subject, "subject is required");
        Objects.requireNonNull(text, "text is required");
    }

    /** A plain-text mail. */
    public static OutgoingMail text(String to, String subject, String text) {
        return new OutgoingMail(to, subject, text, null);
    }
}
