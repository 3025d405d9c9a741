package dev.vpos.txlog.infrastructure;

import dev.vpos.shared.domain.RuleViolationException;
import dev.vpos.shared.infrastructure.scheduling.TaskLeases;
import dev.vpos.txlog.application.LogPruning;
import dev.vpos.txlog.domain.PruningRun;
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
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prunes the return-code log by the retention policy on a schedule: {@code vpos.logRetention.pruneSchedule}, a cron
 * expression in the business zone (default {@code 30 2 * * *}, every night at 02:30), on the managed scheduled
 * executor like the unknown-outcome janitor. {@code vpos.logRetention.pruneEnabled=false} turns it off on a node.
 * On a cluster every node's schedule fires, and only the node that takes the task's lease ({@link TaskLeases}) prunes;
 * the lease is kept for {@link #LEASE} after the run, longer than the nodes' firings lie apart, so the others skip that
 * night's run; if its holder is gone, the next night's run is another node's.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LogPruningSchedule {

    static final String ACTOR = "retention-schedule";
    /** Its lease in {@code scheduled_task_lease}. */
    public static final String TASK = "log-pruning";

    static final Duration LEASE = Duration.ofMinutes(30);
    private static final Logger LOG = Logger.getLogger(LogPruningSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    LogPruning pruning;

    @Inject
    TaskLeases leases;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "vpos.logRetention.pruneEnabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "vpos.logRetention.pruneSchedule", defaultValue = "30 2 * * *")
    String schedule;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        if (!enabled) {
            LOG.info("Return-code log pruning is off on this node (vpos.logRetention.pruneEnabled=false)");
            return;
        }
        CronTrigger trigger;
        try {
            trigger = new CronTrigger(schedule, clock.getZone());
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "vpos.logRetention.pruneSchedule '" + schedule + "' is not a cron expression:"
                            + " the return-code log is NOT pruned on a schedule",
                    e);
            return;
        }
        task = scheduler.schedule(this::scheduledRun, trigger);
        LOG.info(() -> "Return-code log pruning scheduled '" + schedule + "' in " + clock.getZone() + "; next run "
                + trigger.getNextRunTime(null, java.time.ZonedDateTime.now(clock)));
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** The schedule's entry point: prunes only on the node that takes the pruning's lease. */
    void scheduledRun() {
        if (!leases.acquire(TASK, LEASE)) {
            LOG.fine("Return-code log pruning runs on another node tonight");
            return;
        }
        run();
    }

    void run() {
        try {
            pruning.pruneAll(PruningRun.Trigger.SCHEDULE, ACTOR);
        } catch (RuleViolationException e) {
            LOG.info("Scheduled return-code log pruning skipped: a run is already in progress");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled return-code log pruning failed; the next night tries again", e);
        }
    }
}
