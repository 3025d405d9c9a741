package dev.vpos.shared.infrastructure.sessions;

import dev.vpos.shared.domain.BusinessException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * People's sign-in sessions (the login form's {@code VPOS_SESSION} cookie), kept in {@code staff_session} so that any
 * node of a cluster on the same database accepts a session another node issued: nothing about a session is in a node's
 * memory. The cookie carries a random 256-bit id ({@link SessionTokens}); the table keeps its SHA-256, the user name,
 * when it was issued and last seen, and when it ends at the latest ({@link SessionPolicy}). A session that has run out
 * is refused (and its row deleted) even before {@code StaffSessionPurge} reaches it.
 *
 * <p>Runs outside any transaction: each statement commits on its own.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = BusinessException.class)
public class StaffSessions {

    /** A session just issued: the cookie's value (never stored) and when it ends at the latest. */
    public record Issued(String token, Instant expiresAt) {}

    @Resource(lookup = "jdbc/vpos")
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "vpos.session.idleMinutes", defaultValue = "30")
    long idleMinutes;

    @Inject
    @ConfigProperty(name = "vpos.session.lifetimeHours", defaultValue = "8")
    long lifetimeHours;

    private SessionPolicy policy;

    public StaffSessions() {}

    /** Another node's sessions on the same database: tests, tools. */
    public StaffSessions(DataSource dataSource, Clock clock, SessionPolicy policy) {
        this.dataSource = Objects.requireNonNull(dataSource);
        this.clock = Objects.requireNonNull(clock);
        this.policy = Objects.requireNonNull(policy);
    }

    @PostConstruct
    void configure() {
        if (policy == null) {
            policy = new SessionPolicy(Duration.ofMinutes(idleMinutes), Duration.ofHours(lifetimeHours));
        }
    }

    /** The idle timeout and lifetime in force. */
    public SessionPolicy policy() {
        return policy;
    }

    /** Issues a session for {@code user}, who has just proved who they are. */
    public Issued open(String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a session needs a user");
        }
        String token = SessionTokens.newToken();
        Instant now = clock.instant();
        Instant expires = policy.expiresAt(now);
        try (Connection c = connection();
                PreparedStatement p = c.prepareStatement("insert into staff_session"
                        + " (id_hash, user_name, created_at, last_seen_at, expires_at) values (?, ?, ?, ?, ?)")) {
            p.setString(1, SessionTokens.hash(token));
            p.setString(2, user);
            p.setObject(3, at(now));
            p.setObject(4, at(now));
            p.setObject(5, at(expires));
            p.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store a session for " + user, e);
        }
        return new Issued(token, expires);
    }

    /**
     * The user whose session {@code token} is, while it holds (its "last seen" is refreshed); empty for an unknown,
     * malformed, idle or expired token (the row of one that ran out is deleted).
     */
    public Optional<String> user(String token) {
        if (!SessionTokens.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = SessionTokens.hash(token);
        Instant now = clock.instant();
        try (Connection c = connection()) {
            String user;
            Instant lastSeen;
            Instant expires;
            try (PreparedStatement q = c.prepareStatement(
                    "select user_name, last_seen_at, expires_at from staff_session where id_hash = ?")) {
                q.setString(1, hash);
                try (ResultSet r = q.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    user = r.getString(1);
                    lastSeen = r.getObject(2, OffsetDateTime.class).toInstant();
                    expires = r.getObject(3, OffsetDateTime.class).toInstant();
                }
            }
            if (!policy.holds(lastSeen, expires, now)) {
                delete(c, hash);
                return Optional.empty();
            }
            if (policy.touches(lastSeen, now)) {
                try (PreparedStatement u = c.prepareStatement(
                        "update staff_session set last_seen_at = ? where id_hash = ? and last_seen_at < ?")) {
                    u.setObject(1, at(now));
                    u.setString(2, hash);
                    u.setObject(3, at(now));
                    u.executeUpdate();
                }
            }
            return Optional.of(user);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read a session", e);
        }
    }

    /** Ends the session {@code token} (logout); whether there was one. */
    public boolean close(String token) {
        if (!SessionTokens.wellFormed(token)) {
            return false;
        }
        try (Connection c = connection()) {
            return delete(c, SessionTokens.hash(token)) == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not end a session", e);
        }
    }

    /** Deletes every session that has run out (idle too long or past its lifetime); how many. */
    public int purgeExpired() {
        Instant now = clock.instant();
        try (Connection c = connection();
                PreparedStatement d =
                        c.prepareStatement("delete from staff_session where expires_at <= ? or last_seen_at <= ?")) {
            d.setObject(1, at(now));
            d.setObject(2, at(policy.idleBefore(now)));
            return d.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not purge the sessions that ran out", e);
        }
    }

    private static int delete(Connection c, String hash) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("delete from staff_session where id_hash = ?")) {
            d.setString(1, hash);
            return d.executeUpdate();
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private Connection connection() throws SQLException {
        Connection c = dataSource.getConnection();
        if (!c.getAutoCommit()) {
            c.setAutoCommit(true);
        }
        return c;
    }
}
