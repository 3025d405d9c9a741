package dev.vpos.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing down (issue #13, OWASP ASVS 2.2.1): after {@code vpos.login.maxFailures} wrong passwords
 * for one user name, or {@code vpos.login.maxFailuresPerAddress} from one client address, within
 * {@code vpos.login.windowSeconds}, every sign-in of that user (or from that address) is refused for
 * {@code vpos.login.lockoutSeconds}, the right password included, by the login form and HTTP Basic alike. A lockout
 * always ends by itself (an attacker can delay a user, never lock them out for good), and a successful sign-in
 * clears the user's failures. Each lockout and each refused attempt is written to the security audit log
 * ({@code dev.vpos.security.audit}) with user, address and until when — never the password.
 *
 * <p>The counts live in this node's memory: on a cluster each node counts on its own (the limit per node), and a
 * restart forgets them.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Logger AUDIT = Logger.getLogger("dev.vpos.security.audit");
    /** Beyond this many tracked names and addresses the expired ones are dropped at once. */
    private static final int PRUNE_ABOVE = 10_000;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "vpos.login.maxFailures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "vpos.login.maxFailuresPerAddress", defaultValue = "20")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "vpos.login.windowSeconds", defaultValue = "900")
    long windowSeconds;

    @Inject
    @ConfigProperty(name = "vpos.login.lockoutSeconds", defaultValue = "900")
    long lockoutSeconds;

    private final Map<String, Record> users = new ConcurrentHashMap<>();
    private final Map<String, Record> addresses = new ConcurrentHashMap<>();

    /** Until when this user or this address may not sign in; empty when they may try. */
    public Optional<Instant> lockedUntil(String user, String address) {
        Instant now = clock.instant();
        Optional<Instant> until = later(locked(users, userKey(user), now), locked(addresses, address, now));
        until.ifPresent(u -> AUDIT.warning(
                () -> "Sign-in refused while locked: user '" + printable(user) + "' from " + address + " until " + u));
        return until;
    }

    /** A wrong password: counted for the user and the address; may start a lockout. */
    public void failed(String user, String address) {
        Instant now = clock.instant();
        prune(now);
        Optional<Instant> userLock = count(users, userKey(user), maxFailures, now);
        Optional<Instant> addressLock = count(addresses, address, maxFailuresPerAddress, now);
        userLock.ifPresent(u -> AUDIT.warning(() -> "Sign-in of user '" + printable(user) + "' locked until " + u
                + " after " + maxFailures + " wrong passwords within " + windowSeconds + " s (last from " + address
                + ")"));
        addressLock.ifPresent(u -> AUDIT.warning(() -> "Sign-ins from " + address + " locked until " + u + " after "
                + maxFailuresPerAddress + " wrong passwords within " + windowSeconds + " s (last for user '"
                + printable(user) + "')"));
        if (userLock.isEmpty() && addressLock.isEmpty()) {
            AUDIT.info(() -> "Wrong password for user '" + printable(user) + "' from " + address);
        }
    }

    /** A right password: the user's failures are forgotten (the address keeps its count). */
    public void succeeded(String user) {
        users.remove(userKey(user));
    }

    /** How long the client should wait, in whole seconds (at least 1). */
    public long secondsUntil(Instant until) {
        return Math.max(1, Duration.between(clock.instant(), until).toSeconds() + 1);
    }

    private Optional<Instant> locked(Map<String, Record> records, String key, Instant now) {
        Record r = records.get(key);
        if (r == null) {
            return Optional.empty();
        }
        synchronized (r) {
            return r.lockedUntil != null && r.lockedUntil.isAfter(now) ? Optional.of(r.lockedUntil) : Optional.empty();
        }
    }

    private Optional<Instant> count(Map<String, Record> records, String key, int limit, Instant now) {
        Record r = records.computeIfAbsent(key, k -> new Record());
        synchronized (r) {
            Instant windowStart = now.minusSeconds(windowSeconds);
            while (!r.failures.isEmpty() && !r.failures.peekFirst().isAfter(windowStart)) {
                r.failures.removeFirst();
            }
            r.failures.addLast(now);
            if (r.failures.size() >= limit && (r.lockedUntil == null || !r.lockedUntil.isAfter(now))) {
                r.lockedUntil = now.plusSeconds(lockoutSeconds);
                r.failures.clear();
                return Optional.of(r.lockedUntil);
            }
            return Optional.empty();
        }
    }

    private void prune(Instant now) {
        if (users.size() + addresses.size() <= PRUNE_ABOVE) {
            return;
        }
        Instant windowStart = now.minusSeconds(windowSeconds);
        for (Map<String, Record> records : java.util.List.of(users, addresses)) {
            records.entrySet().removeIf(e -> e.getValue().expired(now, windowStart));
        }
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().isAfter(b.get()) ? a : b;
    }

    private static String userKey(String user) {
        return user == null ? "" : user.trim().toLowerCase(Locale.ROOT);
    }

    /** A user name as typed, safe for one log line. */
    private static String printable(String user) {
        String s = user == null ? "" : user.replaceAll("[\\p{Cntrl}]", "?");
        return s.length() > 64 ? s.substring(0, 64) + "…" : s;
    }

    private static final class Record {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant lockedUntil;

        synchronized boolean expired(Instant now, Instant windowStart) {
            boolean lockOver = lockedUntil == null || !lockedUntil.isAfter(now);
            boolean noRecentFailure = failures.isEmpty() || !failures.peekLast().isAfter(windowStart);
            return lockOver && noRecentFailure;
        }
    }
}
