package dev.vpos.notifications.infrastructure;

import dev.vpos.notifications.application.NotificationProcessor;
import dev.vpos.notifications.application.NotificationStore;
import dev.vpos.shared.infrastructure.scheduling.TaskLeases;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Processes stored notifications that were not processed right after they arrived (the node stopped, the database
 * was busy) or had to wait (a refund for a payment still pending). A notification is tried a limited number of
 * times; what is left stays in the inbox for finance.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationSweeper {

    /** Its lease in {@code scheduled_task_lease}: one node of the cluster sweeps at a time. */
    public static final String TASK = "notification-sweeper";

    private static final Logger LOG = Logger.getLogger(NotificationSweeper.class.getName());
    private static final int BATCH = 50;
    private static final int MAX_ATTEMPTS = 20;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    NotificationStore store;

    @Inject
    NotificationProcessor processor;

    @Inject
    Clock clock;

    @Inject
    TaskLeases leases;

    @Inject
    @ConfigProperty(name = "vpos.notifications.sweepSeconds", defaultValue = "30")
    long periodSeconds;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = leases.schedule(scheduler, TASK, periodSeconds, this::sweep);
    }

    @PreDestroy
    void stop() {
        leases.unschedule(TASK, task);
    }

    void sweep() {
        try {
            OffsetDateTime settled = OffsetDateTime.now(clock).minusSeconds(periodSeconds);
            for (Long id : store.waiting(settled, MAX_ATTEMPTS, BATCH)) {
                processor.process(id, Optional.empty());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notification sweep failed; the next one tries again", e);
        }
    }
}
