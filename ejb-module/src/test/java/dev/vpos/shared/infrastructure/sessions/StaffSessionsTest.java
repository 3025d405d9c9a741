package dev.vpos.shared.infrastructure.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * People's sign-in sessions on H2 with the real migrations: a session one node issues is accepted by another (a new
 * {@link StaffSessions} on the same database), only its hash is stored, and it ends when idle, at its lifetime, at
 * logout, or when its row is gone — all on an injected clock.
 */
class StaffSessionsTest {

    private static final SessionPolicy POLICY = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(8));
    private static int database;

    private JdbcDataSource dataSource;
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T07:00:00Z"));
    private final Clock clock = new Clock() {
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
    };

    @BeforeEach
    void schema() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:staffsessions" + (++database) + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    private StaffSessions node() {
        return new StaffSessions(dataSource, clock, POLICY);
    }

    private void later(Duration d) {
        now.updateAndGet(t -> t.plus(d));
    }

    @Test
    void aSessionIssuedByOneNodeIsAcceptedByAnother() {
        StaffSessions.Issued issued = node().open("finance");

        assertEquals(Optional.of("finance"), node().user(issued.token()));
        assertEquals(Optional.of("finance"), node().user(issued.token()));
        assertEquals(now.get().plus(Duration.ofHours(8)), issued.expiresAt());
    }

    @Test
    void onlyTheHashOfTheIdIsStored() throws SQLException {
        StaffSessions.Issued issued = node().open("finance");

        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "select id_hash, user_name, created_at, last_seen_at, expires_at" + " from staff_session")) {
            assertTrue(r.next());
            String stored = r.getString(1);
            assertEquals(SessionTokens.hash(issued.token()), stored);
            assertEquals(64, stored.length());
            assertNotEquals(issued.token(), stored);
            assertFalse(stored.contains(issued.token()));
            assertEquals("finance", r.getString(2));
            assertEquals(now.get(), r.getObject(3, OffsetDateTime.class).toInstant());
            assertEquals(now.get(), r.getObject(4, OffsetDateTime.class).toInstant());
            assertEquals(
                    issued.expiresAt(), r.getObject(5, OffsetDateTime.class).toInstant());
            assertFalse(r.next());
        }
    }

    @Test
    void theIdIs256RandomBitsInBase64Url() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String token = SessionTokens.newToken();
            assertEquals(43, token.length());
            assertTrue(SessionTokens.wellFormed(token), token);
            assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
            assertTrue(seen.add(token));
        }
        assertEquals(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                SessionTokens.hash("abc"),
                "SHA-256 in lower-case hex");
    }

    @Test
    void unknownOrMalformedIdsAreRefused() {
        node().open("finance");

        assertEquals(Optional.empty(), node().user(SessionTokens.newToken()));
        assertEquals(Optional.empty(), node().user(null));
        assertEquals(Optional.empty(), node().user(""));
        assertEquals(Optional.empty(), node().user("short"));
        assertEquals(Optional.empty(), node().user("x".repeat(42) + "="));
        assertEquals(Optional.empty(), node().user("' or '1'='1' -- padding padding padding!!"));
    }

    @Test
    void aSessionWhoseRowIsGoneIsRefusedAtOnce() throws SQLException {
        StaffSessions.Issued issued = node().open("finance");
        assertTrue(node().user(issued.token()).isPresent());

        execute("delete from staff_session");

        assertEquals(Optional.empty(), node().user(issued.token()));
    }

    @Test
    void anIdleSessionEndsAndItsRowIsDeleted() throws SQLException {
        StaffSessions.Issued issued = node().open("finance");

        later(Duration.ofMinutes(29).plusSeconds(59));
        assertTrue(node().user(issued.token()).isPresent(), "just inside the idle timeout");
        // that request counted as activity: another 29 minutes later it still holds
        later(Duration.ofMinutes(29));
        assertTrue(node().user(issued.token()).isPresent(), "the last request refreshed it");
        later(Duration.ofMinutes(30));
        assertEquals(Optional.empty(), node().user(issued.token()), "30 minutes without a request");
        assertEquals(0, count());
    }

    @Test
    void lastSeenIsWrittenAtMostOnceAMinute() throws SQLException {
        StaffSessions.Issued issued = node().open("finance");
        Instant signedIn = now.get();

        later(Duration.ofSeconds(20));
        node().user(issued.token());
        assertEquals(signedIn, lastSeen(), "a burst of requests writes nothing");
        later(Duration.ofSeconds(40));
        node().user(issued.token());
        assertEquals(signedIn.plusSeconds(60), lastSeen());
    }

    @Test
    void aBusySessionEndsAtItsLifetime() {
        StaffSessions.Issued issued = node().open("finance");

        for (int i = 0; i < 47; i++) {
            later(Duration.ofMinutes(10));
            assertTrue(node().user(issued.token()).isPresent(), "after " + (i + 1) * 10 + " minutes");
        }
        later(Duration.ofMinutes(9).plusSeconds(59));
        assertTrue(node().user(issued.token()).isPresent(), "a second before 8 hours");
        later(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), node().user(issued.token()), "8 hours after the sign-in");
    }

    @Test
    void logoutEndsTheSessionOnEveryNode() {
        StaffSessions.Issued issued = node().open("finance");
        StaffSessions.Issued other = node().open("finance");

        assertTrue(node().close(issued.token()));
        assertFalse(node().close(issued.token()), "once");
        assertEquals(Optional.empty(), node().user(issued.token()));
        assertEquals(Optional.of("finance"), node().user(other.token()), "the user's other session is not touched");
        assertFalse(node().close("not a token"));
    }

    @Test
    void thePurgeDeletesOnlySessionsThatRanOut() throws SQLException {
        StaffSessions.Issued old = node().open("finance");
        later(Duration.ofMinutes(20));
        StaffSessions.Issued idle = node().open("auditor");
        StaffSessions.Issued busy = node().open("collector");
        for (int i = 0; i < 5; i++) {
            later(Duration.ofMinutes(9));
            node().user(old.token());
            node().user(busy.token());
        }
        // now: old was opened 65 min ago and is active; idle has had no request for 45 min; busy is active
        assertEquals(1, node().purgeExpired());
        assertEquals(2, count());
        assertTrue(node().user(old.token()).isPresent());
        assertTrue(node().user(busy.token()).isPresent());
        assertEquals(Optional.empty(), node().user(idle.token()));

        now.set(old.expiresAt());
        assertEquals(2, node().purgeExpired(), "old reached its lifetime, busy has been idle for hours");
        assertEquals(0, count());
    }

    @Test
    void thePurgeDeletesASessionActiveToItsLastMinuteAtItsLifetime() throws SQLException {
        StaffSessions patient =
                new StaffSessions(dataSource, clock, new SessionPolicy(Duration.ofHours(10), Duration.ofHours(1)));
        StaffSessions.Issued issued = patient.open("finance");
        later(Duration.ofMinutes(59));
        assertTrue(patient.user(issued.token()).isPresent());
        assertEquals(0, patient.purgeExpired());

        later(Duration.ofMinutes(1));
        assertEquals(1, patient.purgeExpired());
        assertEquals(0, count());
    }

    @Test
    void policyRules() {
        Instant t = Instant.parse("2026-03-02T07:00:00Z");
        assertTrue(POLICY.holds(t, t.plus(Duration.ofHours(8)), t.plus(Duration.ofMinutes(29))));
        assertFalse(POLICY.holds(t, t.plus(Duration.ofHours(8)), t.plus(Duration.ofMinutes(30))));
        assertFalse(POLICY.holds(t, t.plusSeconds(5), t.plusSeconds(5)));
        assertEquals(Duration.ofMinutes(1), POLICY.touchEvery());
        assertEquals(
                Duration.ofSeconds(30), new SessionPolicy(Duration.ofMinutes(5), Duration.ofHours(1)).touchEvery());
        assertThrows(IllegalArgumentException.class, () -> new SessionPolicy(Duration.ZERO, Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new SessionPolicy(Duration.ofMinutes(1), Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> node().open(" "));
    }

    private Instant lastSeen() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("select last_seen_at from staff_session");
                ResultSet r = p.executeQuery()) {
            assertTrue(r.next());
            return r.getObject(1, OffsetDateTime.class).toInstant();
        }
    }

    private int count() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from staff_session")) {
            r.next();
            return r.getInt(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
