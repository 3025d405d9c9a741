package dev.vpos.simulator.vakifkatilim;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * The identifiers the bank hands out, in the shapes of mews/pos's fixtures: Stan 6 digits (a sequence), RRN 12 digits
 * (year's last digit, day of year, hour, Stan), ProvisionNumber 6 digits, the bank's OrderId (9 digits, from the
 * authorisation's RRN), and the MD of a 3-D session. Thread-safe.
 */
final class VakifKatilimIdentifiers {

    private final Clock clock;
    private final RandomGenerator random;
    private final AtomicLong sequence;

    VakifKatilimIdentifiers(Clock clock, RandomGenerator random) {
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

    /** The bank's OrderId of an order, derived from its authorisation's RRN so that follow-ups can be checked. */
    static String orderId(String rrn) {
        return "1" + rrn.substring(rrn.length() - 8);
    }

    String provisionNumber() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    String md() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
