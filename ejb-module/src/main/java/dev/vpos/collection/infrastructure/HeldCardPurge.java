package dev.vpos.collection.infrastructure;

import dev.vpos.collection.application.CardHold;
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
 * Erases the held cards of 3-D payments whose payer never came back ({@link CardHold}), every
 * {@code vpos.cardHold.purgeSeconds} (60) on the node that holds the task's lease.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HeldCardPurge {

    /** Its lease in {@code scheduled_task_lease}. */
    public static final String TASK = "held-card-purge";

    private static final Logger LOG = Logger.getLogger(HeldCardPurge.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    CardHold cards;

    @Inject
    TaskLeases leases;

    @Inject
    @ConfigProperty(name = "vpos.cardHold.purgeSeconds", defaultValue = "60")
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
            int erased = cards.purgeExpired();
            if (erased > 0) {
                LOG.info(() -> "Erased " + erased + " held card(s) of 3-D payments whose payer never came back");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Held-card purge failed; the next one tries again", e);
        }
    }
}
