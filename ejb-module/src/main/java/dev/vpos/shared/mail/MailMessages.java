package dev.vpos.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/** Turns an {@link OutgoingMail} into a UTF-8 MIME message (text, or text + HTML alternatives). */
final class MailMessages {

    private MailMessages() {}

    static MimeMessage of(Session session, OutgoingMail mail, Date sentDate) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        String from = session.getProperty("mail.from");
        if (from != null && !from.isBlank()) {
            m.setFrom(new InternetAddress(from, true));
        } else {
            m.setFrom();
        }
        m.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        m.setSentDate(sentDate);
        if (mail.html() == null) {
            m.setText(mail.text(), StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            m.setContent(new MimeMultipart("alternative", text, html));
        }
        m.saveChanges();
        return m;
    }

    /** Whether the text is one syntactically valid address (RFC 822, as the SMTP server will be given it). */
    static boolean isAddress(String address) {
        if (address == null || address.isBlank() || address.length() > 254) {
            return false;
        }
        try {
            InternetAddress[] parsed = InternetAddress.parse(address.trim(), true);
            if (parsed.length != 1) {
                return false;
            }
            parsed[0].validate();
            return parsed[0].getAddress().contains("@");
        } catch (jakarta.mail.internet.AddressException e) {
            return false;
        }
    }
}
