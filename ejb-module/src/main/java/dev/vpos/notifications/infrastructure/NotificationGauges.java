package dev.vpos.notifications.infrastructure;

import dev.vpos.notifications.domain.NotificationStatus;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.infrastructure.metrics.Meters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * Providers' notifications by status (received, applied, no change, duplicate, rejected, ...) and how many are raised
 * to finance, for the scraped meters (issue #17). Counted at most every 30 s, by one grouped query.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
public class NotificationGauges {

    private static final Duration FRESH = Duration.ofSeconds(30);

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @Inject
    Clock clock;

    private volatile Map<NotificationStatus, Long> last;
    private volatile Instant takenAt;

    public void register(
            @Observes @Initialized(ApplicationScoped.class) Object started, Meters meters, NotificationGauges self) {
        for (NotificationStatus status : NotificationStatus.values()) {
            meters.gauge("vpos_provider_notifications", () -> self.byStatus().get(status), "status", status.name());
        }
    }

    public Map<NotificationStatus, Long> byStatus() {
        Instant now = clock.instant();
        if (last == null || takenAt.plus(FRESH).isBefore(now)) {
            Map<NotificationStatus, Long> counts = new EnumMap<>(NotificationStatus.class);
            for (NotificationStatus s : NotificationStatus.values()) {
                counts.put(s, 0L);
            }
            for (Object row : em.createNativeQuery("select status, count(*) from provider_notification group by status")
                    .getResultList()) {
                Object[] r = (Object[]) row;
                try {
                    counts.put(NotificationStatus.valueOf((String) r[0]), ((Number) r[1]).longValue());
                } catch (IllegalArgumentException retired) {
                    // a status no longer in the enum: not metered
                }
            }
            last = counts;
            takenAt = now;
        }
        return last;
    }
}
