package dev.vpos.reconciliation.infrastructure;

import dev.vpos.reconciliation.application.ImportRegistry;
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
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fails statement imports a stopped server left "importing" (no progress for 15 minutes), every
 * {@code vpos.reconciliation.sweepSeconds} (300): nothing of such an import was kept, and the same file can be
 * imported again. Before, only the next upload for the same day noticed. Failing is conditional on the row, so two
 * nodes sweeping at once fail each import once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaleImportSweeper {

    static final String ACTOR = "import-sweeper";
    private static final Logger LOG = Logger.getLogger(StaleImportSweeper.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ImportRegistry imports;

    @Inject
    @ConfigProperty(name = "vpos.reconciliation.sweepSeconds", defaultValue = "300")
    long sweepSeconds;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::sweep, sweepSeconds, sweepSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void sweep() {
        try {
            int failed = imports.failStale(ACTOR);
            if (failed > 0) {
                LOG.warning(() -> failed + " statement import(s) left running by a stopped server marked failed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Stale import sweep failed; the next sweep tries again", e);
        }
    }
}
