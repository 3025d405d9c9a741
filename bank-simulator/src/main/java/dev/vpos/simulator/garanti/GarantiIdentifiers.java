package dev.vpos.simulator.garanti;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * Identifiers in Garanti's shapes: RetrefNum (RRN) of 12 digits {@code yDDDHH} + a 6-digit sequence, AuthCode of 6
 * digits, SequenceNum of 6 digits. Thread-safe.
 */
final class GarantiIdentifiers {

    private final Clock clock;
    private final RandomGenerator random;
    private final AtomicLong sequence;

    GarantiIdentifiers(Clock clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
        this.sequence = new AtomicLong(random.nextInt(100_000));
    }

    String retrefNum() {
        LocalDateTime now = LocalDateTime.now(clock);
        return String.format(
                "%d%03d%02d%06d",
                now.getYear() % 10, now.getDayOfYear(), now.getHour(), sequence.getAndIncrement() % 1_000_000);
    }

    String authCode() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    String sequenceNum() {
        return String.format("%06d", sequence.get() % 1_000_000);
    }
}
