package dev.vpos.shared.infrastructure.sessions;

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
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes the sign-in sessions that have run out ({@link StaffSessions#purgeExpired()}), every
 * {@code vpos.session.purgeSeconds} (300) on the node that holds the task's lease. A run-out session is refused before
 * the purge reaches it; the purge only keeps the table small.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaffSessionPurge {

    /** Its lease in {@code scheduled_task_lease}. */
    public static final String TASK = "staff-session-purge";

    private static final Logger LOG = Logger.getLogger(StaffSessionPurge.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    StaffSessions sessions;

    @Inject
    TaskLeases leases;

    @Inject
    @ConfigProperty(name = "vpos.session.purgeSeconds", defaultValue = "300")
    long periodSeconds;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = leases.schedule(scheduler, TASK, periodSeconds, this::purge);
    }

    @PreDestroy
    void stop() {
        leases.unschedule(TASK, task);
    }

    void purge() {
        try {
            int deleted = sessions.purgeExpired();
            if (deleted > 0) {
                LOG.fine(() -> "Deleted " + deleted + " sign-in session(s) that ran out");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sign-in session purge failed; the next one tries again", e);
        }
    }
}
