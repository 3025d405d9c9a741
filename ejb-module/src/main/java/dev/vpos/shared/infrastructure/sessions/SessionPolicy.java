package dev.vpos.shared.infrastructure.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a person's sign-in lasts: it ends after {@code idle} without a request, and at the latest {@code lifetime}
 * after the sign-in however busy it is. A request refreshes the session's "last seen" only when it is older than
 * {@link #touchEvery()} (a tenth of the idle timeout, at most a minute), so a burst of requests is one write, and the
 * idle timeout is kept to within that much.
 */
public record SessionPolicy(Duration idle, Duration lifetime) {

    /** 30 minutes idle, 8 hours at most. */
    public static final SessionPolicy DEFAULT = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(8));

    public SessionPolicy {
        Objects.requireNonNull(idle);
        Objects.requireNonNull(lifetime);
        if (idle.isNegative() || idle.isZero() || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a session's idle timeout and lifetime must be positive");
        }
    }

    /** When a session begun at {@code signedInAt} ends at the latest. */
    public Instant expiresAt(Instant signedInAt) {
        return signedInAt.plus(lifetime);
    }

    /** Whether a session last seen at {@code lastSeenAt}, ending at the latest at {@code expiresAt}, holds at {@code now}. */
    public boolean holds(Instant lastSeenAt, Instant expiresAt, Instant now) {
        return now.isBefore(expiresAt) && now.isBefore(lastSeenAt.plus(idle));
    }

    /** Whether a request at {@code now} writes a new "last seen". */
    public boolean touches(Instant lastSeenAt, Instant now) {
        return !now.isBefore(lastSeenAt.plus(touchEvery()));
    }

    /** How stale "last seen" may get before a request refreshes it. */
    public Duration touchEvery() {
        Duration tenth = idle.dividedBy(10);
        return tenth.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : tenth;
    }

    /** Sessions last seen before this have been idle too long at {@code now}. */
    public Instant idleBefore(Instant now) {
        return now.minus(idle);
    }
}
