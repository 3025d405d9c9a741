package dev.vpos.collection.infrastructure;

import dev.vpos.collection.application.BankStatusCheck;
import dev.vpos.collection.application.CollectionRecorder;
import dev.vpos.collection.application.CollectionView;
import dev.vpos.collection.application.FollowUpRecorder;
import dev.vpos.collection.application.FollowUpStatusCheck;
import dev.vpos.collection.domain.CollectionState;
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
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settles UNKNOWN collections by asking the bank, on the {@link dev.vpos.collection.application.JanitorSchedule}'s
 * growing delays. Each sweep claims the due collections for this node (another node's janitor skips them), asks the
 * bank through {@link BankStatusCheck} (which settles under the row lock), and records an inconclusive answer so
 * the next try comes later — or, after the last try, raises the collection to finance.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UnknownOutcomeJanitor {

    static final String ACTOR = "janitor";
    /** Its lease in {@code scheduled_task_lease}: one node of the cluster sweeps at a time. */
    public static final String TASK = "unknown-outcome-janitor";

    private static final Logger LOG = Logger.getLogger(UnknownOutcomeJanitor.class.getName());
    private static final int BATCH = 20;
    private static final Duration LEASE = Duration.ofMinutes(5);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    CollectionRecorder recorder;

    @Inject
    BankStatusCheck statusCheck;

    @Inject
    FollowUpRecorder followUps;

    @Inject
    FollowUpStatusCheck followUpCheck;

    @Inject
    TaskLeases leases;

    @Inject
    @ConfigProperty(name = "vpos.janitor.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "vpos.janitor.periodSeconds", defaultValue = "30")
    long periodSeconds;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        if (enabled) {
            task = leases.schedule(scheduler, TASK, periodSeconds, this::sweep);
        }
    }

    @PreDestroy
    void stop() {
        leases.unschedule(TASK, task);
    }

    void sweep() {
        try {
            recoverStranded();
            int expired = recorder.expireAbandonedThreeDs(BATCH, ACTOR);
            if (expired > 0) {
                LOG.info(() -> "Janitor: " + expired + " 3-D payment(s) whose payer never came back are now UNKNOWN");
            }
            for (String reference : recorder.claimDueStatusChecks(BATCH, LEASE)) {
                settle(reference);
            }
            for (Long operation : followUps.claimDueChecks(BATCH, LEASE)) {
                settleFollowUp(operation);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Janitor sweep failed; the next sweep tries again", e);
        }
    }

    /**
     * Collections and follow-ups still INITIATED after their in-flight deadline were left by a crash (of this node or
     * another, or of the database connection): they become UNKNOWN and are asked about like any unknown outcome.
     */
    private void recoverStranded() {
        for (Long id : recorder.stranded(BATCH)) {
            if (recorder.foundInFlight(id, ACTOR)) {
                LOG.warning(() -> "Janitor: collection " + id + " was found in flight after a restart; now UNKNOWN");
            }
        }
        for (Long id : followUps.stranded(BATCH)) {
            if (followUps.foundInFlight(id)) {
                LOG.warning(() -> "Janitor: follow-up " + id + " was found in flight after a restart; now UNKNOWN");
            }
        }
    }

    private void settleFollowUp(long operation) {
        try {
            followUpCheck.check(operation, ACTOR);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Janitor could not check follow-up " + operation, e);
            followUps.stillUnknown(operation);
        }
    }

    private void settle(String reference) {
        try {
            CollectionView after = statusCheck.check(reference, ACTOR);
            if (after.state() == CollectionState.UNKNOWN) {
                recorder.statusStillUnknown(reference);
            } else {
                LOG.info(() -> "Janitor settled collection " + reference + " as " + after.state());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Janitor could not check collection " + reference, e);
            recorder.statusStillUnknown(reference);
        }
    }
}
