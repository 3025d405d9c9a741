package dev.vpos.alerts.application;

import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.mail.MailDelivery;
import dev.vpos.shared.mail.MailSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Sends the alert e-mails that are due through the server's mail session: claimed in one short transaction, each sent
 * by {@link MailSender} outside any transaction within the session's deadlines (no database connection is held while
 * the SMTP server is talked to), its outcome recorded in another; a failure is kept with its reason and retried later.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
public class AlertMailing {

    static final int BATCH = 20;

    @Inject
    AlertOutbox outbox;

    @Inject
    MailSender sender;

    /** Sends what is due now; answers how many were sent. */
    public int sendDue() {
        List<AlertOutbox.Due> due = outbox.claimDue(BATCH);
        int sent = 0;
        for (AlertOutbox.Due d : due) {
            MailDelivery delivery = sender.send(d.mail());
            outbox.record(d.mailId(), delivery);
            sent += delivery.sent() ? 1 : 0;
        }
        return sent;
    }
}
