package dev.vpos.notifications.application;

import dev.vpos.definitions.application.DefinitionService;
import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.gateway.application.GatewayRegistry;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.InboundNotification;
import dev.vpos.gateway.domain.NotificationAcknowledgement;
import dev.vpos.gateway.domain.NotificationVerdict;
import dev.vpos.gateway.domain.PaymentGateway;
import dev.vpos.notifications.domain.NotificationStatus;
import dev.vpos.notifications.domain.ProviderNotification;
import dev.vpos.returncodes.domain.UnifiedReason;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.txlog.application.TransactionLog;
import dev.vpos.txlog.domain.InteractionRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Where providers' server-to-server notifications arrive. Each is read by its family's adapter (signature checked),
 * stored — authentic or not, masked — and only then acknowledged; the stored notification is processed afterwards, in
 * the background, so the provider's answer never waits on our ERP. Resends are recognised by the provider's event id.
 * A forged notification is stored as REJECTED, kept in the return-code log and refused; it changes nothing.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
public class NotificationInbox {

    private static final Logger LOG = Logger.getLogger(NotificationInbox.class.getName());

    /** What the servlet answers, and which stored row it is. */
    public record Receipt(
            long notificationId, NotificationStatus status, NotificationAcknowledgement acknowledgement) {}

    @Inject
    DefinitionService definitions;

    @Inject
    GatewayRegistry gateways;

    @Inject
    NotificationStore store;

    @Inject
    NotificationProcessor processor;

    @Inject
    TransactionLog log;

    /** @throws dev.vpos.shared.domain.NotFoundException when there is no such definition */
    public Receipt receive(long definitionId, InboundNotification inbound) {
        VposDefinition d = definitions.definition(definitionId);
        NotificationVerdict verdict = read(d, inbound);
        ProviderNotification row = store(d, verdict);
        if (row.getStatus() == NotificationStatus.REJECTED) {
            LOG.warning(() -> "Rejected a " + d.getFamily() + " notification for definition " + d.getCode() + ": "
                    + verdict.rejection());
            log.record(new InteractionRecord(
                    null,
                    d.getCompanyId(),
                    d.getId(),
                    d.getFamily(),
                    "NOTIFY",
                    null,
                    GatewayOutcome.DECLINED,
                    null,
                    UnifiedReason.REQUEST_REJECTED.name(),
                    "notification refused: " + verdict.rejection(),
                    null,
                    0,
                    verdict.maskedPayload(),
                    null));
        } else if (row.getStatus() == NotificationStatus.RECEIVED) {
            processor.processLater(row.getId(), Optional.ofNullable(verdict.cardToken()));
        }
        return new Receipt(row.getId(), row.getStatus(), verdict.acknowledgement());
    }

    private NotificationVerdict read(VposDefinition d, InboundNotification inbound) {
        Optional<PaymentGateway> gateway = gateways.forFamily(d.getFamily());
        if (gateway.isEmpty()) {
            return NotificationVerdict.rejected("no adapter for " + d.getFamily(), summary(inbound));
        }
        try {
            return gateway.get().readNotification(inbound, definitions.open(d));
        } catch (RuntimeException e) {
            LOG.warning(() -> "The " + d.getFamily() + " adapter could not read a notification: " + e);
            return NotificationVerdict.rejected("unreadable: " + e.getClass().getSimpleName(), summary(inbound));
        }
    }

    private ProviderNotification store(VposDefinition d, NotificationVerdict v) {
        boolean first = !v.authentic() || !store.eventKnown(d.getId(), v.eventId());
        try {
            return store.save(d.getId(), d.getCompanyId(), d.getFamily(), v, first);
        } catch (PersistenceException | jakarta.transaction.TransactionalException raced) {
            // a resend racing the first delivery lost the unique event key: it is the duplicate
            return store.save(d.getId(), d.getCompanyId(), d.getFamily(), v, false);
        }
    }

    /** What can be kept of a notification no adapter could mask: its shape, never its values. */
    private static String summary(InboundNotification n) {
        return "content-type=" + n.contentType() + ", bytes=" + n.body().length + ", fields="
                + n.form().stream().map(java.util.Map.Entry::getKey).toList();
    }
}
