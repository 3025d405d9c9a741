package dev.vpos.notifications.infrastructure;

import dev.vpos.notifications.domain.NotificationStatus;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.infrastructure.metrics.Meters;
import dev.vpos.shared.infrastructure.metrics.Periodic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Providers' notifications by status (received, applied, no change, duplicate, rejected, ...) and how many are raised
 * to finance, for the scraped meters (issue #17). Counted at most every 30 s, by one grouped query.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
public class NotificationGauges {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @Inject
    Clock clock;

    private final Periodic<Map<NotificationStatus, Long>> counts = new Periodic<>(Duration.ofSeconds(30), this::count);

    public void register(
            @Observes @Initialized(ApplicationScoped.class) Object started, Meters meters, NotificationGauges self) {
        for (NotificationStatus status : NotificationStatus.values()) {
            meters.gauge("vpos_provider_notifications", () -> self.byStatus().get(status), "status", status.name());
        }
    }

    public Map<NotificationStatus, Long> byStatus() {
        return counts.get(clock);
    }

    private Map<NotificationStatus, Long> count() {
        Map<NotificationStatus, Long> found = new EnumMap<>(NotificationStatus.class);
        for (NotificationStatus s : NotificationStatus.values()) {
            found.put(s, 0L);
        }
        for (Object row : em.createNativeQuery("select status, count(*) from provider_notification group by status")
                .getResultList()) {
            Object[] r = (Object[]) row;
            try {
                found.put(NotificationStatus.valueOf((String) r[0]), ((Number) r[1]).longValue());
            } catch (IllegalArgumentException retired) {
                // a status no longer in the enum: not metered
            }
        }
        return found;
    }
}
