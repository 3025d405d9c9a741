package dev.vpos.shared.mail;

import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.infrastructure.metrics.Meters;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one {@link OutgoingMail} through the server's mail session {@code mail/vpos} (server.xml: host, port, sender
 * and the SMTP deadlines from the {@code vpos.mail.*} variables; docs/admin-guide.md "Mail").
 *
 * <p>Every call has a deadline: the session's connection, read and write timeouts (defaults below when the server's
 * configuration leaves one out), so a silent SMTP server costs at most those seconds. It runs outside any transaction
 * ({@code NOT_SUPPORTED} suspends the caller's, and with it the database connection): callers read and write their
 * own rows in short transactions before and after. A failure is never thrown at the caller nor swallowed: it comes back
 * as a {@link MailDelivery} with the reason, is logged and counted ({@code vpos_mail_total{outcome}}), and the caller
 * records it where its user sees it.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
public class MailSender {

    static final String CONNECT_TIMEOUT = "mail.smtp.connectiontimeout";
    static final String READ_TIMEOUT = "mail.smtp.timeout";
    static final String WRITE_TIMEOUT = "mail.smtp.writetimeout";
    static final String DEFAULT_CONNECT_MILLIS = "5000";
    static final String DEFAULT_IO_MILLIS = "10000";
    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Resource(lookup = "mail/vpos")
    Session session;

    @Inject
    Clock clock;

    @Inject
    Meters meters;

    protected MailSender() {}

    /** For tests: a session of their own (no metrics). */
    MailSender(Session session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    /** Whether the text is one e-mail address the SMTP server can be given. */
    public static boolean isAddress(String address) {
        return MailMessages.isAddress(address);
    }

    /** Sends the mail now, within the session's deadlines; the outcome, never an exception. */
    public MailDelivery send(OutgoingMail mail) {
        MailDelivery delivery;
        try {
            withDeadlines(session.getProperties());
            Transport.send(MailMessages.of(session, mail, Date.from(clock.instant())));
            delivery = MailDelivery.sent(OffsetDateTimes.now(clock));
        } catch (MessagingException | RuntimeException e) {
            delivery = MailDelivery.failed(OffsetDateTimes.now(clock), reason(e));
            // the address and subject help support; the body (a payment link) is not logged
            LOG.log(Level.WARNING, "Mail to {0} (\"{1}\") not sent: {2}", new Object[] {
                mail.to(), mail.subject(), delivery.failure()
            });
        }
        if (meters != null) {
            meters.count("vpos_mail_total", "outcome", delivery.sent() ? "sent" : "failed");
        }
        return delivery;
    }

    /** The deadlines a session must have; the server's own values win, a missing one gets the default. */
    static void withDeadlines(Properties p) {
        p.putIfAbsent(CONNECT_TIMEOUT, DEFAULT_CONNECT_MILLIS);
        p.putIfAbsent(READ_TIMEOUT, DEFAULT_IO_MILLIS);
        p.putIfAbsent(WRITE_TIMEOUT, DEFAULT_IO_MILLIS);
    }

    /** The failure and its causes in one line (e.g. "Couldn't connect to host ... / Connection refused"). */
    static String reason(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 400; t = t.getCause()) {
            String m = t.getMessage() == null
                    ? t.getClass().getSimpleName()
                    : t.getMessage().strip();
            if (b.indexOf(m) < 0) {
                b.append(b.length() == 0 ? "" : " / ").append(m.replaceAll("\\s+", " "));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return b.length() > 400 ? b.substring(0, 400) : b.toString();
    }
}
