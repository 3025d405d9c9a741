package dev.vpos.notifications.application;

import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.NotificationVerdict;
import dev.vpos.notifications.domain.NotificationStatus;
import dev.vpos.notifications.domain.ProviderNotification;
import dev.vpos.notifications.infrastructure.ProviderNotificationRepository;
import dev.vpos.shared.application.Page;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The inbox's rows: each write in a short transaction of its own. */
@ApplicationScoped
public class NotificationStore {

    @Inject
    ProviderNotificationRepository notifications;

    @Inject
    Clock clock;

    @Inject
    Event<CardKeptByProvider> cardKept;

    /**
     * Stores a notification as received. The first authentic notification of an event takes the event's unique key;
     * a resend (or a second one racing it) is stored as DUPLICATE and will not be processed.
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public ProviderNotification save(
            long definitionId, long companyId, GatewayFamily family, NotificationVerdict v, boolean firstOfEvent) {
        ProviderNotification n =
                new ProviderNotification(definitionId, companyId, family, v, firstOfEvent, OffsetDateTimes.now(clock));
        notifications.add(n);
        return n;
    }

    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRED)
    public boolean eventKnown(long definitionId, String eventId) {
        return notifications.holdsEventKey(ProviderNotification.eventKey(definitionId, eventId));
    }

    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRED)
    public ProviderNotification byId(long id) {
        return notifications
                .find(id)
                .orElseThrow(() -> new NotFoundException("notification.notFound", String.valueOf(id)));
    }

    /**
     * Records what processing did, under the row's lock; and, when the payment stands approved and the provider kept
     * the payer's card, hands the token to the saved-cards context in the same transaction.
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public void processed(
            long id, NotificationStatus outcome, Long collectionId, String note, Optional<CardKeptByProvider> kept) {
        ProviderNotification n = notifications.lock(id);
        n.processed(outcome, collectionId, note, OffsetDateTimes.now(clock));
        kept.ifPresent(cardKept::fire);
    }

    /** Authentic notifications still waiting: not processed after {@code olderThan}, or deferred. */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRED)
    public List<Long> waiting(OffsetDateTime olderThan, int maxAttempts, int limit) {
        return notifications.waiting(olderThan, maxAttempts, limit);
    }

    /** The inbox for finance, newest first. */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRED)
    public Page<ProviderNotification> page(
            NotificationStatus status,
            Long definitionId,
            boolean attentionOnly,
            String bankOrderId,
            List<Long> companies,
            int page,
            int size) {
        return notifications.page(status, definitionId, attentionOnly, bankOrderId, companies, page, size);
    }

    /** Finance has dealt with a notification raised to it; the note says how. */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRED)
    public ProviderNotification settleAttention(long id, String note) {
        ProviderNotification n = notifications.lock(id);
        if (n == null) {
            throw new NotFoundException("notification.notFound", String.valueOf(id));
        }
        n.acknowledgeAttention(note, OffsetDateTimes.now(clock));
        return n;
    }
}
