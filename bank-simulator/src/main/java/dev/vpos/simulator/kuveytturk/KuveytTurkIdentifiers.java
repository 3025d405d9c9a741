package dev.vpos.simulator.kuveytturk;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * The identifiers KuveytTürk hands out, in its shapes: Stan 6 digits (a sequence), RRN 12 digits = last digit of the
 * year + day of year + hour + Stan (e.g. {@code 411219539222} / {@code 539222}), ProvisionNumber 6 digits, and the
 * bank's OrderId, 9 digits derived from the RRN so that follow-ups can be checked against the ledger. Thread-safe.
 */
final class KuveytTurkIdentifiers {

    private final Clock clock;
    private final RandomGenerator random;
    private final AtomicLong sequence;

    KuveytTurkIdentifiers(Clock clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
        this.sequence = new AtomicLong(random.nextInt(900_000));
    }

    String stan() {
        return String.format("%06d", sequence.getAndIncrement() % 1_000_000);
    }

    String rrn(String stan) {
        LocalDateTime now = LocalDateTime.now(clock);
        return (now.getYear() % 10) + String.format("%03d%02d", now.getDayOfYear(), now.getHour()) + stan;
    }

    static String orderId(String rrn) {
        return "1" + rrn.substring(rrn.length() - 8);
    }

    String provisionNumber() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    String md() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }
}
