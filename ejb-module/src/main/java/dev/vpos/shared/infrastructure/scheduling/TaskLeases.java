package dev.vpos.shared.infrastructure.scheduling;

import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.infrastructure.metrics.Meters;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Periodic work runs once across the cluster: a node runs a task's sweep only while it holds the task's lease in
 * {@code scheduled_task_lease}. Taking and renewing are one conditional UPDATE — the row is this node's when it
 * already holds it or when the lease has run out — so two nodes can never both hold it, and a dead node's lease runs
 * out and the next node to ask takes the work over. The holder renews on every run, so the work stays on one node
 * while it lives; a node that stops gives its leases back at once.
 *
 * <p>Times come from the injected {@link Clock}; nodes' clocks are assumed to agree within a small part of a lease
 * (NTP), and every task keeps its own row-level guards (the janitor's claim per collection, the pruning run's lock),
 * so a lease that runs out in the middle of a long sweep costs time, not correctness.
 *
 * <p>Runs outside any transaction (each statement commits on its own).
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
public class TaskLeases {

    private static final Logger LOG = Logger.getLogger(TaskLeases.class.getName());
    private static final OffsetDateTime NEVER = OffsetDateTime.parse("1970-01-01T00:00:00Z");

    /** A task's lease as stored. */
    public record Lease(String name, String holder, OffsetDateTime until, OffsetDateTime takenAt) {}

    @Resource(lookup = "jdbc/vpos")
    DataSource dataSource;

    @Inject
    Clock clock;

    /** Absent where a TaskLeases is made by hand (tests, tools): runs are then not metered. */
    @Inject
    Meters meters;

    private String holder = NodeIdentity.id();

    public TaskLeases() {}

    /** A holder of its own on {@code dataSource}: what another node would be (tests, tools). */
    public TaskLeases(DataSource dataSource, Clock clock, String holder) {
        this.dataSource = Objects.requireNonNull(dataSource);
        this.clock = Objects.requireNonNull(clock);
        this.holder = Objects.requireNonNull(holder);
    }

    /**
     * The lease of a sweep repeated every {@code periodSeconds}: three periods (at least 5 s), renewed by every sweep
     * of its holder, so a dead holder's sweep is taken over within about four periods.
     */
    public static Duration forPeriod(long periodSeconds) {
        return Duration.ofSeconds(Math.max(3 * periodSeconds, 5));
    }

    /** This node's name as a holder of leases. */
    public String holder() {
        return holder;
    }

    /**
     * Takes or renews {@code task}'s lease until now + {@code lease}. True when this node holds it now; false when
     * another node does, or the database could not be asked (then nobody here runs the task this time).
     */
    public boolean acquire(String task, Duration lease) {
        try {
            if (update(task, lease)) {
                return true;
            }
            if (find(task).isEmpty()) {
                insertMissing(task);
                return update(task, lease);
            }
            return false;
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not take the lease of " + task + "; this node skips it this time", e);
            return false;
        }
    }

    /** Runs {@code work} when this node holds (or now takes) {@code task}'s lease; says whether it ran. */
    public boolean runIfHeld(String task, Duration lease, Runnable work) {
        if (!acquire(task, lease)) {
            return false;
        }
        work.run();
        return true;
    }

    /**
     * Runs {@code work} every {@code periodSeconds} (first after one period) on the node that holds (or takes) the
     * task's lease, renewed by every run ({@link #forPeriod}). Stop it with {@link #unschedule}.
     */
    public ScheduledFuture<?> schedule(
            ManagedScheduledExecutorService scheduler, String task, long periodSeconds, Runnable work) {
        return scheduler.scheduleWithFixedDelay(
                () -> runIfHeld(task, forPeriod(periodSeconds), measured(task, work)),
                periodSeconds,
                periodSeconds,
                TimeUnit.SECONDS);
    }

    /** The run counted and timed in the scraped meters (vpos_scheduled_runs, vpos_scheduled_run_duration). */
    private Runnable measured(String task, Runnable work) {
        return () -> {
            long started = System.nanoTime();
            try {
                work.run();
            } finally {
                if (meters != null) {
                    meters.count("vpos_scheduled_runs", "task", task);
                    meters.time(
                            "vpos_scheduled_run_duration", Duration.ofNanos(System.nanoTime() - started), "task", task);
                }
            }
        };
    }

    /** Stops what {@link #schedule} started (nothing when it never started) and gives the lease back. */
    public void unschedule(String task, ScheduledFuture<?> scheduled) {
        if (scheduled != null) {
            scheduled.cancel(false);
            release(task);
        }
    }

    /** Gives {@code task}'s lease back if this node holds it, so another node takes it at its next try. */
    public void release(String task) {
        try (Connection c = connection();
                PreparedStatement p = c.prepareStatement(
                        "update scheduled_task_lease set lease_until = ? where name = ? and holder = ?")) {
            p.setObject(1, NEVER);
            p.setString(2, task);
            p.setString(3, holder);
            p.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.INFO, "Could not give back the lease of " + task + "; it runs out by itself", e);
        }
    }

    /** The lease as stored, if the task has a row. */
    public Optional<Lease> find(String task) throws SQLException {
        try (Connection c = connection();
                PreparedStatement p = c.prepareStatement(
                        "select name, holder, lease_until, taken_at from scheduled_task_lease where name = ?")) {
            p.setString(1, task);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Lease(
                        r.getString(1),
                        r.getString(2),
                        r.getObject(3, OffsetDateTime.class),
                        r.getObject(4, OffsetDateTime.class)));
            }
        }
    }

    private boolean update(String task, Duration lease) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try (Connection c = connection();
                PreparedStatement p = c.prepareStatement("update scheduled_task_lease"
                        + " set taken_at = case when holder = ? then taken_at else ? end, holder = ?, lease_until = ?"
                        + " where name = ? and (holder = ? or holder is null or lease_until < ?)")) {
            p.setString(1, holder);
            p.setObject(2, now);
            p.setString(3, holder);
            p.setObject(4, now.plus(lease));
            p.setString(5, task);
            p.setString(6, holder);
            p.setObject(7, now);
            return p.executeUpdate() == 1;
        }
    }

    private void insertMissing(String task) {
        try (Connection c = connection();
                PreparedStatement p = c.prepareStatement(
                        "insert into scheduled_task_lease (name, holder, lease_until) values (?, null, ?)")) {
            p.setString(1, task);
            p.setObject(2, NEVER);
            p.executeUpdate();
            LOG.info(() -> "Lease row added for scheduled task " + task);
        } catch (SQLException e) {
            // another node added it at the same moment: the update decides who holds it
        }
    }

    private Connection connection() throws SQLException {
        Connection c = dataSource.getConnection();
        if (!c.getAutoCommit()) {
            c.setAutoCommit(true);
        }
        return c;
    }
}
