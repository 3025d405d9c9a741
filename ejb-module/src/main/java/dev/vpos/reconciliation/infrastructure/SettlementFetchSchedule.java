package dev.vpos.reconciliation.infrastructure;

import dev.vpos.reconciliation.application.SettlementFetcher;
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
 * Every {@code vpos.settlementFetch.periodSeconds} (60) the node that holds the lease {@code settlement-fetch} fetches
 * the settlement files whose time (or retry) has come ({@link SettlementFetcher#fetchDue()}). Each source is also
 * claimed on its own row, so a run that outlives the lease is never repeated by the node that takes it over.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SettlementFetchSchedule {

    /** Its lease in {@code scheduled_task_lease}. */
    public static final String TASK = "settlement-fetch";

    private static final Logger LOG = Logger.getLogger(SettlementFetchSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SettlementFetcher fetcher;

    @Inject
    TaskLeases leases;

    @Inject
    @ConfigProperty(name = "vpos.settlementFetch.periodSeconds", defaultValue = "60")
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
            int ran = fetcher.fetchDue();
            if (ran > 0) {
                LOG.fine(() -> ran + " settlement fetch(es) ran");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Settlement fetch sweep failed; the next one tries again", e);
        }
    }
}
