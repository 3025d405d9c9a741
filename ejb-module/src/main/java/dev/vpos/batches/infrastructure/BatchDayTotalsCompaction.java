package dev.vpos.batches.infrastructure;

import dev.vpos.batches.application.BatchDayTotals;
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
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Folds the days batch writes marked dirty into the listing's day totals ({@link BatchDayTotals#compact}), every
 * {@code vpos.batches.dayTotalsSeconds} (30) on the node that holds the task's lease. Until it runs the listing sums
 * those days from card_batch: the totals are right either way, only their cost changes.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchDayTotalsCompaction {

    /** Its lease in {@code scheduled_task_lease}. */
    public static final String TASK = "batch-day-totals";

    private static final Logger LOG = Logger.getLogger(BatchDayTotalsCompaction.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "jdbc/vpos")
    DataSource dataSource;

    @Inject
    TaskLeases leases;

    @Inject
    @ConfigProperty(name = "vpos.batches.dayTotalsSeconds", defaultValue = "30")
    long periodSeconds;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = leases.schedule(scheduler, TASK, periodSeconds, this::compact);
    }

    @PreDestroy
    void stop() {
        leases.unschedule(TASK, task);
    }

    void compact() {
        try (Connection c = dataSource.getConnection()) {
            int days = BatchDayTotals.compact(c);
            if (days > 0) {
                LOG.fine(() -> "Recomputed the batch totals of " + days + " day(s)");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Batch day totals compaction failed; the next one tries again", e);
        }
    }
}
