package dev.vpos.notifications.application;

import dev.vpos.collection.application.ProviderEvents;
import dev.vpos.collection.domain.CollectionState;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.SavedCardToken;
import dev.vpos.notifications.domain.NotificationStatus;
import dev.vpos.notifications.domain.ProviderNotification;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.Money;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Processes a stored notification: applies its event to the collection (forward only, see {@link ProviderEvents}) and
 * records the outcome. Safe to run twice for the same notification (the background run and the sweeper, or two nodes):
 * the collection's row lock and state machine let only one of them move it.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
public class NotificationProcessor {

    private static final Logger LOG = Logger.getLogger(NotificationProcessor.class.getName());
    private static final EnumSet<CollectionState> PAID = EnumSet.of(CollectionState.APPROVED, CollectionState.CAPTURED);

    @Resource
    ManagedExecutorService executor;

    @Inject
    NotificationStore store;

    @Inject
    ProviderEvents events;

    /** In the background, right after the notification was stored and acknowledged. */
    public void processLater(long notificationId, Optional<SavedCardToken> cardToken) {
        executor.submit(() -> {
            try {
                process(notificationId, cardToken);
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Notification " + notificationId + " not processed now (the sweeper tries again)",
                        e);
            }
        });
    }

    /** @return the notification's status afterwards */
    public NotificationStatus process(long notificationId, Optional<SavedCardToken> cardToken) {
        ProviderNotification n = store.byId(notificationId);
        if (!n.getStatus().awaitsProcessing()) {
            return n.getStatus();
        }
        Money amount = n.getAmount() == null ? null : Money.of(n.getAmount(), n.getCurrency());
        ProviderEvents.Applied applied = events.apply(new ProviderEvents.Event(
                n.getDefinitionId(),
                n.getBankOrderId(),
                n.getKind(),
                amount,
                n.result(outcomeOf(n)),
                n.getEventId(),
                n.getId()));
        NotificationStatus status = switch (applied.effect()) {
            case APPLIED -> NotificationStatus.APPLIED;
            case NO_CHANGE -> NotificationStatus.NO_CHANGE;
            case UNMATCHED -> NotificationStatus.UNMATCHED;
            case MISMATCH -> NotificationStatus.MISMATCH;
            case DEFERRED -> NotificationStatus.DEFERRED;
        };
        Optional<CardKeptByProvider> kept = cardToken
                .filter(t -> applied.collectionState() != null && PAID.contains(applied.collectionState()))
                .map(t -> new CardKeptByProvider(
                        applied.collectionId(),
                        applied.companyId(),
                        applied.customerAccountId(),
                        n.getDefinitionId(),
                        t));
        store.processed(n.getId(), status, applied.collectionId(), applied.note(), kept);
        if (status == NotificationStatus.UNMATCHED || status == NotificationStatus.MISMATCH) {
            LOG.warning(() -> "Notification " + n.getId() + " (" + n.getFamily() + ", order " + n.getBankOrderId()
                    + ") raised to finance: " + applied.note());
        }
        return status;
    }

    private static GatewayOutcome outcomeOf(ProviderNotification n) {
        return n.getKind() == dev.vpos.gateway.domain.NotificationKind.PAYMENT_DECLINED
                ? GatewayOutcome.DECLINED
                : GatewayOutcome.APPROVED;
    }
}
