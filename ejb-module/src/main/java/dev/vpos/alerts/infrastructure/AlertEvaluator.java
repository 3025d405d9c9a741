package dev.vpos.alerts.infrastructure;

import dev.vpos.alerts.application.AlertEvaluation;
import dev.vpos.alerts.application.AlertMailing;
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
 * Evaluates every company's alert rules every {@code vpos.alerts.evaluateSeconds} (60) on the one node that holds the
 * lease {@value #TASK}, then sends the alert e-mails that are due (new ones, and failed ones whose retry time has
 * come); a dead node's lease runs out and another node takes the work over.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertEvaluator {

    public static final String TASK = "alert-evaluator";
    private static final Logger LOG = Logger.getLogger(AlertEvaluator.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AlertEvaluation evaluation;

    @Inject
    AlertMailing mailing;

    @Inject
    TaskLeases leases;

    @Inject
    @ConfigProperty(name = "vpos.alerts.evaluateSeconds", defaultValue = "60")
    long periodSeconds;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = leases.schedule(scheduler, TASK, periodSeconds, this::evaluate);
    }

    @PreDestroy
    void stop() {
        leases.unschedule(TASK, task);
    }

    void evaluate() {
        try {
            evaluation.evaluateAll();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Alert evaluation failed; the next run tries again", e);
        }
        try {
            mailing.sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Alert e-mails not sent this time; the next run tries again", e);
        }
    }
}
