package dev.vpos.shared.infrastructure.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Leases of scheduled tasks on H2 with the real migrations: two nodes, one holder; a dead holder's lease is taken. */
class TaskLeasesTest {

    private static final String TASK = "unknown-outcome-janitor";
    private static final Duration LEASE = Duration.ofSeconds(90);
    private static int database;

    private JdbcDataSource dataSource;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T10:00:00Z"));

    @BeforeEach
    void schema() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:leases" + (++database) + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    private TaskLeases node(String name) {
        return new TaskLeases(dataSource, clock, name);
    }

    @Test
    void theMigrationInsertsARowForEveryPeriodicTask() throws Exception {
        TaskLeases a = node("a");
        for (String task :
                List.of("unknown-outcome-janitor", "notification-sweeper", "log-pruning", "held-card-purge")) {
            assertTrue(a.find(task).isPresent(), task);
            assertEquals(null, a.find(task).get().holder(), task + " starts unheld");
        }
    }

    @Test
    void whileOneNodeHoldsTheLeaseTheOtherCannotTakeItAndTheHolderRenewsIt() throws Exception {
        TaskLeases a = node("node-a");
        TaskLeases b = node("node-b");

        assertTrue(a.acquire(TASK, LEASE), "a takes the free lease");
        assertFalse(b.acquire(TASK, LEASE), "b cannot while a holds it");
        assertEquals("node-a", a.find(TASK).orElseThrow().holder());

        clock.move(Duration.ofSeconds(60));
        assertTrue(a.acquire(TASK, LEASE), "the holder renews");
        clock.move(Duration.ofSeconds(60)); // 120 s after the first take, 60 s after the renewal: still a's
        assertFalse(b.acquire(TASK, LEASE), "b cannot: the renewal moved the end");
        TaskLeases.Lease lease = a.find(TASK).orElseThrow();
        assertEquals("node-a", lease.holder());
        assertEquals(Instant.parse("2026-03-02T10:02:30Z"), lease.until().toInstant(), "renewed at 10:01:00 + 90 s");
        assertEquals(Instant.parse("2026-03-02T10:00:00Z"), lease.takenAt().toInstant(), "taken once, renewed since");
    }

    @Test
    void aDeadHoldersLeaseRunsOutAndAnotherNodeTakesTheWorkOver() throws Exception {
        TaskLeases a = node("node-a");
        TaskLeases b = node("node-b");
        assertTrue(a.acquire(TASK, LEASE));

        clock.move(LEASE.minusSeconds(1));
        assertFalse(b.acquire(TASK, LEASE), "one second before the end it is still a's");
        clock.move(Duration.ofSeconds(2));
        assertTrue(b.acquire(TASK, LEASE), "a stopped renewing: b takes it over");
        assertFalse(a.acquire(TASK, LEASE), "a, back, cannot take it from b");
        TaskLeases.Lease lease = b.find(TASK).orElseThrow();
        assertEquals("node-b", lease.holder());
        assertEquals(clock.instant(), lease.takenAt().toInstant());

        List<String> ran = new ArrayList<>();
        assertFalse(a.runIfHeld(TASK, LEASE, () -> ran.add("a")));
        assertTrue(b.runIfHeld(TASK, LEASE, () -> ran.add("b")));
        assertEquals(List.of("b"), ran, "only the holder's sweep ran");
    }

    @Test
    void aNodeThatStopsGivesItsLeaseBackAtOnce() {
        TaskLeases a = node("node-a");
        TaskLeases b = node("node-b");
        assertTrue(a.acquire(TASK, LEASE));
        b.release(TASK); // not b's: changes nothing
        assertFalse(b.acquire(TASK, LEASE));
        a.release(TASK);
        assertTrue(b.acquire(TASK, LEASE), "given back: the next node takes it without waiting");
    }

    @Test
    void manyNodesAskingAtTheSameMomentMakeExactlyOneHolder() throws Exception {
        int nodes = 12;
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            for (int round = 0; round < 5; round++) {
                String task = "race-" + round; // no row yet: the first askers also race to add it
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> answers = new ArrayList<>();
                for (int i = 0; i < nodes; i++) {
                    TaskLeases n = node("node-" + i);
                    answers.add(pool.submit(() -> {
                        start.await();
                        return n.acquire(task, LEASE);
                    }));
                }
                start.countDown();
                int holders = 0;
                for (Future<Boolean> f : answers) {
                    holders += f.get() ? 1 : 0;
                }
                assertEquals(1, holders, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theNodeIdentityNamesHostProcessAndARandomPart() {
        String id = NodeIdentity.id();
        String[] parts = id.split("/");
        assertEquals(3, parts.length, id);
        assertEquals(Long.toString(ProcessHandle.current().pid()), parts[1]);
        assertEquals(8, parts[2].length());
        assertEquals(id, new TaskLeases().holder(), "a node's leases are held under its identity");
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void move(Duration d) {
            now.updateAndGet(i -> i.plus(d));
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Istanbul");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
